#!/usr/bin/env node
/**
 * A tiny static server for the built site, for tests, screenshots and local checks.
 *
 * Why not `astro preview`: tests need a server they can start in-process on a random port,
 * under any sub-path base, answering exactly like a plain static host (directory → index.html,
 * unknown path → dist/404.html with status 404) and optionally with the production CSP from
 * dist/_headers. It binds only to 127.0.0.1 and has no dependencies.
 *
 * CLI:  node scripts/serve.mjs [--port 0] [--root dist] [--base /zcbq/] [--csp]
 *       (env: PORT, BASE_PATH; port 0 picks a free port; the URL is printed)
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeBase } from './lib/base.mjs';

const HOST = '127.0.0.1';

/** Content-Type by lower-case extension; anything unknown is served as octet-stream. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Files that configure a static host and are never served by one. */
const HOST_CONFIG_FILES = new Set(['/_headers', '/_redirects']);


/**
 * @param {string} filePath
 * @returns {string}
 */
export function contentTypeFor(filePath) {
  const ext = path.extname(filePath).toLowerCase();
  return /** @type {Record<string, string>} */ (CONTENT_TYPES)[ext] ?? 'application/octet-stream';
}

/**
 * Read the Content-Security-Policy rules from a Netlify/Cloudflare-style `_headers` file:
 * an unindented URL pattern (`/*`, `/search/*`) followed by indented `Name: value` lines.
 * Patterns are matched against the path below the base.
 * @param {string} text
 * @returns {{ pattern: RegExp, csp: string }[]}
 */
export function parseCspRules(text) {
  /** @type {{ pattern: RegExp, csp: string }[]} */
  const rules = [];
  /** @type {RegExp | null} */
  let pattern = null;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      pattern = new RegExp(`^${glob}$`);
      continue;
    }
    const match = /^\s+content-security-policy\s*:\s*(.+)$/i.exec(line);
    if (match?.[1] && pattern) rules.push({ pattern, csp: match[1].trim() });
  }
  return rules;
}

/**
 * Map a request path to a file below root, or a redirect/404 decision.
 * @param {string} root absolute dist directory
 * @param {string} base normalised base
 * @param {string} pathname raw (still percent-encoded) URL path
 * @returns {Promise<{ file: string } | { redirect: string } | { notFound: true } | { badRequest: true }>}
 */
async function resolveRequest(root, base, pathname) {
  if (`${pathname}/` === base) return { redirect: base };
  if (!pathname.startsWith(base)) return { notFound: true };
  let sitePath;
  try {
    sitePath = `/${decodeURIComponent(pathname.slice(base.length))}`;
  } catch {
    return { badRequest: true };
  }
  if (sitePath.includes('\0')) return { badRequest: true };
  if (HOST_CONFIG_FILES.has(sitePath)) return { notFound: true };
  const file = path.join(root, sitePath);
  if (file !== root && !file.startsWith(root + path.sep)) return { notFound: true };
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = path.join(file, 'index.html');
    return existsSync(index) ? { file: index } : { notFound: true };
  }
  return info?.isFile() ? { file } : { notFound: true };
}

/**
 * Start serving a built site on 127.0.0.1.
 * @param {{ root?: string, base?: string, port?: number, csp?: boolean }} [options]
 *   root: directory to serve (default "dist"); base: URL sub-path (default BASE_PATH or "/");
 *   port: 0 for a free port; csp: send the Content-Security-Policy from root/_headers.
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 *   url is the site root including the base, e.g. "http://127.0.0.1:41234/zcbq/".
 */
export async function startServer({ root = 'dist', base = process.env.BASE_PATH, port = 0, csp = false } = {}) {
  const rootDir = path.resolve(root);
  if (!existsSync(rootDir)) throw new Error(`没有找到 ${root}/ — 请先运行 npm run build`);
  const basePath = normalizeBase(base);
  const headersFile = path.join(rootDir, '_headers');
  const cspRules = csp && existsSync(headersFile) ? parseCspRules(readFileSync(headersFile, 'utf8')) : [];
  const notFoundPage = path.join(rootDir, '404.html');

  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = (req.url ?? '/').split(/[?#]/)[0] || '/';
    const decision = await resolveRequest(rootDir, basePath, pathname).catch(() => null);
    if (!decision) {
      res.writeHead(500).end();
      return;
    }
    if ('redirect' in decision) {
      res.writeHead(301, { Location: decision.redirect }).end();
      return;
    }
    if ('badRequest' in decision) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    const status = 'file' in decision ? 200 : 404;
    const file = 'file' in decision ? decision.file : existsSync(notFoundPage) ? notFoundPage : null;
    /** @type {Record<string, string | number>} */
    const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    const sitePath = pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
    const cspRule = cspRules.find((rule) => rule.pattern.test(sitePath));
    if (cspRule) headers['Content-Security-Policy'] = cspRule.csp;
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const size = (await stat(file).catch(() => null))?.size;
    if (size === undefined) {
      res.writeHead(500).end();
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Type': contentTypeFor(file), 'Content-Length': size });
    if (method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${HOST}:${actualPort}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '0' },
      root: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      csp: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`端口无效：${values.port}`);
  const server = await startServer({ root: values.root, base: values.base, port, csp: values.csp });
  console.log(`Serving ${values.root}/ at ${server.url}${values.csp ? ' (with CSP from _headers)' : ''}`);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => server.close().then(() => process.exit(0)));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
