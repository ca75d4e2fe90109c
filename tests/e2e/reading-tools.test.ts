/**
 * Easier reading: the text-size switch (three sizes, remembered across pages, applied before the
 * page is first drawn) and read-aloud with the browser's zh-CN speech synthesis — hidden where
 * there is no Chinese voice, reading a provision's own words (not UI), a glossary explanation and
 * a calculator result otherwise, its code loaded only on the first press.
 * The browser's speech engine is replaced by a recording fake (headless Chromium has no voices).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe, withSite } from './support/browser.ts';

const site = withSite({ csp: true });

/** Install a fake speechSynthesis with one zh-CN voice that records what it was asked to say. */
async function fakeChineseVoice(page: Page) {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    class FakeUtterance { text: string; lang = ''; voice: unknown = null; rate = 1; onend: unknown = null; onerror: unknown = null; constructor(t: string) { this.text = t; } }
    const voice = { lang: 'zh-CN', name: '测试中文语音', default: true, localService: true, voiceURI: 'fake-zh' };
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: { getVoices: () => [voice], speak: (u: FakeUtterance) => spoken.push(u.text), cancel: () => {}, addEventListener: () => {}, removeEventListener: () => {} },
    });
  });
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
/** Scripts the page has fetched so far (site paths of /_astro/ files). */
const scriptsLoaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));

