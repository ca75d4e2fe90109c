/**
 * Writes dist/sw.js: the offline service worker. Two modes, chosen by the size of the site:
 * - "full" (the site fits the budget, PRECACHE_BUDGET_BYTES): every file of the finished site is
 *   precached (pages, CSS/JS, the Pagefind index, calculators, manifest, icons, .ics/.txt);
 * - "shell" (above the budget, e.g. 1 000 documents = 370 MB): only what makes the site usable
 *   offline is precached — CSS/JS, icons and manifest, the home page, the list pages, the
 *   calculators, lessons, the search page with Pagefind's core files, the offline page — and every
 *   other page or index chunk is cached when it is first visited (runtime cache), so a reader's
 *   phone never downloads hundreds of megabytes on the first visit.
 * Runs as a postbuild step AFTER the search index is in dist/pagefind/ (so the index is included).
 *
 * Why generated here and not with workbox/@vite-pwa: the list must include files Pagefind writes
 * after `astro build`, the worker is ~60 lines, and the site takes no runtime dependencies.
 *
 * Strategies (see the worker source below):
 * - HTML: network first (with a timeout, for weak village signal), falling back to the cache,
 *   then to the offline page — so a connected reader always sees the newest text;
 * - content-hashed files (/_astro/*, Pagefind fragments and index chunks): cache first;
 * - everything else (pagefind.js, manifest, icons, .ics): network first, cache fallback.
 * The cache name carries a hash of every file's path and contents, so each build installs a
 * fresh cache and the old one is deleted on activation.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalizeBase } from './lib/base.mjs';

/** Files never precached: host config, pre-compressed twins, source maps, the worker itself. */
const SKIP = [/^_headers$/, /^_redirects$/, /\.(br|gz|map)$/, /^sw\.js$/];

/** Above this many bytes (uncompressed) the worker precaches the shell only ("shell" mode). */
export const PRECACHE_BUDGET_BYTES = 25 * 1024 * 1024;

/**
 * The shell precached in "shell" mode: files at the root (manifest, favicon, 404; not the
 * sitemap, which grows with the site and is for crawlers), CSS/JS and
 * icons, the home page, list pages, calculators, lessons, search with Pagefind's core files
 * (entry, JS, wasm, metadata, filters, synonyms — not the index chunks and fragments, which are
 * fetched per query and cached then), the offline page.
 */
const SHELL = [
  /^(?!sitemap\.xml$)[^/]+$/,
  /^(_astro|icons)\//,
  /^(documents|glossary|topics|departments|timeline|external|calculators|lessons|search|offline|about)\/index\.html$/,
  /^(calculators|lessons)\//,
  // Also each shard's core files (pagefind/shard-2/…), never a shard's chunks.
  /^pagefind\/(?:shard-\d+\/)?(?!(?:index|fragment|shard-\d+)\/)/,
];

/**
 * The base the build used, read from the built home page's manifest or favicon link (so the
 * worker matches the HTML even if BASE_PATH is not set for the postbuild step); env as fallback.
 * @param {string} distDir
 */
export function detectBase(distDir) {
  const home = path.join(distDir, 'index.html');
  if (existsSync(home)) {
    const html = readFileSync(home, 'utf8');
    const m = /<link[^>]+href="([^"]*?)(?:manifest\.webmanifest|favicon\.svg)"/.exec(html);
    if (m) return normalizeBase(m[1]);
  }
  return normalizeBase(process.env.BASE_PATH);
}

/**
 * Every file below dir as a "/"-separated relative path, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ rel) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/**
 * The URL a static host serves a file at: ".../index.html" → the directory URL.
 * @param {string} file relative path, "/"-separated
 * @param {string} base normalised base
 */
export function fileToUrl(file, base) {
  const dirPage = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : null;
  const rel = dirPage ?? file;
  return base + rel.split('/').map(encodeURIComponent).join('/');
}

/**
 * The precache list, the mode and the version hash of a built site. The version covers every
 * file (not only the precached ones), so a new build also drops pages cached at run time.
 * @param {string} distDir
 * @param {string} base
 * @param {{ budgetBytes?: number }} [options]
 * @returns {{ urls: string[], version: string, mode: 'full' | 'shell', bytes: number, totalBytes: number }}
 */
