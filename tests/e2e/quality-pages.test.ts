/**
 * Every page type (tests/e2e/page-types.ts) at 360 px and 1280 px in real Chromium:
 * WCAG 2.2 AA (axe, 0 violations), no console error, no request to another host, a screenshot
 * into reports/screenshots/ for review, and readable with JavaScript off.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { missingPageTypeNotes, resolvePageTypes, type PageType } from './page-types.ts';
import { runAxe, withSite } from './support/browser.ts';

const site = withSite();
const WIDTHS = [360, 1280] as const;
const SCREENSHOT_DIR = 'reports/screenshots';
mkdirSync(SCREENSHOT_DIR, { recursive: true });

const types = resolvePageTypes();
const htmlTypes = types.filter((type) => type.kind !== 'raw');

/** Scroll through the page so client:visible islands hydrate and lazy content is laid out. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    }
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
}

/** Open a page with scripting disabled (as on a phone with JS off), recording foreign requests. */
async function openWithoutJs(sitePath: string, width: number) {
  const page = await site.context.newPage();
  const cdp = await site.context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (/^https?:/.test(request.url()) && new URL(request.url()).origin !== new URL(site.url).origin) foreign.push(request.url());
  });
  await page.setViewportSize({ width, height: 800 });
  const response = await page.goto(site.href(sitePath));
  return { page, response, foreign };
}

describe('page types', () => {
  it('are listed with a visible note for each type not built yet', () => {
    const notes = missingPageTypeNotes();
    if (notes.length) console.info(`[page-types] 未测试（页面尚未构建）：\n  ${notes.join('\n  ')}`);
    expect(htmlTypes.filter((type) => type.path).length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(htmlTypes)('the $name page ($id)', (type: PageType) => {
  const sitePath = type.path;
  if (!sitePath) {
    it.skip(`is not built yet — ${type.note}`, () => undefined);
    return;
  }

  it.each(WIDTHS)(`${sitePath} at %i px passes axe WCAG 2.2 AA, logs no error, requests no other host`, async (width) => {
    const { page, guard, response } = await site.open(sitePath, { width });
    expect(response?.status()).toBe(type.kind === 'not-found' ? 404 : 200);
    await settle(page);
    expect(await runAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type.id}-${width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.failedResponses.filter((failed) => !(type.kind === 'not-found' && failed.startsWith('404 ')))).toEqual([]);
  });

  // JS-off reading is checked at phone width only: the layout rules are the same at 1280 px,
  // where the axe test above already covers the page, and the suite must stay under 10 min.
  it.each([360])(`${sitePath} at %i px reads with JavaScript off`, async (width) => {
    const { page, foreign } = await openWithoutJs(sitePath, width);
    const main = page.locator('main');
    expect(await main.isVisible()).toBe(true);
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    const text = (await main.innerText()).replace(/\s+/g, '');
    expect(text.length).toBeGreaterThan(20);
    // Nothing may overflow sideways at phone width: readers would have to scroll both ways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    if (type.kind === 'calculator') {
      const message = page.locator('main noscript, main .calc-noscript, main [data-nojs]').first();
      expect(await message.count(), '计算器在没有 JavaScript 时应显示说明（<noscript>）').toBe(1);
      expect((await page.evaluate(() => document.querySelector('main noscript, main .calc-noscript, main [data-nojs]')?.textContent ?? '')).trim()).not.toBe('');
      // The rules stay readable as text: each one links to the provision it comes from.
      expect(await main.locator('a[href*="/documents/"][href*="#"]').count(), '规则原文应链接到条款').toBeGreaterThan(0);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type.id}-${width}-nojs.png`), fullPage: true });
    }
    await page.close();
    expect(foreign).toEqual([]);
  });
});

describe.each(types.filter((type) => type.kind === 'raw'))('the $name file ($id)', (type: PageType) => {
  it.skipIf(!type.path)(`${type.path ?? type.note} is served as UTF-8 plain text from this host`, async () => {
    const response = await fetch(site.href(type.path ?? '/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect((await response.text()).length).toBeGreaterThan(100);
  });
});
