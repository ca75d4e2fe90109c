#!/usr/bin/env node
/**
 * Full-page screenshots of the built site at phone and desktop widths, for reviewing layout
 * by eye (and in CI artefacts). Builds nothing: run `npm run build` first.
 *
 *   npm run screenshots                                   # a default set of pages
 *   npm run screenshots -- /documents/ /search/?q=低保    # these site paths (or local URLs)
 *   npm run screenshots -- --widths 360,768,1280 --out /tmp/shots
 *
 * Writes reports/screenshots/<name>-<width>.png. Paths are site paths without the base; the
 * server uses BASE_PATH like the build did. Chinese needs fonts-noto-cjk (.ci/run installs it).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, openPage } from '../tests/e2e/support/chromium.mjs';
import { normalizeBase } from './lib/base.mjs';
import { startServer } from './serve.mjs';

/**
 * The default set: the home page, every top-level page (dist/<x>/index.html), the first
 * page below each top-level section (one per page type, e.g. /documents/<first>/), and 404.
 * @param {string} distDir
 * @returns {string[]} site paths
 */
export function defaultPagePaths(distDir) {
  const paths = existsSync(path.join(distDir, 'index.html')) ? ['/'] : [];
  const sections = readdirSync(distDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind')
    .map((entry) => entry.name)
    .sort();
  for (const section of sections) {
    const sectionDir = path.join(distDir, section);
    if (existsSync(path.join(sectionDir, 'index.html'))) paths.push(`/${section}/`);
    const first = readdirSync(sectionDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(sectionDir, entry.name, 'index.html')))
      .map((entry) => entry.name)
      .sort()[0];
    if (first) paths.push(`/${section}/${first}/`);
  }
  if (existsSync(path.join(distDir, '404.html'))) paths.push('/404.html');
  return paths;
}

/**
 * Turn a command-line argument (site path, path with the base, or local URL) into a site path.
 * @param {string} arg
 * @param {string} base
 */
export function toSitePath(arg, base) {
  const url = new URL(arg, 'http://127.0.0.1');
  const full = `${url.pathname}${url.search}${url.hash}`;
  return base !== '/' && full.startsWith(base) ? `/${full.slice(base.length)}` : full;
}

/**
 * A file-name-safe name for a site path: "/" → "home", "/documents/a/" → "documents-a".
 * @param {string} sitePath
 */
export function screenshotName(sitePath) {
  let decoded = sitePath;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    // keep it encoded
  }
  const name = decoded
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return name || 'home';
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      widths: { type: 'string', default: '360,1280' },
      out: { type: 'string', default: 'reports/screenshots' },
      root: { type: 'string', default: process.env.DIST_DIR || 'dist' },
    },
  });
  const widths = values.widths.split(',').map(Number);
  if (widths.some((width) => !Number.isInteger(width) || width < 200)) throw new Error(`宽度无效：${values.widths}`);
  const base = normalizeBase(process.env.BASE_PATH);
  const sitePaths = positionals.length ? positionals.map((arg) => toSitePath(arg, base)) : defaultPagePaths(values.root);
  mkdirSync(values.out, { recursive: true });

  const server = await startServer({ root: values.root, base });
  const context = await launchBrowser().catch(async (error) => {
    await server.close();
    throw error;
  });
  let warnings = 0;
  try {
    for (const sitePath of sitePaths) {
      for (const width of widths) {
        const url = new URL(sitePath.replace(/^\/+/, ''), server.url).href;
        const { page, guard, response } = await openPage(context, url, { width });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        // A search page with ?q= answers after hydration: wait for the answer, not the empty form.
        if (/\/search\/\?(.*&)?q=/.test(sitePath)) await page.waitForSelector('.search-app[data-done]', { timeout: 30_000 }).catch(() => {
          warnings++;
          console.warn(`  ${sitePath}：搜索 30 s 内没有给出结果，截到的是空表单`);
        });
        const file = path.join(values.out, `${screenshotName(sitePath)}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
        await page.close();
        const status = response?.status() ?? 0;
        const issues = [
          ...(status >= 400 && !sitePath.startsWith('/404') ? [`HTTP ${status}`] : []),
          ...guard.consoleErrors.map((text) => `console: ${text}`),
          ...guard.foreignRequests.map((request) => `blocked: ${request}`),
        ];
        warnings += issues.length;
        console.log(`${file}  ← ${sitePath}${issues.map((issue) => `\n    ⚠ ${issue}`).join('')}`);
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
  console.log(`${sitePaths.length * widths.length} 张截图已保存到 ${values.out}/${warnings ? `，${warnings} 条警告` : ''}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
