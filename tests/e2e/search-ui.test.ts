/**
 * The search UI in Chromium against the built site: accessibility, keyboard-only use, the
 * announced count, filters, the no-JS page, the header box's lazy loading, and search under the
 * production Content-Security-Policy (Pagefind's WebAssembly included).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe, withSite } from './support/browser.ts';
import { searchFor } from './support/search-page.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';

const site = withSite();
const strict = withSite({ csp: true });
const guangxi = loadCorpus().find((d) => d.slug === 'guangxi-houxu-fuchi')!.data.shortTitle;
/** Provisions on 公益性岗位 (tests/search/queries.yaml, query 公岗). */
const PUBLIC_JOBS = ['suixian-anzhiqu-fangan/#p2-2-2', 'dachuan-houxu-tuopin/#p3-3-2', 'guangxi-houxu-fuchi/#p2-8', 'anhui-gonggu-chengguo/#p2-1-2', 'wenzhou-jingzhun-fupin/#p2-3-9'];


const resultCount = async (page: Page) => Number((await page.textContent('.search-status'))?.match(/找到 (\d+) 条/)?.[1] ?? 0);

/** Presses Tab until `selector` has focus (at most `max` times); returns whether it got there. */
async function tabTo(page: Page, selector: string, max = 40): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

describe('the search page', () => {
  it.each([360, 1280])('has no axe violations with results shown at %ipx', async (width) => {
    const { page, guard } = await site.open('/search/', { width });
    await page.waitForSelector('html[data-search-ready]');
    await searchFor(page, '搬迁后没有工作能领低保吗');
    await page.click('.search-filters summary');
    expect(await runAxe(page)).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  }, 120_000);

  it('can be used with the keyboard alone: Tab to the box, type, Enter, Tab to a result, Enter lands on the provision', async () => {
    const { page, guard } = await site.open('/search/', { width: 360 });
    await page.waitForSelector('html[data-search-ready]');
    expect(await tabTo(page, '#search-q')).toBe(true);
    await page.keyboard.type('旧房什么时候拆');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.search-app[data-done="旧房什么时候拆"]', { timeout: 60_000 });
    expect(await tabTo(page, '.search-results a.result-title')).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/documents\/guangxi-houxu-fuchi\/#p2-10$/);
    await Promise.all([page.waitForURL(/#p2-10$/), page.keyboard.press('Enter')]);
    expect(await page.locator('#p2-10').count()).toBe(1);
    expect(guard.consoleErrors).toEqual([]);
  }, 120_000);

  it('announces the number of results in a status region', async () => {
    const { page } = await site.open('/search/', { width: 360 });
    await page.waitForSelector('html[data-search-ready]');
    await searchFor(page, '低保');
    expect(await page.getAttribute('.search-status', 'role')).toBe('status');
    expect(await resultCount(page)).toBeGreaterThan(0);
  }, 120_000);

  it('asks for one more character instead of searching a lone 公', async () => {
    const { page } = await site.open('/search/', { width: 360 });
    await page.waitForSelector('html[data-search-ready]');
    await searchFor(page, '公');
    expect(await page.textContent('.search-status')).toContain('再多输入一个字');
    expect(await page.locator('.search-results a').count()).toBe(0);
  }, 120_000);

  it('explains a glossary word from the query above the results', async () => {
    const { page } = await site.open('/search/', { width: 360 });
    await page.waitForSelector('html[data-search-ready]');
    await searchFor(page, '公岗');
    expect(await page.textContent('.search-explain')).toContain('公益性岗位');
    expect(await page.getAttribute('.search-explain a', 'href')).toMatch(/glossary\/public-welfare-jobs\/$/);
  }, 120_000);

  it('narrows the results to one document with the document filter', async () => {
    const { page, guard } = await site.open('/search/', { width: 1280 });
    await page.waitForSelector('html[data-search-ready]');
    await searchFor(page, '低保');
    const all = await resultCount(page);
    await page.click('.search-filters summary');
    await page.waitForSelector(`select[name="document"] option[value="${guangxi}"]`, { state: 'attached' });
    await page.selectOption('select[name="document"]', guangxi);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('document'));
    await page.waitForSelector('.search-app[data-done="低保"]');
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const docs = await page.$$eval('.search-results .result-doc', (els) => [...new Set(els.map((e) => e.textContent))]);
    expect(docs).toEqual([guangxi]);
    expect(guard.consoleErrors).toEqual([]);
  }, 120_000);

  it('offers the document, topic and glossary indexes without JavaScript', async () => {
    const { page } = await site.open('/documents/', { width: 360 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(site.href('/search/?q=低保'));
    const headings = await page.$$eval('.search-indexes h3', (hs) => hs.map((h) => h.textContent));
    expect(headings).toEqual(['政策文件', '专题', '词汇']);
    expect(await page.locator('.search-indexes a[href*="documents/guangxi-houxu-fuchi/"]').count()).toBeGreaterThan(0);
    expect(await page.isVisible('.search-indexes .note-box')).toBe(true);
  }, 120_000);
});

describe('a weak connection', () => {
  it('still answers when the first request for the Pagefind entry file comes back empty', async () => {
    const dropped: string[] = [];
    const once = async (route: import('playwright-core').Route) => {
      if (dropped.length === 0) {
        dropped.push(route.request().url());
        await route.fulfill({ status: 200, contentType: 'application/json', body: '' });
      } else await route.continue();
    };
    // On the context: Pagefind fetches from its worker, which page.route does not see.
    await site.context.route('**/pagefind/pagefind-entry.json*', once);
    try {
      const { page } = await site.open('/search/', { width: 360 });
      await page.waitForSelector('html[data-search-ready]');
      await searchFor(page, '公岗');
      expect(dropped).toHaveLength(1);
      expect(await resultCount(page)).toBeGreaterThan(0);
    } finally {
      await site.context.unroute('**/pagefind/pagefind-entry.json*', once);
    }
  }, 120_000);
});

describe('the header search box', () => {
  it('works without JavaScript: a plain form that opens the search page with the query', async () => {
    const page = await site.context.newPage();
    const cdp = await site.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(site.href('/documents/'));
    await page.fill('#header-q', '低保');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('#header-q', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('低保');
    await page.close();
  });

  it('loads no search JavaScript until focused, then finds 公益性岗位 provisions for 公岗', async () => {
    const { page, guard } = await site.open('/documents/', { width: 1280 });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.waitForLoadState('networkidle');
    // Before focus the page has run the site shell and nothing else.
    const loadedScripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')),
    );
    expect(loadedScripts).toHaveLength(1);
    expect(loadedScripts[0]).toMatch(/\/_astro\/shell-[\w-]+\.js$/);
    const searchJs = () => requested.filter((p) => /pagefind|HeaderSearch|results\./.test(p));
    expect(searchJs()).toEqual([]);
    expect(await tabTo(page, '#header-q')).toBe(true);
    // Typed at once, while the island is still loading: the first character must not stick.
    await page.keyboard.type('公岗');
    await page.waitForSelector('.header-panel a.result-title', { timeout: 60_000 });
    expect(searchJs().some((p) => p.endsWith('pagefind.js'))).toBe(true);
    expect(searchJs().some((p) => /HeaderSearch/.test(p))).toBe(true);
    const first = await page.getAttribute('.header-panel a.result-title', 'href');
    expect(PUBLIC_JOBS.some((k) => first?.endsWith(k))).toBe(true);
    expect(await page.textContent('.header-search [role="status"]')).toMatch(/找到 \d+ 条/);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL((u) => u.hash.length > 1), page.keyboard.press('Enter')]);
    expect(await page.locator(new URL(page.url()).hash).count()).toBe(1);
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  }, 120_000);
});

describe('search under the production Content-Security-Policy', () => {
  it('still finds the provision (Pagefind WebAssembly allowed by dist/_headers)', async () => {
    const { page, guard } = await strict.open('/search/', { width: 360 });
    await page.waitForSelector('html[data-search-ready]');
    await searchFor(page, '旧房什么时候拆');
    const hrefs = await page.$$eval('.search-results a.result-title', (as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.endsWith('guangxi-houxu-fuchi/#p2-10'))).toBe(true);
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  }, 120_000);
});
