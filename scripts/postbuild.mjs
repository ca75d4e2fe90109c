#!/usr/bin/env node
/**
 * After `astro build` (scripts/build.mjs runs it; `node scripts/postbuild.mjs` alone works too):
 * the checks and indexes that need the finished dist/. The first failure fails the build.
 *
 * Two lanes at once, then the steps that need both:
 * - the search index (scripts/search-index.mjs): its records come from the corpus, not from the
 *   pages, so scripts/build.mjs prepares them while Astro renders; here one process per shard
 *   feeds Pagefind (its indexer busy on about one core). It writes beside dist (indexFolders),
 *   moved to dist/pagefind/ when both lanes are done, so the page steps never see a half-written
 *   index;
 * - meanwhile, on the other core, the page steps (pageSteps), which read the pages:
 *   headers/CSP, sitemap, link check, precompression (of the pages scripts/build.mjs did not
 *   compress while Astro rendered); once they are done, the shards overlap (overlappedShards);
 * - then AFTER_INDEX: the service worker (it precaches pagefind/) and precompression of pagefind/
 *   and sw.js.
 * At 1 000 documents this takes the page steps (~15 s) off the build's critical path.
 *
 * To add a step, append { name, run } to the lane it belongs to; run() returns false (or throws)
 * on failure. A step that reads pagefind/ or sw.js belongs in AFTER_INDEX.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLinkCheck } from './check-links.mjs';
import { compressDist } from './compress.mjs';
import { writeSitemap } from './sitemap.mjs';
import { writeHeaders } from './write-headers.mjs';
import { buildServiceWorker } from './build-sw.mjs';
import { childLane, failBuild, INDEX_SCRIPT, indexFolders, overlappedShards, precompressedList, sideBySide, timed } from './lib/build-steps.mjs';

const DIST = process.env.DIST_DIR || 'dist';

/** Files written by the search index lane and after it (paths relative to dist). */
export const isIndexOutput = (rel) => rel.startsWith('pagefind/') || rel === 'sw.js';

/**
 * @param {ReadonlySet<string>} precompressed pages scripts/build.mjs compressed while Astro rendered
 * @returns {{ name: string, run: () => boolean | Promise<boolean> }[]}
 */
const pageSteps = (precompressed) => [
  { name: 'CSP 与安全响应头 (scripts/write-headers.mjs → _headers)', run: () => writeHeaders({ distDir: DIST }) },
  { name: 'sitemap.xml 与 robots.txt (scripts/sitemap.mjs)', run: () => writeSitemap({ distDir: DIST }) },
  { name: '链接与锚点检查 (scripts/check-links.mjs)', run: () => runLinkCheck({ distDir: DIST }) },
  // Last in the lane (the checks only read the pages, so it could be anywhere).
  {
    name: '预压缩页面 .br/.gz (scripts/compress.mjs)',
    run: async () => (await compressDist({ distDir: DIST, only: (rel) => !isIndexOutput(rel), done: precompressed }), true),
  },
];

/** @type {{ name: string, run: () => boolean | Promise<boolean> }[]} */
const AFTER_INDEX = [
  { name: '离线 service worker (scripts/build-sw.mjs → sw.js)', run: () => buildServiceWorker({ distDir: DIST }) },
  { name: '预压缩索引 .br/.gz (scripts/compress.mjs)', run: async () => (await compressDist({ distDir: DIST, only: isIndexOutput }), true) },
];

/**
 * The search index lane: the records (unless scripts/build.mjs prepared them already; the
 * preparing process exits, giving back the memory of the corpus), then one process per shard.
 * @param {boolean} recordsReady
 * @param {Promise<unknown>} pagesDone the page lane's end: from then on shards overlap (overlappedShards)
 */
function startIndex(recordsReady, pagesDone) {
  const { tmp, work } = indexFolders(DIST);
  const lane = childLane();
  const prefix = '  [索引] ';
  const done = timed('postbuild', '搜索索引 (scripts/search-index.mjs → pagefind/)', async () => {
    if (!recordsReady && !(await lane.run([INDEX_SCRIPT, 'prepare', tmp, work], { prefix }))) return false;
    const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8'));
    const ok = await overlappedShards(plan, (file, options) => lane.run([INDEX_SCRIPT, 'shard', file], { prefix, ...options }), pagesDone);
    rmSync(work, { recursive: true, force: true });
    return ok;
  });
  return { done, stop: () => lane.stop() };
}

/**
 * The page steps, in this process (`node scripts/postbuild.mjs pages [list.json]`).
 * @param {string} [list] the pages compressed already (precompressedList)
 */
async function runPageSteps(list) {
  const precompressed = new Set(list ? /** @type {string[]} */ (JSON.parse(readFileSync(list, 'utf8'))) : []);
  if (precompressed.size) console.log(`  预压缩页面：${precompressed.size} 个已在 astro build 期间完成`);
  for (const step of pageSteps(precompressed)) await timed('postbuild', step.name, step.run);
}

/**
 * The page lane as a child process at a lower CPU priority (nice 10): the index lane is the
 * longer one, and when both compete for the two cores Pagefind gets only part of one and the
 * build waits for it; the page steps, with time to spare, take what the index leaves.
 */
function startPages(/** @type {boolean} */ precompressed) {
  const lane = childLane();
  const done = lane
    .run([fileURLToPath(import.meta.url), 'pages', ...(precompressed ? [precompressedList(DIST)] : [])], { nice: 10 })
    .then((ok) => {
      if (!ok) throw new Error('postbuild 页面检查失败（见上方输出）');
    });
  return { done, stop: () => lane.stop() };
}

/**
 * @param {{ recordsReady?: boolean, precompressed?: boolean }} [options] what scripts/build.mjs did
 * beside Astro: prepared the search records; compressed pages (listed in precompressedList).
 */
export async function postbuild({ recordsReady = false, precompressed = false } = {}) {
  if (!existsSync(DIST)) throw new Error(`没有找到 ${DIST}/ — postbuild 需要先运行 astro build`);
  const pages = startPages(precompressed);
  await sideBySide([startIndex(recordsReady, pages.done), pages]);
  rmSync(precompressedList(DIST), { force: true });
  const { tmp } = indexFolders(DIST);
  rmSync(join(DIST, 'pagefind'), { recursive: true, force: true });
  renameSync(tmp, join(DIST, 'pagefind'));
  for (const step of AFTER_INDEX) await timed('postbuild', step.name, step.run);
}

// Run when started as a script, not when imported (scripts/build.mjs, the tests).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  (process.argv[2] === 'pages' ? runPageSteps(process.argv[3]) : postbuild()).catch((e) => failBuild(e, 'postbuild'));
}
