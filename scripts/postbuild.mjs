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
 * - meanwhile, on the other core, the page steps: the checks (PAGE_CHECKS: headers/CSP, sitemap,
 *   link check), which share one read of each page, then in a process of their own the
 *   precompression of the pages scripts/build.mjs did not compress while Astro rendered; once the
 *   checks' process has exited, the shards overlap (overlappedShards);
 * - then AFTER_INDEX: the service worker (it precaches pagefind/) and precompression of pagefind/
 *   and sw.js.
 * At 1 000 documents this takes the page steps (~15 s) off the build's critical path.
 *
 * To add a step: a check of every page goes in PAGE_CHECKS ({ name, make }: page() sees each page,
 * finish() returns false on failure); a step that reads pagefind/ or sw.js in AFTER_INDEX
 * ({ name, run }: run() returns false, or throws, on failure).
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn, linkChecker, listAllFiles, reportLinkCheck, scanTags } from './check-links.mjs';
import { compressDist } from './compress.mjs';
import { sitemapWriter } from './sitemap.mjs';
import { headersChecker } from './write-headers.mjs';
import { buildServiceWorker } from './build-sw.mjs';
import { childLane, failBuild, INDEX_SCRIPT, indexFolders, overlappedShards, precompressedList, sideBySide, timed } from './lib/build-steps.mjs';

const DIST = process.env.DIST_DIR || 'dist';

/** Files written by the search index lane and after it (paths relative to dist). */
export const isIndexOutput = (rel) => rel.startsWith('pagefind/') || rel === 'sw.js';

/**
 * @typedef {{ page: (file: string, html: string, tags: ReturnType<typeof scanTags>) => void, finish: () => boolean }} PageCheck
 * The checks of the page lane, each made with the list of dist's files, fed every page (path
 * below dist, its HTML, its tags) and then finished: they share one walk of dist, one read and one
 * tag scan of each page (at 1 000 documents three passes over 195 MB of pages took ~3 CPU-s more).
 * @type {{ name: string, make: (allFiles: Set<string>) => PageCheck }[]}
 */
const PAGE_CHECKS = [
  { name: 'CSP 与安全响应头 (scripts/write-headers.mjs → _headers)', make: () => headersChecker(DIST) },
  { name: 'sitemap.xml 与 robots.txt (scripts/sitemap.mjs)', make: () => sitemapWriter(DIST) },
  {
    name: '链接与锚点检查 (scripts/check-links.mjs)',
    make: (allFiles) => {
      const checker = linkChecker({ distDir: DIST, allFiles });
      return { page: checker.page, finish: () => reportLinkCheck(checker.finish()) };
    },
  },
];

/**
 * Then, in a process of its own, the page lane's precompression: of the pages scripts/build.mjs
 * did not compress while Astro rendered (`list`: precompressedList), and the other files.
 * @param {string} [list]
 */
async function compressPages(list) {
  const precompressed = new Set(list ? /** @type {string[]} */ (JSON.parse(readFileSync(list, 'utf8'))) : []);
  if (precompressed.size) console.log(`  预压缩页面：${precompressed.size} 个已在 astro build 期间完成`);
  await timed('postbuild', '预压缩页面 .br/.gz (scripts/compress.mjs)', async () => {
    await compressDist({ distDir: DIST, only: (rel) => !isIndexOutput(rel), done: precompressed });
    return true;
  });
}

/** @type {{ name: string, run: () => boolean | Promise<boolean> }[]} */
const AFTER_INDEX = [
  { name: '离线 service worker (scripts/build-sw.mjs → sw.js)', run: () => buildServiceWorker({ distDir: DIST }) },
  { name: '预压缩索引 .br/.gz (scripts/compress.mjs)', run: async () => (await compressDist({ distDir: DIST, only: isIndexOutput }), true) },
];

