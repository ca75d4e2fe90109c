/**
 * The deployment recipe works: Debian's nginx, configured by scripts/nginx-conf.mjs, serves a
 * build made with BASE_PATH=/zcbq/ on 127.0.0.1 with the right status codes, types, compression,
 * cache and security headers. One private build (scripts/lib/private-build.mjs) for the file.
 * Skipped when nginx is not installed (.ci/run installs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../../scripts/lib/private-build.mjs';
import { parseHeadersFile, renderStandaloneConfig } from '../../scripts/nginx-conf.mjs';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const SITE_URL = 'https://zcbq.example.org';
const hasBrotli = existsSync(BROTLI_MODULE);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

describe.skipIf(!existsSync(NGINX))('nginx serves the built site under /zcbq/', () => {
  let root = '';
  let dist = '';
  let origin = '';
  let nginx: ChildProcess | undefined;
  const get = (path: string, encoding?: string) => fetch(`${origin}${path}`, { headers: encoding ? { 'Accept-Encoding': encoding } : { 'Accept-Encoding': 'identity' }, redirect: 'manual' });

  beforeAll(async () => {
    root = copyProject({ prefix: 'deploy-nginx-' });
    // mkdtemp makes the folder private; nginx's workers (user nobody when started as root) must read dist.
    chmodSync(root, 0o755);
    ({ dist } = await buildCopy(root, { BASE_PATH: '/zcbq/', SITE_URL }));
    const prefix = join(root, 'nginx');
    mkdirSync(prefix);
    const port = await freePort();
    writeFileSync(join(prefix, 'nginx.conf'), renderStandaloneConfig({ prefix, root: dist, base: '/zcbq/', port, listen: '127.0.0.1', brotli: hasBrotli }));
    nginx = spawn(NGINX, ['-c', join(prefix, 'nginx.conf'), '-p', prefix, '-e', join(prefix, 'error.log')], { stdio: 'inherit' });
    origin = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${origin}/zcbq/`).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx 没有在 ${origin} 启动（见 ${prefix}/error.log）`);
  }, 600_000);

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once('exit', r));
      nginx.kill('SIGQUIT');
      await exited;
    }
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('pages under the base answer 200 as UTF-8 HTML, and the base without its slash redirects', async () => {
    for (const path of ['/zcbq/', '/zcbq/documents/', '/zcbq/documents/guangxi-houxu-fuchi/', '/zcbq/search/']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
    }
    const res = await get('/zcbq');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toMatch(/\/zcbq\/$/);
  });

  it('a missing path answers 404 with the site\'s own 404 page, inside and outside the base', async () => {
    const page = readFileSync(join(dist, '404.html'), 'utf8');
    for (const path of ['/zcbq/no-such-page/', '/zcbq/documents/no-such-doc/', '/elsewhere/']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect((await res.text()) === page, `${path} body is dist/404.html`).toBe(true);
    }
  });

  it.skipIf(!hasBrotli)('sends the precompressed .br file to a browser that accepts brotli, identical to the page once decoded', async () => {
    const res = await get('/zcbq/documents/', 'br, gzip');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const raw = readFileSync(join(dist, 'documents', 'index.html'));
    expect(Number(res.headers.get('content-length'))).toBe(readFileSync(join(dist, 'documents', 'index.html.br')).length);
    expect(brotliDecompressSync(readFileSync(join(dist, 'documents', 'index.html.br'))).equals(raw)).toBe(true);
    expect(Buffer.from(await res.arrayBuffer()).equals(raw)).toBe(true);
  });

  it('sends the .gz file to a gzip-only client and the plain file to a client that accepts neither', async () => {
    const gz = await get('/zcbq/documents/', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(Number(gz.headers.get('content-length'))).toBe(readFileSync(join(dist, 'documents', 'index.html.gz')).length);
    expect(gunzipSync(readFileSync(join(dist, 'documents', 'index.html.gz'))).equals(readFileSync(join(dist, 'documents', 'index.html')))).toBe(true);
    const plain = await get('/zcbq/documents/');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()) === readFileSync(join(dist, 'documents', 'index.html'), 'utf8')).toBe(true);
  });

  it('hashed assets are cached for a year as immutable, HTML and pagefind.js must be revalidated', async () => {
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    expect((await get(`/zcbq/_astro/${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const fragment = readdirSync(join(dist, 'pagefind', 'fragment'))[0]!;
    expect((await get(`/zcbq/pagefind/fragment/${fragment}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/zcbq/', '/zcbq/documents/', '/zcbq/pagefind/pagefind.js', '/zcbq/sitemap.xml']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('every response carries the CSP and security headers of dist/_headers, unchanged', async () => {
    const expected = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    expect(Object.keys(expected)).toContain('Content-Security-Policy');
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
    for (const path of ['/zcbq/', `/zcbq/_astro/${asset}`, '/zcbq/no-such-page/', '/zcbq/pagefind/pagefind.js']) {
      const res = await get(path);
      for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it('files get their proper Content-Type, and the _headers host file is not served', async () => {
    const asset = (ext: string) => readdirSync(join(dist, '_astro')).find((f) => f.endsWith(ext))!;
    const expectations: [string, string][] = [
      [`/zcbq/_astro/${asset('.css')}`, 'text/css; charset=utf-8'],
      [`/zcbq/_astro/${asset('.js')}`, 'text/javascript; charset=utf-8'],
      ['/zcbq/favicon.svg', 'image/svg+xml'],
      ['/zcbq/sitemap.xml', 'application/xml; charset=utf-8'],
      ['/zcbq/robots.txt', 'text/plain; charset=utf-8'],
      ['/zcbq/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ];
    for (const [path, type] of expectations) expect((await get(path)).headers.get('content-type'), path).toBe(type);
    expect((await get('/zcbq/_headers')).status).toBe(404);
  });

  it('sitemap.xml, robots.txt and canonical links use SITE_URL and the base', async () => {
    const sitemap = await (await get('/zcbq/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${SITE_URL}/zcbq/documents/guangxi-houxu-fuchi/</loc>`);
    expect(sitemap).not.toContain('404');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((u) => u.startsWith(`${SITE_URL}/zcbq/`))).toBe(true);
    expect(await (await get('/zcbq/robots.txt')).text()).toContain(`Sitemap: ${SITE_URL}/zcbq/sitemap.xml`);
    const page = await (await get('/zcbq/documents/guangxi-houxu-fuchi/')).text();
    expect(/<link rel="canonical" href="([^"]*)"/.exec(page)?.[1]).toBe(`${SITE_URL}/zcbq/documents/guangxi-houxu-fuchi/`);
  });
});
