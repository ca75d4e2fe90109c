/**
 * The page-type quality gate, shared by tests/e2e/quality-pages-*.test.ts.
 *
 * Every page type (tests/e2e/page-types.ts) is opened ONCE, under the production
 * Content-Security-Policy, at 360 px and then resized to 1280 px. At each width: every island
 * hydrates, axe finds 0 WCAG 2.2 AA violations, and a full-page screenshot goes to
 * reports/screenshots/ for review. Over the whole visit: no console error, no CSP violation,
 * no request to another host, no failed local response. A second, script-less visit at 360 px
 * checks the page reads with JavaScript off.
 *
 * Why one visit for both widths and the CSP: loading, hydrating and injecting axe are the slow
 * part on two cores, and the suite must stay under 10 minutes. Why two files: Vitest runs
 * files in parallel, so the gate is split in halves that run side by side.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingPageTypeNotes, resolvePageTypes, type PageType } from '../page-types.ts';
import { cspViolations, recordCspViolations, runAxe, withSite } from './browser.ts';

const SCREENSHOT_DIR = 'reports/screenshots';
const WIDTHS = [360, 1280] as const;
/** A document page is large: two axe runs on it take 20 s on a loaded 2-core machine. */
const VISIT_TIMEOUT_MS = 150_000;

/** Scroll every island into view (client:visible) and wait until Astro has hydrated them all. */
async function hydrateAll(page: Page) {
  // Plain DOM scrolling: Playwright's scrollIntoViewIfNeeded waits for an element to stop moving,
  // which an island inside an animated or hidden slide (lessons) never does.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    for (const island of document.querySelectorAll('astro-island')) {
      island.scrollIntoView({ block: 'center' });
      await frame();
    }
    window.scrollTo(0, 0);
    // Fonts settle the layout the screenshot shows; never wait on them for more than 5 s.
    await Promise.race([document.fonts.ready, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')), undefined, {
    timeout: 15_000,
  });
}

/** Open a page with scripting disabled (as on a phone with JS off), recording foreign requests. */
async function openWithoutJs(site: ReturnType<typeof withSite>, sitePath: string, width: number) {
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


/**
 * Define the gate for one share of the page types: `part` of `parts` (1-based), taking every
 * `parts`-th type so that heavy and light pages spread evenly over the files.
 */
export function defineQualityPageTests(part: number, parts: number): void {
  const site = withSite({ csp: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const types = resolvePageTypes();
  const mine = (list: PageType[]) => list.filter((_, index) => index % parts === part - 1);
  const htmlTypes = mine(types.filter((type) => type.kind !== 'raw'));

  beforeAll(() => recordCspViolations(site.context));

  if (part === 1) {
    describe('page types', () => {
      it('are listed with a visible note for each type not built yet', () => {
        const notes = missingPageTypeNotes();
        if (notes.length) console.info(`[page-types] 未测试（页面尚未构建）：\n  ${notes.join('\n  ')}`);
        expect(types.filter((type) => type.kind !== 'raw' && type.path).length).toBeGreaterThanOrEqual(5);
      });
    });
  }

  describe.each(htmlTypes)('the $name page ($id)', (type: PageType) => {
    const sitePath = type.path;
    if (!sitePath) {
      it.skip(`is not built yet — ${type.note}`, () => undefined);
      return;
    }

    it(
      `${sitePath} at 360 px and at 1280 px hydrates under the CSP, passes axe WCAG 2.2 AA, fits a phone at 特大, logs no error and requests no other host`,
      async () => {
        const { page, guard, response } = await site.open(sitePath, { width: WIDTHS[0] });
        expect(response?.status()).toBe(type.kind === 'not-found' ? 404 : 200);
        for (const width of WIDTHS) {
          if (width !== WIDTHS[0]) await page.setViewportSize({ width, height: 800 });
          await hydrateAll(page);
          expect(await runAxe(page), `axe at ${width} px`).toEqual([]);
          if (width === 360) {
            // The largest text size (html.text-xlarge, as the text-size switch sets it) must not
            // push anything past the edge of a phone: name whatever sticks out.
            const sticking = await page.evaluate(() => {
              const root = document.documentElement;
              const before = root.className;
              root.classList.remove('text-large');
              root.classList.add('text-xlarge');
              // Inside a sideways-scrolling box (the phone menu, wide tables) running past the edge is by design.
              const inScroller = (el: Element) => {
                for (let a = el.parentElement; a; a = a.parentElement) if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return true;
                return false;
              };
              const out = [...document.querySelectorAll('body *')]
                .filter((el) => el.getBoundingClientRect().right > innerWidth + 1 && getComputedStyle(el).position !== 'fixed' && !inScroller(el))
                .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`);
              const wide = root.scrollWidth > innerWidth + 1;
              root.className = before;
              return wide ? [...new Set(out)].slice(0, 8) : [];
            });
            expect(sticking, '特大字号下页面横向溢出').toEqual([]);
          }
          await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type.id}-${width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
        }
        expect(await cspViolations(page)).toEqual([]);
        await page.close();
        expect(guard.consoleErrors).toEqual([]);
        expect(guard.foreignRequests).toEqual([]);
        expect(guard.failedResponses.filter((failed) => !(type.kind === 'not-found' && failed.startsWith('404 ')))).toEqual([]);
      },
      VISIT_TIMEOUT_MS,
    );

    // JS-off reading is checked at phone width only: the layout rules are the same at 1280 px,
    // where the test above already covers the page.
    it(`${sitePath} at 360 px reads with JavaScript off`, async () => {
      const { page, foreign } = await openWithoutJs(site, sitePath, 360);
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
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type.id}-360-nojs.png`), fullPage: true });
      }
      await page.close();
      expect(foreign).toEqual([]);
    });
  });

  describe.each(mine(types.filter((type) => type.kind === 'raw')))('the $name file ($id)', (type: PageType) => {
    it.skipIf(!type.path)(`${type.path ?? type.note} is served as UTF-8 plain text from this host`, async () => {
      const response = await fetch(site.href(type.path ?? '/'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect((await response.text()).length).toBeGreaterThan(100);
    });
  });
}
