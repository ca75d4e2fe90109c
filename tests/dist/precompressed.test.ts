/**
 * The built site's precompressed copies (.br, .gz), which a web server sends as they are: most
 * pages are compressed while Astro still renders the others (scripts/build.mjs, scripts/compress.mjs
 * followPages), the rest by postbuild. Whichever did it, every page and source must have both
 * copies, and each must decode to the file as it is now.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressedList } from '../../scripts/lib/build-steps.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const files = (readdirSync(dist, { recursive: true }) as string[]).map((f) => f.split('\\').join('/'));
/** Pages and source texts: what grows with the corpus and is worth compressing. */
const texts = files.filter((f) => ['.html', '.txt'].includes(extname(f)) && statSync(join(dist, f)).size >= 512);

describe('precompressed copies of the built site', () => {
  it('every page and source text has a .br and a .gz copy', () => {
    expect(texts.length).toBeGreaterThan(50);
    const missing = texts.filter((f) => !existsSync(join(dist, `${f}.br`)) || !existsSync(join(dist, `${f}.gz`)));
    expect(missing).toEqual([]);
  });

  it('every copy decodes to its file exactly (none is stale or cut short)', () => {
    const wrong = files
      .filter((f) => /\.(br|gz)$/.test(f))
      .filter((f) => {
        const plain = join(dist, f.replace(/\.(br|gz)$/, ''));
        const copy = readFileSync(join(dist, f));
        return !(f.endsWith('.br') ? brotliDecompressSync(copy) : gunzipSync(copy)).equals(readFileSync(plain));
      });
    expect(wrong).toEqual([]);
  });

  it('leaves no list of compressed pages behind', () => {
    expect(existsSync(precompressedList(dist))).toBe(false);
  });
});
