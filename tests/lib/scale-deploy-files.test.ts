import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { brotliQuality, compressDist, followPages } from '../../scripts/compress.mjs';
import { isIndexOutput } from '../../scripts/postbuild.mjs';
import { nginxTypes, parseHeadersFile, renderServerBlock } from '../../scripts/nginx-conf.mjs';
import { canonicalOf, writeSitemap } from '../../scripts/sitemap.mjs';
import { renderHeadersFile } from '../../scripts/lib/headers.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A tiny built site: two pages, a 404, an asset, _headers. */
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'deploy-files-'));
  dirs.push(dist);
  const page = (canonical: string | null, body: string) =>
    `<!doctype html><html lang="zh-CN"><head>${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head><body>${body.repeat(40)}</body></html>`;
  mkdirSync(join(dist, 'documents', 'a'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, 'index.html'), page('https://example.org/zcbq/', '易地扶贫搬迁后续扶持'));
  writeFileSync(join(dist, 'documents', 'a', 'index.html'), page('https://example.org/zcbq/documents/a/', '就业帮扶'));
  writeFileSync(join(dist, '404.html'), page(null, '找不到这个页面'));
  writeFileSync(join(dist, '_astro', 'site.abc123.css'), 'body{margin:0}\n'.repeat(100));
  writeFileSync(join(dist, 'tiny.txt'), 'x');
  writeFileSync(join(dist, 'photo.png'), Buffer.alloc(4096, 7));
  writeFileSync(join(dist, '_headers'), renderHeadersFile({ 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'", 'X-Frame-Options': 'DENY' }));
  return dist;
}

/** Until the compressing process has written this file (gzip comes after brotli). */
async function written(file: string) {
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 20));
}

