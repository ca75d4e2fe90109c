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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, inlineScripts, staticImports, withoutTemplates } from '../../scripts/lib/page-scripts.mjs';
import { DIST, readPage } from './page-text.ts';

const BUDGET_BYTES = 35 * 1024;
const CALCULATORS = ['screener', 'dibao', 'demolition', 'quota', 'site'];

/** Site-absolute URLs of the scripts a page starts with (a script inside a <template> neither loads nor runs). */
function entryScripts(page: string): string[] {
  const html = withoutTemplates(page);
  const urls = [...html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="([^"]+\.js)"/g)].map((m) => m[1]!);
  for (const inline of html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)) {
    urls.push(...[...inline[1]!.matchAll(/["'](\/[^"']+\.js)["']/g)].map((m) => m[1]!));
  }
  return urls;
}

/** Path inside dist of a site-absolute URL (the build may sit under a base path). */
function fileOf(url: string): string {
  return join(DIST, url.slice(url.indexOf('/_astro/')));
}

/** The entry scripts and every chunk they import statically, as `npm run bench` counts them. */
function staticClosure(entries: string[]): string[] {
  const bundled = entries.filter((u) => u.includes('/_astro/'));
  return [...new Set(bundled.flatMap((u) => staticImports(DIST, u.slice(0, u.indexOf('_astro/')), u)))];
}

describe('calculator pages ship little JavaScript', () => {
  for (const calc of CALCULATORS) {
    const scripts = () => staticClosure(entryScripts(readPage(`calculators/${calc}/index.html`)));

    it(`/calculators/${calc}/ loads at most 35 KB of gzipped JavaScript before anyone types`, () => {
      const sizes = [
        ...scripts().map((url) => [url, gzipSize(readFileSync(fileOf(url)))] as const),
        ...inlineScripts(readPage(`calculators/${calc}/index.html`)).map((code, i) => [`inline #${i + 1}`, gzipSize(code)] as const),
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
