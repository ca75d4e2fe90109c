/**
 * A large corpus's search index is several Pagefind indexes merged in the browser
 * (src/lib/search/shards.ts). Proven on the real corpus: a copy of the built site gets its index
 * rebuilt in shards of 40 records (4 indexes, by the build's own processes), and every query of tests/search/queries.yaml,
 * typed into the real /search/ page, must match the same records as the one-index site, with
 * the same recall and nearly the same first five.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSite } from './support/browser.ts';
import { checkIndexFiles } from '../dist/support/index-files.ts';
import { rankOnSearchPage } from './support/search-page.ts';
import { PAGEFIND_MALLOC_CONF } from '../../scripts/search-index.mjs';
import { childLane, INDEX_SCRIPT, overlappedShards, runNode } from '../../scripts/lib/build-steps.mjs';
import { scoreQueries, type QueryCase } from '../search/metrics.ts';

const cases = parse(readFileSync('tests/search/queries.yaml', 'utf8')) as QueryCase[];
const dist = process.env.DIST_DIR ?? 'dist';
const copy = mkdtempSync(join(tmpdir(), 'bqzct-shards-'));

/** The allocator setting each Pagefind indexer process was started with (read from /proc). */
const indexerMallocConf = new Set<string>();
/** The most shard processes running at once. */
let mostShardsAtOnce = 0;
/** Whether a process descends from this test's process (not an indexer of another test file). */
function startedHere(pid: string): boolean {
  for (let at = pid, hops = 0; hops < 16; hops += 1) {
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after its last ")"
    const stat = readFileSync(`/proc/${at}/stat`, 'utf8');
    const parent = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? '0';
    if (Number(parent) === process.pid) return true;
    if (parent === '0' || parent === '1') return false;
    at = parent;
  }
  return false;
}
function watchIndexers(): () => void {
  const timer = setInterval(() => {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        // the indexer binary itself (pagefind_extended --service), not a process with "pagefind" in its arguments
        const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
        if (!/(^|\/)pagefind(_extended)?$/.test(program)) continue;
        if (!startedHere(pid)) continue;
        const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
        // a process that is exiting has let go of its memory, and reads as an empty environment
        if (environ === '') continue;
        const conf = environ.split('\0').find((v) => v.startsWith('_RJEM_MALLOC_CONF='));
        indexerMallocConf.add(conf ?? '(none)');
      } catch {
        // ended meanwhile
      }
    }
  }, 20);
  return () => clearInterval(timer);
}

// The way `npm run build` writes it (scripts/postbuild.mjs): the records prepared by one process,
// then one process per shard, overlapped (here from the start, as after the page steps).
beforeAll(async () => {
  cpSync(dist, copy, { recursive: true });
  const work = `${copy}.search-records`;
  const env = { SEARCH_SHARD_RECORDS: '40' };
  const stopWatching = watchIndexers();
  try {
    expect(await runNode([INDEX_SCRIPT, 'prepare', join(copy, 'pagefind'), work], { env })).toBe(true);
    const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as string[];
    const lane = childLane();
    let running = 0;
    const run = async (file: string, options: Parameters<Parameters<typeof overlappedShards>[1]>[1]) => {
      mostShardsAtOnce = Math.max(mostShardsAtOnce, ++running);
      const ok = await lane.run([INDEX_SCRIPT, 'shard', file], { env, ...options });
      running -= 1;
      return ok;
    };
    expect(await overlappedShards(plan, run, Promise.resolve())).toBe(true);
  } finally {
    stopWatching();
    rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const oneIndex = withSite();
const sharded = withSite({ root: copy });

describe('a search index in shards', () => {
  it('is written as the first index in pagefind/ and the others below it, listed in explain.json', () => {
    const explain = JSON.parse(readFileSync(join(copy, 'pagefind', 'explain.json'), 'utf8'));
    expect(explain.shards).toEqual(['shard-2/', 'shard-3/', 'shard-4/']);
    const counts = ['', ...explain.shards].map((dir: string) => {
      const entry = JSON.parse(readFileSync(join(copy, 'pagefind', dir, 'pagefind-entry.json'), 'utf8'));
      return entry.languages['zh-cn'].page_count as number;
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(explain.records);
    expect(Math.max(...counts)).toBeLessThanOrEqual(40);
    expect(existsSync(join(copy, 'pagefind', 'shard-5'))).toBe(false);
  });

  it('leaves no file of any shard empty or cut short (Pagefind\'s own writer could, when its process was closed)', () => {
    const { files, problems } = checkIndexFiles(join(copy, 'pagefind'));
    expect(files).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it("has each shard written by a Pagefind indexer with huge pages and no early memory return (its write step took nearly twice as long without)", () => {
    expect([...indexerMallocConf]).toEqual([`_RJEM_MALLOC_CONF=${PAGEFIND_MALLOC_CONF}`]);
  });

  it('overlaps the shards two at a time, never three (one writing, the next adding its records)', () => {
    expect(mostShardsAtOnce).toBe(2);
  });

  it('finds on the search page what one index finds, for every query people ask', async () => {
    const queries = cases.map((c) => c.q);
    const one = await rankOnSearchPage(oneIndex, queries);
    const many = await rankOnSearchPage(sharded, queries);
    expect(many.guard.consoleErrors).toEqual([]);
    expect(many.guard.foreignRequests).toEqual([]);
    // The same records match (the status line counts them) …
    expect(many.ranked.map((r) => `${r.query}: ${r.status}`)).toEqual(one.ranked.map((r) => `${r.query}: ${r.status}`));
    // … and the first five mostly the same: Pagefind scores each shard with its own statistics
    // (word rarity, record length), so near-equal records can swap places. At 40 records a shard
    // those statistics differ far more than at the 7 000 of a real split.
    const shared = one.ranked.map((r, i) => r.top.filter((k) => many.ranked[i]!.top.includes(k)).length / Math.max(1, r.top.length));
    const overlap = shared.reduce((a, b) => a + b, 0) / shared.length;
    const recall = { one: scoreQueries(cases, one.ranked.map((r) => r.top)).recallAt5, many: scoreQueries(cases, many.ranked.map((r) => r.top)).recallAt5 };
    console.log(`top-5 overlap ${overlap.toFixed(3)}, recall@5 one index ${recall.one.toFixed(3)}, shards ${recall.many.toFixed(3)}`);
    expect(overlap).toBeGreaterThanOrEqual(0.85);
    expect(recall.many).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
