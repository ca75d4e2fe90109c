#!/usr/bin/env node
/**
 * npm run build: `astro build`, and beside it the search records (scripts/search-index.mjs
 * prepare — they come from content/, not from the pages, and Astro leaves most of the second core
 * idle); then, still beside Astro, the pages it has written are precompressed (scripts/compress.mjs
 * follow); then scripts/postbuild.mjs, which indexes the records beside the page checks.
 * At 1 000 documents preparing takes ~9 s and compressing ~10 s, which no longer add to the build
 * (at a lower CPU priority, so Astro, the longer lane, keeps its core); memory: the preparing
 * process (~0.7 GB at 1 000 documents) exits before the compressing one (~0.1 GB) starts and
 * before Pagefind starts.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childLane, failBuild, INDEX_SCRIPT, indexFolders, precompressedList, sideBySide, timed, writtenPage } from './lib/build-steps.mjs';
import { postbuild } from './postbuild.mjs';

const DIST = process.env.DIST_DIR || 'dist';
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const COMPRESS_SCRIPT = fileURLToPath(new URL('./compress.mjs', import.meta.url));

/**
 * The pages Astro reports written go to a compressing process, started once the search records
 * are prepared (so the two never add to Astro's memory together) and stopped when Astro ends:
 * what it has not reached is left to postbuild's page lane.
 */
function pageCompressor() {
  const list = precompressedList(DIST);
  rmSync(list, { force: true });
  const lane = childLane();
  /** @type {string[]} */
  let pending = [];
  /** @type {import('node:stream').Writable | null} */
  let input = null;
  /** @type {Promise<boolean> | null} */
  let done = null;
  let ended = false;
  return {
    /** @param {string} line a line of astro build's output */
    onLine(line) {
      const page = writtenPage(line);
      if (!page) return;
      if (input) input.write(`${page}\n`);
      else pending.push(page);
    },
    start() {
      if (ended) return;
      done = lane.run([COMPRESS_SCRIPT, 'follow', DIST, list], {
        nice: 10,
        stdin: true,
        onChild: (child) => {
          input = child.stdin;
          input?.on('error', () => {}); // it exited already: its list says what it did
          input?.write(pending.map((p) => `${p}\n`).join(''));
          pending = [];
        },
      });
    },
    /** Astro has ended: stop after the page in hand (or never start). */
    astroEnded() {
      ended = true;
      input?.end();
    },
    /** @returns {Promise<boolean>} whether it ran and succeeded (then its list is written) */
    result: async () => (done ? done : false),
    kill: () => lane.stop(),
  };
}

async function main() {
  const { tmp, work } = indexFolders(DIST);
  const astroLane = childLane();
  const indexLane = childLane();
  const compressor = pageCompressor();
  const astro = astroLane.run([ASTRO, 'build'], { env: { ASTRO_TELEMETRY_DISABLED: '1' }, onLine: compressor.onLine }).then((ok) => {
    compressor.astroEnded();
    if (!ok) throw new Error('astro build 失败（见上方输出）');
  });
  const records = timed('build', '准备搜索记录 (scripts/search-index.mjs prepare，与 astro build 同时)', () =>
    indexLane.run([INDEX_SCRIPT, 'prepare', tmp, work], { prefix: '  [索引] ', nice: 10 }),
  );
  records.then(() => compressor.start(), () => {});
  try {
    await sideBySide([
      { done: astro, stop: () => astroLane.stop() },
      { done: records, stop: () => indexLane.stop() },
    ]);
  } catch (e) {
    compressor.kill();
    throw e;
  }
  const precompressed = await compressor.result();
  await postbuild({ recordsReady: true, precompressed });
}

main().catch((e) => failBuild(e, 'build'));
