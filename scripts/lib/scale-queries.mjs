/**
 * What a search costs a reader at scale: in Chromium, load Pagefind's JS API from the built site
 * and answer typical queries exactly as the search page does — the query is understood and
 * expanded by the site's own code (src/lib/search: synonyms, bigram tokens, one Pagefind search
 * per form, ranking), then the first 10 results' data are loaded — and count the bytes of every
 * response (CDP Network.loadingFinished encodedDataLength: what went over the wire) and the time.
 *
 * Two differences from the page, both to make the bytes countable: Pagefind runs with
 * `noWorker` (a worker's requests are invisible to the page's CDP session; the files fetched are
 * the same), and the API is loaded in the plain-text robots.txt document, so the site's service
 * worker is never registered and cannot add its precache downloads to the count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../serve.mjs';
import { launchBrowser } from '../../tests/e2e/support/chromium.mjs';
import { buildDictionary, understandQuery } from '../../src/lib/search/query.ts';
import { rankConcepts } from '../../src/lib/search/rank.ts';
import { joinIndexes } from '../../src/lib/search/shards.ts';

/** Ten questions people ask the site, in the words they would type. */
export const TYPICAL_QUERIES = ['低保', '公益性岗位', '就业帮扶', '拆旧复垦', '技能培训', '医疗保险', '产业帮扶', '社区治理', '搬迁后没有工作能领低保吗', '后续扶持'];

/** As src/islands/search/client.ts: provisions and documents, 10 results shown. */
const MAIN_KINDS = ['条款', '文件'];
const RESULTS_SHOWN = 10;

/**
 * @param {string} distDir built site (base "/")
 * @returns {Promise<{ initBytes: number, queries: { query: string, bytes: number, ms: number, results: number, top: string[] }[] }>}
 */
export async function measureQueries(distDir, queries = TYPICAL_QUERIES) {
  const server = await startServer({ root: distDir, base: '/' });
  const context = await launchBrowser();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await page.goto(new URL('robots.txt', server.url).href, { waitUntil: 'load' });
    bytes = 0;
    // Loaded once per visit (pagefind.js, the WebAssembly, entry and language metadata, the
    // filter index, synonyms.json): counted apart from the queries.
    // The site's own joinIndexes (src/lib/search/shards.ts), from its source text: a large corpus
    // is several indexes, searched together as the search page does.
    await page.evaluate(`globalThis.__joinIndexes = ${joinIndexes.toString()}`);
    const total = await page.evaluate(async () => {
      const { shards = [] } = await (await fetch('/pagefind/explain.json')).json();
      const instances = await Promise.all(
        ['', ...shards].map(async (dir) => {
          const pagefind = await import(`/pagefind/${dir}pagefind.js`);
          await pagefind.options({ baseUrl: '/', excerptLength: 0, noWorker: true });
          await pagefind.init();
          return pagefind;
        }),
      );
      const pagefind = globalThis.__joinIndexes(instances);
      const filters = await pagefind.filters();
      await (await fetch('/pagefind/synonyms.json')).json();
      Object.assign(globalThis, { __pagefind: pagefind, __results: new Map() });
      return Object.values(filters.kind ?? {}).reduce((a, b) => a + b, 0);
    });
    const initBytes = await settle(page, () => bytes);
    const dict = buildDictionary(JSON.parse(readFileSync(join(distDir, 'pagefind', 'synonyms.json'), 'utf8')));
    const search = (tokens) =>
      page.evaluate(
        async ({ tokens, kinds }) => {
          const r = await globalThis.__pagefind.search(tokens, { filters: { kind: { any: kinds } } });
          for (const x of r.results) globalThis.__results.set(x.id, x);
          return r.results.map((x) => ({ id: x.id, score: x.score }));
        },
        { tokens, kinds: MAIN_KINDS },
      );
    const results = [];
    for (const query of queries) {
      bytes = 0;
      const start = performance.now();
      const ranked = await rankConcepts(understandQuery(query, dict), search, total);
      const top = await page.evaluate(
        (ids) => Promise.all(ids.map(async (id) => (await globalThis.__results.get(id).data()).url)),
        ranked.slice(0, RESULTS_SHOWN).map((r) => r.id),
      );
      const ms = performance.now() - start;
      results.push({ query, bytes: await settle(page, () => bytes), ms, results: ranked.length, top });
    }
    return { initBytes, queries: results };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Waits until no more bytes arrive for 300 ms (loadingFinished events trail the JS promises). */
async function settle(page, read) {
  let last = -1;
  while (read() !== last) {
    last = read();
    await page.waitForTimeout(300);
  }
  return last;
}
