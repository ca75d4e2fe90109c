/**
 * The JavaScript a calculator page loads stays within the islands budget (issue 8: ≤ 35 KB
 * gzipped in total, site shell included) and never needs eval, which the CSP forbids.
 *
 * "Loads" = the page's module scripts and island component/renderer URLs plus everything they
 * import statically; dynamic imports and the site shell's lazy parts (scripts inside
 * <template data-lazy>: read-aloud, copy, the header search's results panel) only load on use
 * and are left out, as `npm run bench` leaves them out. Inline scripts (Astro's island loader)
 * count too. Sizes are gzip level 9, as in the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from './page-text.ts';

const BUDGET_BYTES = 35 * 1024;
const CALCULATORS = ['screener', 'dibao', 'demolition', 'quota', 'site'];

/** Site-absolute URLs of the scripts a page starts with. */
function entryScripts(page: string): string[] {
  // A script inside a <template> neither loads nor runs until the shell copies it out.
  const html = page.replace(/<template\b[\s\S]*?<\/template>/g, '');
  const urls = [...html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="([^"]+\.js)"/g)].map((m) => m[1]!);
  for (const inline of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    urls.push(...[...inline[1]!.matchAll(/["'](\/[^"']+\.js)["']/g)].map((m) => m[1]!));
  }
  return urls;
}

/** The text of each inline script a page runs (not those inside a <template>). */
function inlineScripts(page: string): string[] {
  const html = page.replace(/<template\b[\s\S]*?<\/template>/g, '');
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((code) => code.trim() !== '');
}

/** Path inside dist of a site-absolute URL (the build may sit under a base path). */
function fileOf(url: string): string {
  return join(DIST, url.slice(url.indexOf('/_astro/')));
}

/** The entry scripts and every chunk they import statically (`import … from "./x.js"`). */
function staticClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.filter((u) => u.includes('/_astro/'));
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url) || !existsSync(fileOf(url))) continue;
    seen.add(url);
    const code = readFileSync(fileOf(url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) queue.push(posix.join(posix.dirname(url), m[1]!));
  }
  return [...seen];
}

describe('calculator pages ship little JavaScript', () => {
  for (const calc of CALCULATORS) {
    const scripts = () => staticClosure(entryScripts(readPage(`calculators/${calc}/index.html`)));

    it(`/calculators/${calc}/ loads at most 35 KB of gzipped JavaScript before anyone types`, () => {
      const sizes = [
        ...scripts().map((url) => [url, gzipSync(readFileSync(fileOf(url)), { level: 9 }).length] as const),
        ...inlineScripts(readPage(`calculators/${calc}/index.html`)).map((code, i) => [`inline #${i + 1}`, gzipSync(code, { level: 9 }).length] as const),
      ];
      const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
      expect(sizes.length, '页面没有加载计算器脚本').toBeGreaterThan(1);
      expect(total, sizes.map(([url, bytes]) => `${url} ${bytes}`).join('\n')).toBeLessThanOrEqual(BUDGET_BYTES);
    });

    it(`/calculators/${calc}/ hydrates with the site's own Preact renderer, without Vite's preload helper`, () => {
      const urls = scripts();
      expect(urls.some((url) => /\/preact-client\.[\w-]+\.js$/.test(url)), urls.join('\n')).toBe(true);
      const withHelper = urls.filter((url) => /__vite__mapDeps|preload-helper|signals\.module/.test(readFileSync(fileOf(url), 'utf8')) || /preload-helper|signals\.module/.test(url));
      expect(withHelper).toEqual([]);
    });

    it(`/calculators/${calc}/ has no code that compiles strings (the CSP has no 'unsafe-eval')`, () => {
      const compiling = scripts().filter((url) => /\bnew Function\b|\bFunction\(/.test(readFileSync(fileOf(url), 'utf8')));
      expect(compiling).toEqual([]);
    });
  }
});
