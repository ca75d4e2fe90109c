#!/usr/bin/env node
/**
 * Post-build check: every internal link and asset reference in dist/ resolves to a file, and
 * every #fragment to an element id in the target page. Links to other hosts are not fetched
 * (the build machine may be offline) but listed in reports/external-links.txt.
 *
 * Works for a sub-path build: run with the same BASE_PATH (and SITE_URL) as `astro build`.
 * CLI: node scripts/check-links.mjs [distDir]    exit 1 and a list of problems on failure.
 *
 * Each rule is one small exported function returning a Chinese message or null.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from './lib/base.mjs';

/** Attributes that reference another resource. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'action', 'xlink:href']);

/** Schemes that never point into dist/. */
const IGNORED_SCHEME = /^(mailto|tel|sms|javascript|data|blob|about):/i;

const NAMED_ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' });

/**
 * Decode the character references that can appear in an attribute value.
 * @param {string} value
 */
export function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Every start tag in the HTML with its attributes. Comments are skipped and the contents of
 * <script>, <style>, <textarea> and <title> are not scanned (they are text, not markup).
 * @param {string} html
 * @returns {{ tag: string, attributes: Map<string, string> }[]}
 */
export function scanTags(html) {
  const tags = [];
  const tagStart = /<!--[\s\S]*?(?:-->|$)|<([a-zA-Z][^\s/>]*)/g;
  const attribute = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/?\s*>|\s*\//y;
  const lowerHtml = html.toLowerCase();
  let match;
  while ((match = tagStart.exec(html))) {
    if (!match[1]) continue;
    const tag = match[1].toLowerCase();
    const attributes = new Map();
    attribute.lastIndex = tagStart.lastIndex;
    let part;
    while ((part = attribute.exec(html))) {
      if (part[0].trimEnd().endsWith('>') && !part[1]) break;
      if (part[1]) {
        const name = part[1].toLowerCase();
        if (!attributes.has(name)) attributes.set(name, decodeEntities(part[2] ?? part[3] ?? part[4] ?? ''));
      }
    }
    tagStart.lastIndex = attribute.lastIndex || tagStart.lastIndex;
    tags.push({ tag, attributes });
    if (['script', 'style', 'textarea', 'title'].includes(tag)) {
      const end = lowerHtml.indexOf(`</${tag}`, tagStart.lastIndex);
      tagStart.lastIndex = end === -1 ? html.length : end;
    }
  }
  return tags;
}

/**
 * The URL references and the fragment targets of a page from ONE scan of its tags (the link
 * check reads each of thousands of pages once; see extractLinks and extractIds).
 * @param {string} html
 * @param {{ tag: string, attributes: Map<string, string> }[]} [tags] its scanTags, when the caller has them
 * @returns {{ links: string[], ids: Set<string> }}
 */
export function scanPage(html, tags = scanTags(html)) {
  return { links: linksOf(tags), ids: idsOf(tags) };
}

/**
 * The URL references of a page, as written (entities decoded), with srcset split.
 * @param {string} html
 * @returns {string[]}
 */
export function extractLinks(html) {
  return linksOf(scanTags(html));
}

/** @param {{ tag: string, attributes: Map<string, string> }[]} tags */
function linksOf(tags) {
  const links = [];
  for (const { attributes } of tags) {
    for (const [name, value] of attributes) {
      if (!URL_ATTRIBUTES.has(name)) continue;
      if (name === 'srcset') {
        for (const candidate of value.split(/,\s+/)) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push(url);
        }
      } else {
        links.push(value.trim());
      }
    }
  }
  return links;
}

/**
 * The fragment targets of a page: every id, plus <a name> (both are valid URL fragments).
 * @param {string} html
 * @returns {Set<string>}
 */
export function extractIds(html) {
  return idsOf(scanTags(html));
}

/** @param {{ tag: string, attributes: Map<string, string> }[]} tags */
function idsOf(tags) {
  const ids = new Set();
  for (const { tag, attributes } of tags) {
    const id = attributes.get('id');
    if (id) ids.add(id);
    const name = attributes.get('name');
    if (tag === 'a' && name) ids.add(name);
  }
  return ids;
}

/**
 * The URL path a built file is served at, e.g. "documents/x/index.html" → "/zcbq/documents/x/".
 * @param {string} relFile path below dist, with forward slashes
 * @param {string} base normalised base
 */
