#!/usr/bin/env node
/**
 * Precompression: writes `<file>.br` (brotli) and `<file>.gz` (gzip, gzipLevel()) next to every
 * text file of the built site, so a web server sends them as they are (nginx `gzip_static`, the
 * brotli map in deploy/, most static hosts) instead of compressing on every request or not at all.
 *
 * Runs last in each postbuild lane (scripts/postbuild.mjs): the pages after their checks, then
 * the index and sw.js — and most pages earlier, while Astro renders the rest (followPages). The
 * checks only read the pages; none changes a page after Astro has written it.
 * A copy is skipped when it would not be at least 5 % smaller (tiny files, already-compressed
 * Pagefind chunks, which are gzip inside: serving them as-is is what Pagefind expects).
 *
 * CLI: node scripts/compress.mjs [distDir]   (npm run compress; default $DIST_DIR or dist)
 *      node scripts/compress.mjs follow <distDir> <list.json>   (followPages, for scripts/build.mjs)
 */
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createInterface } from 'node:readline';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Extensions worth compressing: text and the Pagefind wasm (Pagefind's .pf_* chunks are gzip already). */
export const COMPRESSIBLE = ['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.ics', '.wasm', '.webmanifest', '.map'];

/** Below this size the headers cost more than the compression saves. */
const MIN_BYTES = 512;

/** The shared assets: few, hashed or versioned, cached for a year (paths relative to dist). */
const SHARED_ASSET = /^(_astro|pagefind)\//;

/**
 * Brotli quality: 11 (slowest, smallest) for the shared assets under _astro/ and pagefind/, which
 * are few and cached for a year; 5 for pages and sources, which grow with the corpus. Measured on
 * a 180 KB document page: q11 is 7 % smaller than q5 but ~6× slower, which at 1000 documents
 * would add minutes to every build.
 * @param {string} rel path relative to dist
 */
export function brotliQuality(rel) {
  return SHARED_ASSET.test(rel) ? 11 : 5;
}

/**
 * gzip level, by the same reasoning: 9 for the few long-cached shared assets, 6 for pages. On a
 * 190 KB document page level 6 is 0.6 % larger and ~25 % faster than 9.
 * @param {string} rel path relative to dist
 */
export function gzipLevel(rel) {
  return SHARED_ASSET.test(rel) ? 9 : 6;
}

/** @param {string} dir @returns {string[]} absolute paths */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

/** @typedef {{ files: number, bytes: number, brBytes: number, gzBytes: number }} CompressStats */

/**
 * Writes `<file>.br` and `<file>.gz` for one file (each only when 5 % smaller than the file).
 * @param {string} file absolute path
 * @param {string} rel path relative to dist (chooses the quality)
 * @param {CompressStats} stats added to
 * @param {{ oneAtATime?: boolean }} [options] brotli, then gzip (one thread busy, not two)
 */
export async function compressFile(file, rel, stats, { oneAtATime = false } = {}) {
  const raw = await readFile(file);
  const toBr = () =>
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(rel), [constants.BROTLI_PARAM_SIZE_HINT]: raw.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } });
  const toGz = () => gzipAsync(raw, { level: gzipLevel(rel) });
  const [br, gz] = oneAtATime ? [await toBr(), await toGz()] : await Promise.all([toBr(), toGz()]);
  let wrote = false;
  if (br.length < raw.length * 0.95) {
    await writeFile(`${file}.br`, br);
    stats.brBytes += br.length;
    wrote = true;
  }
  if (gz.length < raw.length * 0.95) {
    await writeFile(`${file}.gz`, gz);
    stats.gzBytes += gz.length;
    wrote = true;
  }
  if (wrote) {
    stats.files += 1;
    stats.bytes += raw.length;
  }
}

/** Worth compressing: a text type, and not tiny. @param {string} file */
const eligible = (file) => COMPRESSIBLE.includes(path.extname(file).toLowerCase()) && statSync(file).size >= MIN_BYTES;

/**
 * Compress every eligible file under distDir (or those `only` accepts, by path relative to
 * distDir: postbuild compresses the pages while the search index is still being written, then
 * the index). Stale .br/.gz from an earlier run are removed first, so a copy never outlives (or
 * disagrees with) its file — except those of the files in `done`, compressed earlier in the same
 * build by followPages, which are kept and not compressed again.
 * @param {{ distDir?: string, only?: (rel: string) => boolean, done?: ReadonlySet<string> }} [options]
 * @returns {Promise<CompressStats>}
 */
export async function compressDist({ distDir = 'dist', only = () => true, done = new Set() } = {}) {
  const relOf = (file) => path.relative(distDir, file).split(path.sep).join('/');
  const files = walk(distDir).filter((f) => {
    const rel = relOf(f).replace(/\.(br|gz)$/, '');
    return only(rel) && !done.has(rel);
  });
  for (const f of files) if (f.endsWith('.br') || f.endsWith('.gz')) rmSync(f);
  const todo = files.filter(eligible);
  const stats = { files: 0, bytes: 0, brBytes: 0, gzBytes: 0 };
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const file = todo[next++];
      await compressFile(file, relOf(file), stats);
    }
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return stats;
}

/**
 * Compress pages while Astro is still rendering the others (scripts/build.mjs), one at a time:
 * paths relative to distDir arrive one per line on `input` as Astro writes them; an empty line
 * or the end of `input` means "stop": the file being compressed is finished, the ones still
 * queued are left for the page lane's pass (compressDist), and the paths done are returned.
 * Why: Astro renders on one core; with the search records prepared, the other core is mostly
 * idle until Astro ends, and compressing the pages there takes ~10 s of work off the page lane,
 * which runs beside the search index afterwards.
 * @param {string} distDir
 * @param {import('node:stream').Readable} input
 * @returns {Promise<string[]>}
 */
export async function followPages(distDir, input) {
  /** @type {string[]} */
  const queue = [];
  /** @type {string[]} */
  const done = [];
  let stopped = false;
  /** @type {(() => void) | null} */
  let wake = null;
  const lines = createInterface({ input });
  lines.on('line', (line) => {
    if (!line) stopped = true;
    else if (!stopped) queue.push(line);
    wake?.();
  });
  lines.on('close', () => ((stopped = true), wake?.()));
  const stats = { files: 0, bytes: 0, brBytes: 0, gzBytes: 0 };
  while (!stopped) {
    const rel = queue.shift();
    if (rel === undefined) {
      await new Promise((resolve) => (wake = () => resolve(undefined)));
      wake = null;
      continue;
    }
    const file = path.join(distDir, rel);
    // Only what the page lane's pass would compress (the same eligibility), nothing outside dist.
    if (rel.startsWith('..') || path.isAbsolute(rel) || !existsSync(file) || !eligible(file)) continue;
    // One thread: the other core is Astro's.
    await compressFile(file, rel, stats, { oneAtATime: true });
    done.push(rel);
  }
  lines.close();
  return done;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'follow') {
    // node scripts/compress.mjs follow <distDir> <list.json>: followPages on stdin, the paths done
    // written to list.json (scripts/build.mjs).
    const [, , , distDir, list] = process.argv;
    writeFileSync(list, JSON.stringify(await followPages(distDir, process.stdin)));
  } else {
    const distDir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
    const s = await compressDist({ distDir });
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`预压缩：${s.files} 个文件 ${kb(s.bytes)} → br ${kb(s.brBytes)}，gz ${kb(s.gzBytes)}（${distDir}）`);
  }
}