describe('precompression (scripts/compress.mjs)', () => {
  it('writes .br and .gz copies that decode to the original, and skips tiny and binary files', async () => {
    const dist = fakeDist();
    const stats = await compressDist({ distDir: dist });
    const original = readFileSync(join(dist, 'documents', 'a', 'index.html'));
    expect(brotliDecompressSync(readFileSync(join(dist, 'documents', 'a', 'index.html.br')))).toEqual(original);
    expect(gunzipSync(readFileSync(join(dist, 'documents', 'a', 'index.html.gz')))).toEqual(original);
    expect(existsSync(join(dist, '_astro', 'site.abc123.css.br'))).toBe(true);
    expect(existsSync(join(dist, 'tiny.txt.br'))).toBe(false);
    expect(existsSync(join(dist, 'photo.png.gz'))).toBe(false);
    expect(stats.files).toBe(4);
    expect(stats.brBytes).toBeLessThan(stats.bytes);
  });

  it('a second run replaces copies, so a changed file never keeps a stale .br', async () => {
    const dist = fakeDist();
    await compressDist({ distDir: dist });
    writeFileSync(join(dist, 'index.html'), '<p>新内容</p>'.repeat(200));
    await compressDist({ distDir: dist });
    expect(brotliDecompressSync(readFileSync(join(dist, 'index.html.br'))).toString()).toBe('<p>新内容</p>'.repeat(200));
  });

  it('compresses the pages while the index is written and the index after, each file once', async () => {
    const dist = fakeDist();
    mkdirSync(join(dist, 'pagefind'));
    const pagefindJs = 'export const pagefind = 1;\n'.repeat(100);
    writeFileSync(join(dist, 'pagefind', 'pagefind.js'), pagefindJs);
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});\n'.repeat(50));
    const pages = await compressDist({ distDir: dist, only: (rel) => !isIndexOutput(rel) });
    expect(pages.files).toBe(4);
    expect(existsSync(join(dist, 'index.html.br'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js.br'))).toBe(false);
    expect(existsSync(join(dist, 'sw.js.gz'))).toBe(false);
    // The second pass must neither redo nor delete the pages' copies.
    writeFileSync(join(dist, 'index.html.br'), 'kept');
    const index = await compressDist({ distDir: dist, only: isIndexOutput });
    expect(index.files).toBe(2);
    expect(brotliDecompressSync(readFileSync(join(dist, 'pagefind', 'pagefind.js.br'))).toString()).toBe(pagefindJs);
    expect(existsSync(join(dist, 'sw.js.gz'))).toBe(true);
    expect(readFileSync(join(dist, 'index.html.br'), 'utf8')).toBe('kept');
  });

  it('compresses pages as Astro reports them written, stops after the page in hand when told, and says which it did', async () => {
    const dist = fakeDist();
    const input = new PassThrough();
    const following = followPages(dist, input);
    // the page, a tiny file (not worth it), a path outside dist, one that does not exist
    input.write('documents/a/index.html\ntiny.txt\n../outside.html\nmissing/index.html\nindex.html\n');
    await written(join(dist, 'index.html.gz'));
    // "stop", then a page it must leave alone
    input.write('\n404.html\n');
    const done = await following;
    expect(done).toEqual(['documents/a/index.html', 'index.html']);
    const original = readFileSync(join(dist, 'documents', 'a', 'index.html'));
    expect(brotliDecompressSync(readFileSync(join(dist, 'documents', 'a', 'index.html.br')))).toEqual(original);
    expect(gunzipSync(readFileSync(join(dist, 'documents', 'a', 'index.html.gz')))).toEqual(original);
    // after "stop": left for the page lane's pass
    expect(existsSync(join(dist, '404.html.br'))).toBe(false);
    expect(existsSync(join(dist, 'tiny.txt.br'))).toBe(false);
  });

  it('the end of its input stops it too, with what it finished', async () => {
    const dist = fakeDist();
    const input = new PassThrough();
    const following = followPages(dist, input);
    input.write('index.html\n');
    await written(join(dist, 'index.html.gz'));
    input.end();
    expect(await following).toEqual(['index.html']);
  });

  it("the page lane's pass keeps the copies made during astro build and does the rest", async () => {
    const dist = fakeDist();
    writeFileSync(join(dist, 'index.html.br'), 'made during astro build');
    writeFileSync(join(dist, 'index.html.gz'), 'made during astro build');
    writeFileSync(join(dist, '404.html.br'), 'stale, from an earlier build');
    const stats = await compressDist({ distDir: dist, done: new Set(['index.html']) });
    expect(stats.files).toBe(3);
    expect(readFileSync(join(dist, 'index.html.br'), 'utf8')).toBe('made during astro build');
    expect(brotliDecompressSync(readFileSync(join(dist, '404.html.br')))).toEqual(readFileSync(join(dist, '404.html')));
    expect(existsSync(join(dist, 'documents', 'a', 'index.html.gz'))).toBe(true);
  });

  it('uses the slowest brotli level only for the shared assets', () => {
    expect(brotliQuality('_astro/site.abc.js')).toBe(11);
    expect(brotliQuality('pagefind/pagefind.js')).toBe(11);
    expect(brotliQuality('documents/a/index.html')).toBe(5);
  });
});

describe('nginx config (scripts/nginx-conf.mjs)', () => {
  it('repeats every header of _headers in every location, next to its Cache-Control', () => {
    const dist = fakeDist();
    const conf = renderServerBlock({ root: dist, base: '/zcbq/', port: 8080, listen: '127.0.0.1' });
    const locations = conf.split(/\n\s*location /).slice(1).filter((l) => l.includes('Cache-Control'));
    expect(locations.length).toBe(3);
    for (const l of locations) {
      expect(l).toContain(`add_header Content-Security-Policy "default-src 'self'; frame-ancestors 'none'" always;`);
      expect(l).toContain('add_header X-Frame-Options "DENY" always;');
    }
    expect(conf).toContain('listen 127.0.0.1:8080;');
    expect(conf).toContain('error_page 404 /zcbq/404.html;');
    expect(conf).toContain('brotli_static on;');
    expect(renderServerBlock({ root: dist, brotli: false })).not.toContain('brotli_static');
  });

  it('refuses a folder without _headers (not a finished build)', () => {
    const empty = mkdtempSync(join(tmpdir(), 'deploy-empty-'));
    dirs.push(empty);
    expect(() => renderServerBlock({ root: empty })).toThrow(/_headers/);
  });

  it('reads the /* rule of a _headers file and lists the types of the test server', () => {
    expect(parseHeadersFile('# c\n/*\n  A: 1\n  B: x: y\n/other\n  C: 3\n')).toEqual({ A: '1', B: 'x: y' });
    const { types, charsetTypes } = nginxTypes();
    expect(types).toContain('text/html html;');
    expect(types.some((t) => t.startsWith('application/wasm '))).toBe(true);
    expect(charsetTypes).toContain('text/css');
    expect(charsetTypes).not.toContain('text/html');
  });
});

describe('sitemap and robots (scripts/sitemap.mjs)', () => {
  it('lists the canonical URL of every page but the 404, and robots.txt names the sitemap', () => {
    const dist = fakeDist();
    expect(writeSitemap({ distDir: dist })).toBe(true);
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://example.org/zcbq/', 'https://example.org/zcbq/documents/a/']);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/zcbq/sitemap.xml');
  });

  it('finds a canonical link whatever the attribute order', () => {
    expect(canonicalOf('<link href="https://x.org/a/" rel="canonical">')).toBe('https://x.org/a/');
    expect(canonicalOf('<link rel="stylesheet" href="/a.css">')).toBeNull();
  });
});
