#!/usr/bin/env node
/**
 * Post-build step: <dist>/sitemap.xml and <dist>/robots.txt.
 *
 * The sitemap lists the `<link rel="canonical">` of every built page (Base.astro writes it from
 * SITE_URL + base), so it needs no second idea of the site's address and no route list: whatever
 * Astro built is in it. Pages without a canonical (404) are left out. robots.txt allows everything
 * and names the sitemap. On a sub-path host (BASE_PATH=/zcbq/) crawlers only read robots.txt at
 * the domain root: copy it there, or add its Sitemap line to the root's robots.txt.
 *
 * CLI: node scripts/sitemap.mjs [distDir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listHtmlFiles } from './check-links.mjs';

/** The href of the page's <link rel="canonical">, or null. */
export function canonicalOf(html) {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?canonical\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*"([^"]*)"|\bhref\s*=\s*'([^']*)'/i.exec(tag);
    if (href) return (href[1] ?? href[2] ?? '').replace(/&amp;/g, '&');
  }
  return null;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The sitemap one page at a time (scripts/postbuild.mjs reads each page once for its checks),
 * then finish() writes sitemap.xml and robots.txt; false (with a message) when the home page has
 * no canonical.
 * @param {string} distDir
 */
export function sitemapWriter(distDir) {
  /** @type {string[]} */
  const urls = [];
  /** @type {string | null} */
  let home = null;
  return {
    /** @param {string} file path below dist, with forward slashes @param {string} html */
    page(file, html) {
      const canonical = canonicalOf(html);
      if (canonical) urls.push(canonical);
      if (file === 'index.html') home = canonical;
    },
    finish() {
      if (!home) {
        console.error('首页没有 <link rel="canonical">（src/layouts/Base.astro 需要 astro.config.mjs 的 site / SITE_URL）');
        return false;
      }
      urls.sort();
      const body = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n');
      writeFileSync(path.join(distDir, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`);
      writeFileSync(path.join(distDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', home).href}\n`);
      console.log(`sitemap.xml：${urls.length} 个网址（${home}）`);
      return true;
    },
  };
}

/**
 * Writes sitemap.xml and robots.txt; false (with a message) when the home page has no canonical.
 * @param {{ distDir?: string }} [options]
 */
export function writeSitemap({ distDir = 'dist' } = {}) {
  const writer = sitemapWriter(distDir);
  for (const file of listHtmlFiles(distDir)) writer.page(file, readFileSync(path.join(distDir, file), 'utf8'));
  return writer.finish();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = writeSitemap({ distDir: process.argv[2] ?? process.env.DIST_DIR ?? 'dist' }) ? 0 : 1;
}