export function precacheManifest(distDir, base, { budgetBytes = PRECACHE_BUDGET_BYTES } = {}) {
  const files = listFiles(distDir).filter((f) => !SKIP.some((re) => re.test(f)));
  const hash = createHash('sha256');
  const sizes = new Map();
  for (const f of files) {
    const bytes = readFileSync(path.join(distDir, f));
    sizes.set(f, bytes.length);
    hash.update(`${f}\0${createHash('sha256').update(bytes).digest('hex')}\n`);
  }
  const totalBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const mode = totalBytes <= budgetBytes ? 'full' : 'shell';
  const chosen = mode === 'full' ? files : files.filter((f) => SHELL.some((re) => re.test(f)));
  const bytes = chosen.reduce((a, f) => a + sizes.get(f), 0);
  return { urls: chosen.map((f) => fileToUrl(f, base)), version: hash.digest('hex').slice(0, 16), mode, bytes, totalBytes };
}

/**
 * Source of the service worker.
 * @param {{ version: string, base: string, urls: string[], mode?: 'full' | 'shell' }} options
 */
export function serviceWorkerSource({ version, base, urls, mode = 'full' }) {
  return `/* 搬迁政策通 offline service worker — generated by scripts/build-sw.mjs; do not edit. */
const CACHE = ${JSON.stringify(`bqzct-${version}`)};
const BASE = ${JSON.stringify(base)};
// "full": PRECACHE is the whole site; "shell": the shell only, other files are cached when visited.
const MODE = ${JSON.stringify(mode)};
const OFFLINE_PAGE = BASE + 'offline/';
const NETWORK_TIMEOUT_MS = 4000;
const HASHED = /\\/(?:_astro\\/|pagefind\\/(?:shard-\\d+\\/)?(?:fragment|index)\\/)/;
const PRECACHE = ${JSON.stringify(urls)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('bqzct-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
}

function networkFirst(request, isPage) {
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS, null));
  const fallback = () => fromCache(request).then((hit) => hit || (isPage ? fromCache(OFFLINE_PAGE) : undefined))
    .then((hit) => hit || network);
  return Promise.race([network.catch(() => null), timeout])
    .then((response) => response || fallback())
    .catch(() => fallback());
}

function cacheFirst(request) {
  return fromCache(request).then((hit) => hit || fetch(request).then((response) => {
    // Runtime cache: in "shell" mode index chunks and fragments arrive here on first use.
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const isPage = request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html');
  if (isPage) event.respondWith(networkFirst(request, true));
  else if (HASHED.test(url.pathname)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, false));
});
`;
}

/**
 * Postbuild step: write distDir/sw.js. Fails when the offline page or the search index is
 * missing, since the worker would then promise offline use it cannot give.
 * @param {{ distDir: string, budgetBytes?: number }} options
 * @returns {boolean}
 */
export function buildServiceWorker({ distDir, budgetBytes = PRECACHE_BUDGET_BYTES }) {
  const base = detectBase(distDir);
  const { urls, version, mode, bytes, totalBytes } = precacheManifest(distDir, base, { budgetBytes });
  const required = [`${base}offline/`, `${base}manifest.webmanifest`];
  const missing = required.filter((u) => !urls.includes(u));
  if (missing.length) {
    console.error(`  缺少离线必需的文件：${missing.join('、')}`);
    return false;
  }
  if (!urls.some((u) => u.startsWith(`${base}pagefind/`))) console.warn('  注意：没有找到 pagefind/ 搜索索引，离线时不能搜索');
  writeFileSync(path.join(distDir, 'sw.js'), serviceWorkerSource({ version, base, urls, mode }));
  const mb = (n) => `${(n / 1024 ** 2).toFixed(1)} MB`;
  const why = mode === 'full'
    ? `全站预缓存（${mb(totalBytes)} ≤ 预算 ${mb(budgetBytes)}）`
    : `只预缓存外壳（全站 ${mb(totalBytes)} > 预算 ${mb(budgetBytes)}；其他页面访问时缓存）`;
  console.log(`  sw.js：模式 ${mode}，${why}：${urls.length} 个文件 ${mb(bytes)}，缓存版本 bqzct-${version}，base ${base}`);
  return true;
}