describe('text size', () => {
  it('特大 enlarges all text, is announced as pressed, and is remembered on the next page', async () => {
    const { page, guard } = await site.open('/documents/guangxi-houxu-fuchi/', { width: 360 });
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await rootSize()).toBe(18);
    await page.getByRole('button', { name: '特大' }).click();
    expect(await rootSize()).toBe(26);
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('false');
    // The header still fits the phone: every control, the search button included, on screen
    // (the menu is one row that scrolls sideways, so the menu box itself must fit).
    const headerRight = await page.$$eval('.brand, .site-header nav, .site-header input, .site-header button', (els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
    expect(headerRight).toBeLessThanOrEqual(360);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, '特大时页头不应超过首屏的三分之一').toBeLessThan(740 / 3);
    await page.goto(site.href('/glossary/'));
    await page.waitForSelector('.text-size');
    expect(await rootSize()).toBe(26);
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '标准' }).click();
    expect(await rootSize()).toBe(18);
    expect(await runAxe(page)).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  it('on a phone the menu is one row that scrolls sideways, with the current section in sight, by touch or keyboard', async () => {
    const { page, guard } = await site.open('/about/', { width: 360 });
    const nav = page.locator('.site-header nav');
    const box = (await nav.boundingBox())!;
    const current = (await page.locator('.site-header nav [aria-current="page"]').boundingBox())!;
    expect(box.height).toBeLessThan(70);
    expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(current.x).toBeGreaterThanOrEqual(box.x - 1);
    // …and clear of the fade at the right edge (2rem).
    expect(current.x + current.width).toBeLessThanOrEqual(box.x + box.width - 20);
    // Tabbing to the first item scrolls the menu back, so every item is reachable by keyboard.
    await page.locator('.site-header nav a').first().focus();
    const first = (await page.locator('.site-header nav a').first().boundingBox())!;
    expect(first.x).toBeGreaterThanOrEqual(box.x - 1);
    // At 1280 px the menu does not scroll.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(guard.consoleErrors).toEqual([]);
  });

  it('without JavaScript shows no text-size, read-aloud or copy buttons (nothing that would not work)', async () => {
    const page = await site.context.newPage();
    const cdp = await site.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(site.href('/documents/guangxi-houxu-fuchi/'));
    expect(await page.locator('button[data-copy]').count()).toBeGreaterThan(10);
    expect(await page.locator('.text-size button:visible, button[data-copy]:visible, button[data-read-aloud-button]:visible').count()).toBe(0);
    expect(await page.locator('.header-search button[type="submit"]').isVisible()).toBe(true);
    await page.close();
  });

  it('a remembered 特大 is on the page before it is first drawn, so a long document does not jump', async () => {
    const { page } = await site.open('/about/');
    await page.evaluate(() => localStorage.setItem('bqzct:text-size', 'xlarge'));
    // Records when the size class reaches <html> and every layout shift, from the first byte on.
    await page.addInitScript(() => {
      const w = window as unknown as { __sizedAt?: number; __shift: number };
      w.__shift = 0;
      new MutationObserver(() => {
        if (w.__sizedAt === undefined && document.documentElement?.classList.contains('text-xlarge')) w.__sizedAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.href('/documents/anhui-gonggu-chengguo/'));
    await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0);
    await page.waitForTimeout(300);
    const { sizedAt, firstPaint, shift } = await page.evaluate(() => {
      const w = window as unknown as { __sizedAt?: number; __shift: number };
      return { sizedAt: w.__sizedAt, firstPaint: performance.getEntriesByName('first-paint')[0]!.startTime, shift: w.__shift };
    });
    expect(sizedAt).toBeDefined();
    expect(sizedAt!).toBeLessThan(firstPaint);
    expect(shift).toBeLessThan(0.05);
    await page.evaluate(() => localStorage.removeItem('bqzct:text-size'));
  });
});

describe('read aloud', () => {
  it('shows no read-aloud buttons when the browser has no Chinese voice', async () => {
    const { page } = await site.open('/documents/guangxi-houxu-fuchi/');
    await page.waitForSelector('.text-size');
    expect(await page.locator('button[data-read-aloud-button]').count()).toBeGreaterThan(10);
    expect(await page.locator('button[data-read-aloud-button]:visible').count()).toBe(0);
  });

  it('reads a provision: its heading and paragraphs, without the citation tools', async () => {
    const opened = await site.open('/about/');
    await fakeChineseVoice(opened.page);
    await opened.page.goto(site.href('/documents/guangxi-houxu-fuchi/'));
    const p = opened.page;
    const button = p.locator('#p2-5').locator('xpath=..').locator(':scope > .prov-tools button[data-read-aloud-button]');
    await button.waitFor({ state: 'visible' });
    await p.waitForLoadState('networkidle');
    expect((await scriptsLoaded(p)).filter((s) => /ReadAloud/.test(s))).toEqual([]);
    await button.click();
    // The first press loads the read-aloud code, which then reads.
    await expect.poll(() => spoken(p)).toHaveLength(1);
    expect((await scriptsLoaded(p)).some((s) => /ReadAloud/.test(s))).toBe(true);
    const [text] = await spoken(p);
    expect(text).toContain('(五)强化社会保障');
    expect(text).toContain('可以在安置地申请6个月的低保救助');
    expect(text).not.toMatch(/复制|引用|朗读/);
    expect(await button.textContent()).toBe('停止朗读');
    await button.click();
    expect(await button.textContent()).toBe('朗读');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await runAxe(p)).toEqual([]);
    expect(opened.guard.consoleErrors).toEqual([]);
  });

  it('reads a glossary explanation and a calculator result', async () => {
    const { page } = await site.open('/about/');
    await fakeChineseVoice(page);
    await page.goto(site.href('/glossary/minimum-living-allowance/'));
    await page.locator('#definition > button.read-aloud').click();
    const definition = await page.locator('#definition p').textContent();
    await expect.poll(async () => (await spoken(page))[0]).toContain(definition!.trim().slice(0, 20));

    await page.goto(site.href('/calculators/dibao/'));
    await page.getByLabel('当地低保标准').fill('600');
    await page.getByLabel('共同生活的家庭人数').fill('3');
    await page.getByLabel('全家每月总收入').fill('1200');
    await page.getByRole('button', { name: '算一算' }).click();
    await page.locator('.calc-slip > button.read-aloud').click();
    await expect.poll(async () => (await spoken(page)).at(-1)).toContain('600 元/月');
  });
});