/**
 * The search index lane: the records (unless scripts/build.mjs prepared them already; the
 * preparing process exits, giving back the memory of the corpus), then one process per shard.
 * @param {boolean} recordsReady
 * @param {Promise<unknown>} pagesChecked the end of the page checks' process: from then on shards overlap (overlappedShards)
 */
function startIndex(recordsReady, pagesChecked) {
  const { tmp, work } = indexFolders(DIST);
  const lane = childLane();
  const prefix = '  [索引] ';
  const done = timed('postbuild', '搜索索引 (scripts/search-index.mjs → pagefind/)', async () => {
    if (!recordsReady && !(await lane.run([INDEX_SCRIPT, 'prepare', tmp, work], { prefix }))) return false;
    const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8'));
    const ok = await overlappedShards(plan, (file, options) => lane.run([INDEX_SCRIPT, 'shard', file], { prefix, ...options }), pagesChecked);
    rmSync(work, { recursive: true, force: true });
    return ok;
  });
  return { done, stop: () => lane.stop() };
}

/** The page checks, in this process (`node scripts/postbuild.mjs checks`): one pass over the pages. */
async function runPageChecks() {
  const allFiles = listAllFiles(DIST);
  const checks = PAGE_CHECKS.map((c) => ({ name: c.name, check: c.make(allFiles) }));
  await timed('postbuild', '页面检查：每个页面读一次 (scripts/postbuild.mjs)', () => {
    for (const file of htmlFilesIn(allFiles)) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const tags = scanTags(html);
      for (const { check } of checks) check.page(file, html, tags);
    }
    return true;
  });
  // Every check reports, so one build shows a CSP problem and a broken link together.
  /** @type {unknown} */
  let failure = null;
  for (const { name, check } of checks) await timed('postbuild', name, check.finish).catch((e) => (failure ??= e));
  if (failure) throw failure;
}

/**
 * The page lane as a child process at a lower CPU priority (nice 10): the index lane is the
 * longer one, and when both compete for the two cores Pagefind gets only part of one and the
 * build waits for it; the page steps, with time to spare, take what the index leaves.
 */
function startPages(/** @type {boolean} */ precompressed) {
  const lane = childLane();
  const self = fileURLToPath(import.meta.url);
  const failed = (/** @type {boolean} */ ok) => {
    if (!ok) throw new Error('postbuild 页面检查失败（见上方输出）');
  };
  // Two processes: the checks hold ~0.5 GB at 1 000 documents, and only once that is given back
  // may the index's shards overlap (startIndex); compressing needs ~0.1 GB.
  const checked = lane.run([self, 'checks'], { nice: 10 }).then(failed);
  const done = checked.then(() => lane.run([self, 'compress-pages', ...(precompressed ? [precompressedList(DIST)] : [])], { nice: 10 })).then(failed);
  return { done, checked, stop: () => lane.stop() };
}

/**
 * @param {{ recordsReady?: boolean, precompressed?: boolean }} [options] what scripts/build.mjs did
 * beside Astro: prepared the search records; compressed pages (listed in precompressedList).
 */
export async function postbuild({ recordsReady = false, precompressed = false } = {}) {
  if (!existsSync(DIST)) throw new Error(`没有找到 ${DIST}/ — postbuild 需要先运行 astro build`);
  const pages = startPages(precompressed);
  await sideBySide([startIndex(recordsReady, pages.checked), pages]);
  rmSync(precompressedList(DIST), { force: true });
  const { tmp } = indexFolders(DIST);
  rmSync(join(DIST, 'pagefind'), { recursive: true, force: true });
  renameSync(tmp, join(DIST, 'pagefind'));
  for (const step of AFTER_INDEX) await timed('postbuild', step.name, step.run);
}

// Run when started as a script, not when imported (scripts/build.mjs, the tests).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, list] = process.argv.slice(2);
  (mode === 'checks' ? runPageChecks() : mode === 'compress-pages' ? compressPages(list) : postbuild()).catch((e) => failBuild(e, 'postbuild'));
}