export function pageUrlPath(relFile, base) {
  const urlPath = relFile === 'index.html' ? '' : relFile.replace(/(^|\/)index\.html$/, '$1');
  return `${base}${urlPath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * @typedef {{ kind: 'skip' } | { kind: 'external', url: string }
 *   | { kind: 'internal', pathname: string, fragment: string | null, relative: boolean }} LinkTarget
 */

/**
 * Decide what a reference points at, resolved against the page it appears on.
 * `pathname` is the decoded URL path on this site (still including the base).
 * @param {string} href as written in the page
 * @param {{ pageUrlPath: string, siteOrigin: string }} context
 * @returns {LinkTarget}
 */
export function classifyLink(href, { pageUrlPath, siteOrigin }) {
  if (href === '' || IGNORED_SCHEME.test(href)) return { kind: 'skip' };
  let url;
  try {
    url = new URL(href, `${siteOrigin}${pageUrlPath}`);
  } catch {
    return { kind: 'internal', pathname: href, fragment: null, relative: false };
  }
  if (!/^https?:$/.test(url.protocol)) return { kind: 'external', url: href };
  if (url.origin !== new URL(siteOrigin).origin) return { kind: 'external', url: url.href };
  let pathname = url.pathname;
  let fragment = url.hash ? url.hash.slice(1) : null;
  try {
    pathname = decodeURIComponent(pathname);
    fragment = fragment === null ? null : decodeURIComponent(fragment);
  } catch {
    // keep the raw form; the file check will report it
  }
  const relative = !/^([a-z][a-z\d+.-]*:|\/|#|\?)/i.test(href);
  return { kind: 'internal', pathname, fragment, relative };
}

/**
 * Rule: an internal link must stay under the base (a root-relative "/documents/" in a build
 * for /zcbq/ leaves the site).
 * @param {string} pathname
 * @param {string} base
 */
export function checkUnderBase(pathname, base) {
  if (`${pathname}/` === base || pathname.startsWith(base)) return null;
  return `不在站点路径 ${base} 下`;
}

/**
 * Rule: the 404 page is served at any URL, so path-relative links on it break.
 * @param {string} relFile
 * @param {boolean} relative
 */
export function checkNotRelativeOn404(relFile, relative) {
  return relFile === '404.html' && relative ? '在 404 页面中使用了相对路径（请以站点根路径开头）' : null;
}

/**
 * Which file in dist serves an internal path: "/zcbq/a/" → "a/index.html".
 * @param {string} pathname decoded URL path including the base
 * @param {string} base
 */
export function targetFile(pathname, base) {
  const rel = pathname.slice(base.length).replace(/^\/+/, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/**
 * Rule: the target file exists in dist (a directory without the trailing slash is reported
 * too, because the site uses trailingSlash: 'always').
 * @param {string} distDir
 * @param {string} relTarget
 * @param {Set<string> | null} [files] every file of dist (listAllFiles), to avoid a stat per link
 */
export function checkTargetExists(distDir, relTarget, files = null) {
  const isFile = (/** @type {string} */ rel) => (files ? files.has(rel) : existsSync(path.join(distDir, rel)) && statSync(path.join(distDir, rel)).isFile());
  if (isFile(relTarget)) return null;
  if (isFile(path.posix.join(relTarget, 'index.html'))) return '缺少结尾的斜杠 /';
  return `指向的文件不存在（${relTarget}）`;
}

/**
 * Every file below dir, relative with forward slashes: one directory walk instead of a stat per
 * link (a site of 1 000 documents has hundreds of thousands of links).
 * @param {string} dir
 * @returns {Set<string>}
 */
export function listAllFiles(dir) {
  const out = new Set();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.add(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return out;
}

/**
 * Rule: a #fragment names an element in the target page. "#" and "#top" always work, and
 * text fragments (#:~:text=) are not ids.
 * @param {string | null} fragment
 * @param {Set<string> | null} targetIds ids of the target, or null when it is not HTML
 */
export function checkFragment(fragment, targetIds) {
  if (!fragment || !targetIds || fragment.startsWith(':~:')) return null;
  if (targetIds.has(fragment) || fragment.toLowerCase() === 'top') return null;
  return '的锚点不存在';
}

/**
 * @param {string} dir
 * @returns {string[]} HTML files below dir, relative, with forward slashes, sorted
 */
export function listHtmlFiles(dir) {
  return htmlFilesIn(listAllFiles(dir));
}

/** @param {Set<string>} files @returns {string[]} the HTML ones, sorted */
export function htmlFilesIn(files) {
  return [...files].filter((file) => file.endsWith('.html')).sort();
}

/** @typedef {{ problems: string[], external: Map<string, string[]>, pages: number, links: number }} LinkCheckResult */

/**
 * The link check one page at a time, for a caller that reads each page once for several checks
 * (scripts/postbuild.mjs): `files` are the pages to give to page(), then finish().
 * @param {{ distDir?: string, base?: string, site?: string, allFiles?: Set<string> }} [options]
 *   base and site default to BASE_PATH / SITE_URL, as in astro.config.mjs; allFiles: listAllFiles
 *   of distDir, when the caller has it.
 */
export function linkChecker({
  distDir = 'dist',
  base = process.env.BASE_PATH,
  site = process.env.SITE_URL || 'http://127.0.0.1:4321',
  allFiles = listAllFiles(path.resolve(distDir)),
} = {}) {
  const root = path.resolve(distDir);
  const basePath = normalizeBase(base);
  const siteOrigin = new URL(site).origin;
  const shownRoot = path.relative(process.cwd(), root);
  const label = shownRoot && !shownRoot.startsWith('..') ? shownRoot.split(path.sep).join('/') : root;
  const files = htmlFilesIn(allFiles);
  // Each page is read and scanned once: its links are checked now, its ids kept for the
  // fragments of links to it, which are checked after every page has been scanned.
  /** @type {Map<string, Set<string>>} */
  const ids = new Map();
  /** @type {{ relFile: string, href: string, relTarget: string, fragment: string }[]} */
  const fragments = [];

  // A substring of a page's HTML (an id, an href) can keep the whole page string alive in V8,
  // so what is kept across pages is copied out: at 1 000 documents that kept every page read
  // (~120 MB more at the peak of the build, where the search index runs beside this check).
  const own = (/** @type {string} */ s) => Buffer.from(s).toString();

  /** @type {string[]} */
  const problems = [];
  /** @type {Map<string, string[]>} */
  const external = new Map();
  let links = 0;
  return {
    root,
    files,
    /**
     * @param {string} relFile one of `files`
     * @param {string} html
     * @param {{ tag: string, attributes: Map<string, string> }[]} [tags] scanTags(html), when the caller has them
     */
    page(relFile, html, tags) {
      const page = scanPage(html, tags);
      ids.set(relFile, new Set([...page.ids].map(own)));
      const context = { pageUrlPath: pageUrlPath(relFile, basePath), siteOrigin };
      for (const href of page.links) {
        links += 1;
        const target = classifyLink(href, context);
        if (target.kind === 'skip') continue;
        if (target.kind === 'external') {
          const pages = external.get(target.url) ?? [];
          if (!pages.includes(relFile)) pages.push(relFile);
          external.set(target.url, pages);
          continue;
        }
        const report = (/** @type {string} */ message) => problems.push(`${label}/${relFile}: 链接 ${href} ${message}`);
        const outside = checkUnderBase(target.pathname, basePath);
        if (outside) {
          report(outside);
          continue;
        }
        const on404 = checkNotRelativeOn404(relFile, target.relative);
        if (on404) report(on404);
        const relTarget = targetFile(target.pathname, basePath);
        const missing = checkTargetExists(root, relTarget, allFiles);
        if (missing) {
          report(missing);
          continue;
        }
        if (target.fragment && relTarget.endsWith('.html')) fragments.push({ relFile, href: own(href), relTarget, fragment: own(target.fragment) });
      }
    },
    /** @returns {LinkCheckResult} */
    finish() {
      for (const { relFile, href, relTarget, fragment } of fragments) {
        const badFragment = checkFragment(fragment, ids.get(relTarget) ?? null);
        if (badFragment) problems.push(`${label}/${relFile}: 链接 ${href} ${badFragment}`);
      }
      return { problems, external, pages: files.length, links };
    },
  };
}

/**
 * Check a built site.
 * @param {{ distDir?: string, base?: string, site?: string }} [options]
 *   base and site default to BASE_PATH / SITE_URL, as in astro.config.mjs.
 * @returns {LinkCheckResult}
 *   problems read "dist/a/index.html: 链接 /b/#p9 的锚点不存在"; external maps URL → pages.
 */
export function checkSite(options = {}) {
  const checker = linkChecker(options);
  for (const relFile of checker.files) checker.page(relFile, readFileSync(path.join(checker.root, relFile), 'utf8'));
  return checker.finish();
}

/**
 * Write the external links, one URL per line followed by the pages that use it.
 * @param {Map<string, string[]>} external
 * @param {string} file
 */
export function writeExternalReport(external, file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const lines = [...external.keys()].sort().flatMap((url) => [url, ...(external.get(url) ?? []).map((page) => `    ${page}`)]);
  writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
}

/**
 * Run the check, print the result, write the report. Returns true when there is no problem.
 * @param {{ distDir?: string, reportFile?: string }} [options]
 */
export function runLinkCheck({ distDir = 'dist', reportFile = 'reports/external-links.txt' } = {}) {
  return reportLinkCheck(checkSite({ distDir }), reportFile);
}

/**
 * Writes the external-links report and prints the result; true when there is no problem.
 * @param {LinkCheckResult} result
 * @param {string} [reportFile]
 */
export function reportLinkCheck({ problems, external, pages, links }, reportFile = 'reports/external-links.txt') {
  writeExternalReport(external, reportFile);
  if (problems.length) {
    console.error(`链接检查失败：${problems.length} 个问题（${pages} 个页面，${links} 个链接）`);
    for (const problem of problems) console.error(`  ${problem}`);
    return false;
  }
  console.log(`链接检查通过：${pages} 个页面，${links} 个链接；${external.size} 个外部链接见 ${reportFile}`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = runLinkCheck({ distDir: process.argv[2] ?? 'dist' }) ? 0 : 1;
}
