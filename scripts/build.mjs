#!/usr/bin/env node
/**
 * npm run build: `astro build`, and beside it the search records (scripts/search-index.mjs
 * prepare — they come from content/, not from the pages, and Astro leaves most of the second core
 * idle); then scripts/postbuild.mjs, which indexes them beside the page checks.
 * At 1 000 documents preparing takes ~9 s, which no longer adds to the build (at a lower CPU
 * priority, so Astro, the longer lane, keeps its core); memory: the preparing process (~0.7 GB at
 * 1 000 documents) exits before Pagefind starts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { childLane, failBuild, INDEX_SCRIPT, indexFolders, sideBySide, timed } from './lib/build-steps.mjs';
import { postbuild } from './postbuild.mjs';

const DIST = process.env.DIST_DIR || 'dist';
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

async function main() {
  const { tmp, work } = indexFolders(DIST);
  const astroLane = childLane();
  const indexLane = childLane();
  const astro = astroLane.run([ASTRO, 'build'], { env: { ASTRO_TELEMETRY_DISABLED: '1' } }).then((ok) => {
    if (!ok) throw new Error('astro build 失败（见上方输出）');
  });
  const records = timed('build', '准备搜索记录 (scripts/search-index.mjs prepare，与 astro build 同时)', () =>
    indexLane.run([INDEX_SCRIPT, 'prepare', tmp, work], { prefix: '  [索引] ', nice: 10 }),
  );
  await sideBySide([
    { done: astro, stop: () => astroLane.stop() },
    { done: records, stop: () => indexLane.stop() },
  ]);
  await postbuild({ recordsReady: true });
}

main().catch((e) => failBuild(e, 'build'));
