/**
 * What a built page holds in JavaScript, read from its HTML, for `npm run bench`:
 * - inline scripts (they run on load, with every visit's HTML, uncached) — counted as the page's own;
 * - the site shell's lazy parts: <template data-lazy="name"><script src></template>, which load
 *   only on first use (src/islands/shell/lazy.ts) and are reported apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip level 9 size of a string or buffer, as everywhere in the bench. */
export const gzipSize = (/** @type {string | Buffer} */ data) => gzipSync(data, { level: 9 }).length;

/** The HTML without <template> contents (scripts in a template neither load nor run). */
export const withoutTemplates = (/** @type {string} */ html) => html.replace(/<template\b[\s\S]*?<\/template>/gi, '');

/**
 * Code of the inline scripts a page runs (not JSON, not inside a template).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScripts(html) {
  const out = [];
  for (const match of withoutTemplates(html).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (/\bsrc\s*=/i.test(attributes) || (type && !['module', 'text/javascript', 'application/javascript'].includes(type))) continue;
    if (match[2]?.trim()) out.push(match[2]);
  }
  return out;
}

/**
 * Lazy parts of the page: name → site-absolute URL of the part's script.
 * @param {string} html
 * @returns {Map<string, string>}
 */
export function lazyParts(html) {
  const parts = new Map();
  for (const match of html.matchAll(/<template\b[^>]*data-lazy="([^"]+)"[^>]*>\s*<script\b[^>]*\bsrc="([^"]+)"/gi)) parts.set(match[1], match[2]);
  return parts;
}

/**
 * A script and every chunk it imports statically (`import … from "./x.js"`), as site-absolute
 * URLs; what loading it costs at most (chunks shared with the page may already be cached).
 * @param {string} root dist directory
 * @param {string} base the build's base path ("/" or "/sub/")
 * @param {string} url site-absolute URL of the script
 * @returns {string[]}
 */
export function staticImports(root, base, url) {
  const seen = new Set();
  const queue = [url];
  while (queue.length > 0) {
    const next = /** @type {string} */ (queue.pop());
    const file = path.join(root, next.slice(base.length));
    if (seen.has(next) || !existsSync(file)) continue;
    seen.add(next);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) queue.push(path.posix.join(path.posix.dirname(next), m[1]));
  }
  return [...seen];
}
