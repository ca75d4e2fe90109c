#!/usr/bin/env node
/**
 * Runs after `astro build` (see the "build" script): the checks and indexes that need the
 * finished dist/. Steps run in order and the first failure stops the build with exit 1.
 *
 * To add a step, append { name, run } to STEPS; run() returns false (or throws) on failure.
 * Steps that create files in dist/ (e.g. the Pagefind index) go before the link check, so
 * links to the generated files are checked too.
 */
import { existsSync } from 'node:fs';
import { runLinkCheck } from './check-links.mjs';
import { buildSearchIndex } from './search-index.mjs';
import { compressDist } from './compress.mjs';
import { writeSitemap } from './sitemap.mjs';
import { writeHeaders } from './write-headers.mjs';
import { buildServiceWorker } from './build-sw.mjs';

const DIST = process.env.DIST_DIR || 'dist';

/** @type {{ name: string, run: () => boolean | Promise<boolean> }[]} */
const STEPS = [
  { name: 'CSP 与安全响应头 (scripts/write-headers.mjs → _headers)', run: () => writeHeaders({ distDir: DIST }) },
  { name: '搜索索引 (scripts/search-index.mjs → pagefind/)', run: () => buildSearchIndex({ distDir: DIST }) },
  // After the search index (the worker precaches pagefind/ too), before the link check.
  { name: '离线 service worker (scripts/build-sw.mjs → sw.js)', run: () => buildServiceWorker({ distDir: DIST }) },
  { name: 'sitemap.xml 与 robots.txt (scripts/sitemap.mjs)', run: () => writeSitemap({ distDir: DIST }) },
  { name: '链接与锚点检查 (scripts/check-links.mjs)', run: () => runLinkCheck({ distDir: DIST }) },
  // Last, so every check above reads only the plain files.
  { name: '预压缩 .br/.gz (scripts/compress.mjs)', run: async () => (await compressDist({ distDir: DIST }), true) },
];

async function main() {
  if (!existsSync(DIST)) throw new Error(`没有找到 ${DIST}/ — postbuild 需要先运行 astro build`);
  for (const step of STEPS) {
    console.log(`\n[postbuild] ${step.name}`);
    const started = performance.now();
    if (!(await step.run())) throw new Error(`postbuild 步骤失败：${step.name}`);
    // Read by scripts/bench-scale.mjs for its per-phase table (where a large build spends its time).
    console.log(`[postbuild] 用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((error) => {
  console.error(`\n[postbuild] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
