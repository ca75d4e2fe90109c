/**
 * The ONE source of the site's security headers: astro.config.mjs takes the CSP settings from
 * here (Astro writes script-src/style-src with the hashes of every inline script and style into
 * each page's <meta http-equiv="content-security-policy">), scripts/write-headers.mjs turns the
 * built pages' policies into dist/_headers, and a web-server config (nginx) can reuse
 * `securityHeaders()` / `renderNginx()` so every host sends the same set.
 *
 * Why each source is allowed — nothing else is:
 * - default-src 'self': the site loads nothing from any other host (no fonts, CDNs, analytics).
 * - script-src 'self' + hashes: only our bundled /_astro/*.js and the exact inline scripts Astro
 *   emits for islands (hashed at build time); never 'unsafe-inline'.
 * - 'wasm-unsafe-eval': Pagefind compiles its search index reader from WebAssembly
 *   (WebAssembly.instantiate), which CSP treats as eval; it does not allow JS eval().
 * - style-src 'self' + hashes: the one stylesheet and Astro's island <style>; no style="".
 * - object-src 'none', base-uri 'self', form-action 'self': close plugin, <base> and form
 *   hijacking, which default-src does not cover.
 * - frame-ancestors 'none' (header only — browsers ignore it in <meta> and log an error):
 *   no other site may frame these pages (clickjacking); X-Frame-Options for old browsers.
 */
import { createHash } from 'node:crypto';

/** Directives Astro writes into every page's <meta> CSP, besides script-src/style-src. */
export const META_CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"];

/** Directives that only work as an HTTP header (ignored, with a console error, in <meta>). */
export const HEADER_ONLY_CSP_DIRECTIVES = ["frame-ancestors 'none'"];

/** script-src sources; Astro appends the sha256 hashes of inline scripts. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** style-src sources; Astro appends the sha256 hashes of inline styles. */
export const STYLE_SOURCES = ["'self'"];

/** Security headers other than the CSP, sent with every response. */
export const OTHER_SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Features the site never uses, switched off so an injected script could not use them either.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The `security.csp` value for astro.config.mjs.
 * Why Astro's built-in CSP: it hashes the island bootstrap (<astro-island> definition), the
 * client:* directive scripts and its island <style>, so islands hydrate without 'unsafe-inline'.
 */
export function astroCspConfig() {
  return {
    algorithm: /** @type {const} */ ('SHA-256'),
    directives: [...META_CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/**
 * The content of the page's <meta http-equiv="content-security-policy">, or null.
 * @param {string} html
 */
export function metaPolicyOf(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
    if (content) return (content[1] ?? content[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return null;
}

/**
 * Parse a policy into directive name → sources (order kept, duplicates dropped).
 * @param {string} policy
 * @returns {Map<string, string[]>}
 */
export function parsePolicy(policy) {
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    directives.set(key, [...new Set([...(directives.get(key) ?? []), ...sources])]);
  }
  return directives;
}

/**
 * @param {Map<string, string[]>} directives
 * @returns {string}
 */
export function formatPolicy(directives) {
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The HTTP-header policy for a site: the union of the pages' <meta> policies (one header rule
 * then covers every page and Pagefind's worker, which <meta> cannot reach) plus the header-only
 * directives. Each page stays limited by its own <meta> as well: browsers enforce both.
 * @param {string[]} metaPolicies
 */
export function headerPolicy(metaPolicies) {
  /** @type {Map<string, string[]>} */
  const merged = new Map();
  for (const policy of [...metaPolicies, ...HEADER_ONLY_CSP_DIRECTIVES]) {
    for (const [name, sources] of parsePolicy(policy)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  return formatPolicy(merged);
}

/**
 * Every header for every response, the CSP first.
 * @param {string} csp the header policy (see headerPolicy)
 * @returns {Record<string, string>}
 */
export function securityHeaders(csp) {
  return { 'Content-Security-Policy': csp, ...OTHER_SECURITY_HEADERS };
}

/**
 * A Netlify/Cloudflare Pages `_headers` file applying the headers to every path.
 * @param {Record<string, string>} headers
 */
export function renderHeadersFile(headers) {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `# Generated by scripts/write-headers.mjs from scripts/lib/headers.mjs — do not edit.\n/*\n${lines.join('\n')}\n`;
}

/**
 * The same headers as nginx `add_header` lines (for a server block or location).
 * @param {Record<string, string>} headers
 */
export function renderNginx(headers) {
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
    .join('\n');
}

/**
 * The inline scripts of a page (<script> without src, any type that runs as JS) and inline
 * <style> elements, with the CSP hash of each.
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }} 'sha256-…' tokens
 */
export function inlineHashes(html) {
  const hash = (/** @type {string} */ text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const scripts = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
    scripts.push(hash(match[2] ?? ''));
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => hash(match[1] ?? ''));
  return { scripts, styles };
}
