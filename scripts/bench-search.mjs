#!/usr/bin/env node
/**
 * Search budget benchmark (not a timed test): in Chromium against the built site,
 *  - JS loaded on /search/ and on a content page before the first query (gzip bytes), against
 *    the 20 KB budget — the header box must load nothing but its tiny focus loader;
 *  - time from submit (Enter) to results rendered for a few typical queries: the first query
 *    of a fresh page (cold: Pagefind, wasm, index chunks), the same after focusing the box 2 s
 *    before Enter (Pagefind loads on focus, as while a reader types), and each query again (warm),
 *    median over RUNS fresh pages (default 3), plus Pagefind searches per query.
 * Usage: DIST_DIR=dist npm run bench:search   (RUNS=5 for more runs)
 */
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openPage } from '../tests/e2e/support/chromium.mjs';
import { buildDictionary, understandQuery } from '../src/lib/search/query.ts';
import { allQueries } from '../src/lib/search/rank.ts';

const BUDGET_GZ = 20 * 1024;
const RUNS = Number(process.env.RUNS ?? 3);
const QUERIES = ['搬迁后没有工作能领低保吗', '旧房什么时候拆', '84号文', '公岗', '老人没人养怎么办'];

/** Collects JS responses of a page with their gzipped sizes. */
function trackScripts(page) {
  const seen = [];
  page.on('response', async (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (!/javascript|wasm/.test(type) && !/\.(m?js|wasm|pagefind)$/.test(res.url())) return;
    try {
      const body = await res.body();
      seen.push({ url: new URL(res.url()).pathname, raw: body.length, gz: gzipSync(body).length });
    } catch { /* redirects have no body */ }
  });
  return seen;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Types q into /search/, presses Enter and waits for its results; returns ms from Enter. */
async function submit(page, q) {
  await page.fill('#search-q', q);
  const t0 = Date.now();
  await page.press('#search-q', 'Enter');
  await page.waitForSelector(`.search-app[data-done="${q}"]`, { timeout: 60_000 });
  return Date.now() - t0;
}

const root = process.env.DIST_DIR || 'dist';
const dict = buildDictionary(JSON.parse(readFileSync(join(root, 'pagefind', 'synonyms.json'), 'utf8')));
/** Pagefind searches the page runs for a query (one per idea, see src/lib/search/rank.ts). */
const searchesFor = (q) => allQueries(understandQuery(q, dict)).length;

const server = await startServer({ root });
const context = await launchBrowser();
let over = false;
try {
  for (const path of ['search/', 'documents/']) {
    const { page } = await openPage(context, server.url, { width: 360 });
    const scripts = trackScripts(page);
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const gz = scripts.reduce((a, s) => a + s.gz, 0);
    over ||= gz > BUDGET_GZ;
    console.log(`\n/${path} 首次查询前加载的 JS：${kb(gz)} gzip（预算 ${kb(BUDGET_GZ)}）${gz > BUDGET_GZ ? ' ✗ 超出' : ' ✓'}`);
    for (const s of scripts) console.log(`  ${s.url}  ${kb(s.raw)} → ${kb(s.gz)} gzip`);
    await page.close();
  }

  const cold = [];
  const focused = [];
  const warm = new Map(QUERIES.map((q) => [q, []]));
  let lazyGz = 0;
  for (let run = 0; run < RUNS; run++) {
    // A fresh browser profile per run, so nothing (HTTP cache, service worker) carries over.
    const ctx = await launchBrowser();
    const { page } = await openPage(ctx, server.url + 'search/', { width: 360 });
    const scripts = trackScripts(page);
    await page.waitForSelector('html[data-search-ready]');
    cold.push(await submit(page, QUERIES[0]));
    for (const q of QUERIES) warm.get(q).push(await submit(page, q));
    if (run === 0) lazyGz = scripts.reduce((a, s) => a + s.gz, 0);
    await page.close();
    // As a reader does it: focus the box (Pagefind starts loading), take 2 s to type, press Enter.
    const fresh = await launchBrowser();
    const second = await openPage(fresh, server.url + 'search/', { width: 360 });
    await second.page.waitForSelector('html[data-search-ready]');
    await second.page.focus('#search-q');
    await second.page.waitForTimeout(2000);
    focused.push(await submit(second.page, QUERIES[0]));
    await fresh.close();
    await ctx.close();
  }
  console.log(`\n从按回车到结果显示（Chromium，本机，${RUNS} 次的中位数；各次：毫秒）：`);
  console.log(`  首次查询（冷启动） ${String(median(cold)).padStart(5)} ms  ${QUERIES[0]}  [${cold.join(', ')}]`);
  console.log(`  聚焦 2 秒后再回车   ${String(median(focused)).padStart(5)} ms  ${QUERIES[0]}  [${focused.join(', ')}]`);
  for (const [q, ms] of warm) console.log(`  已加载            ${String(median(ms)).padStart(5)} ms  ${q}  [${ms.join(', ')}]  Pagefind 搜索 ${searchesFor(q)} 次`);
  console.log(`\n首次搜索时按需加载的 JS/wasm（Pagefind）：${kb(lazyGz)} gzip`);
} finally {
  await context.close();
  await server.close();
}
process.exit(over ? 1 : 0);
