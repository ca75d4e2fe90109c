#!/usr/bin/env node
/**
 * Precompression: writes `<file>.br` (brotli) and `<file>.gz` (gzip, gzipLevel()) next to every
 * text file of the built site, so a web server sends them as they are (nginx `gzip_static`, the
 * brotli map in deploy/, most static hosts) instead of compressing on every request or not at all.
 *
 * Runs last in each postbuild lane (scripts/postbuild.mjs): the pages after their checks, so the
 * checks see only the plain files, then the index and sw.js.
 * A copy is skipped when it would not be at least 5 % smaller (tiny files, already-compressed
 * Pagefind chunks, which are gzip inside: serving them as-is is what Pagefind expects).
 *
 * CLI: node scripts/compress.mjs [distDir]   (npm run compress; default $DIST_DIR or dist)
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

/**
 * Compress every eligible file under distDir (or those `only` accepts, by path relative to
 * distDir: postbuild compresses the pages while the search index is still being written, then
 * the index). Stale .br/.gz from an earlier run are removed first, so a copy never outlives (or
 * disagrees with) its file.
 * @param {{ distDir?: string, only?: (rel: string) => boolean }} [options]
 * @returns {Promise<{ files: number, bytes: number, brBytes: number, gzBytes: number }>}
 */
export async function compressDist({ distDir = 'dist', only = () => true } = {}) {
  const relOf = (file) => path.relative(distDir, file).split(path.sep).join('/');
  const files = walk(distDir).filter((f) => only(relOf(f).replace(/\.(br|gz)$/, '')));
  for (const f of files) if (f.endsWith('.br') || f.endsWith('.gz')) rmSync(f);
  const todo = files.filter((f) => COMPRESSIBLE.includes(path.extname(f).toLowerCase()) && statSync(f).size >= MIN_BYTES);
  const stats = { files: 0, bytes: 0, brBytes: 0, gzBytes: 0 };
  const one = async (file) => {
    const raw = await readFile(file);
    const rel = relOf(file);
    const quality = brotliQuality(rel);
    const [br, gz] = await Promise.all([
      brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }),
      gzipAsync(raw, { level: gzipLevel(rel) }),
    ]);
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
  };
  // zlib's async calls run on libuv's thread pool: a few in flight use every core.
  let next = 0;
  const worker = async () => {
    while (next < todo.length) await one(todo[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  return stats;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
  const s = await compressDist({ distDir });
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`预压缩：${s.files} 个文件 ${kb(s.bytes)} → br ${kb(s.brBytes)}，gz ${kb(s.gzBytes)}（${distDir}）`);
}
