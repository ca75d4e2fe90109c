/**
 * The 农民夜校 lessons on a 1280×720 projector: one slide at a time, body type ≥ 32 px, no slide
 * overflowing the screen, keyboard and clicker navigation, quiz answers on click, and a QR code
 * in the static HTML. Screenshots of every slide go to reports/screenshots/lessons/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe, withSite } from './support/browser.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const LESSONS = ['employment-training', 'dibao', 'demolition', 'public-welfare-jobs', 'relapse-monitoring', 'site-services'];
const SHOTS = 'reports/screenshots/lessons';
const PROJECTOR = { width: 1280, height: 720 };
const site = withSite({ csp: true });

const counter = (page: Page) => page.locator('.deck-count').textContent();
const currentTitle = (page: Page) => page.locator('[data-slide].is-current > h2').textContent();

describe('lessons on a projector', () => {
  it('there are at least six lessons, each with a quiz of 3–5 questions and a QR code in the static HTML', async () => {
    for (const id of LESSONS) {
      const html = await readFile(path.join(DIST, 'lessons', id, 'index.html'), 'utf8');
      const quiz = html.match(/<details class="quiz-answer"/g) ?? [];
      expect(quiz.length, id).toBeGreaterThanOrEqual(3);
      expect(quiz.length, id).toBeLessThanOrEqual(5);
      expect(html, id).toMatch(/<svg[^>]*role="img"[^>]*aria-label="二维码/);
      expect(html, id).toContain('点击查看答案');
      // Without JavaScript: a long page, deck controls hidden (no dead buttons).
      expect(html, id).not.toMatch(/<html[^>]*deck-on/);
      expect(html, id).toMatch(/<nav class="deck-bar"[^>]*\bhidden\b/);
    }
  });

  it('every slide of every lesson fits the screen with body text of at least 32 px', async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const id of LESSONS) {
      const { page, guard } = await site.open(`/lessons/${id}/`, PROJECTOR);
      await page.waitForSelector('.deck-bar');
      const total = await page.locator('[data-slide]').count();
      expect(total, id).toBeGreaterThanOrEqual(8);
      for (let n = 1; n <= total; n++) {
        const slide = page.locator('[data-slide].is-current');
        const sizes = await slide.evaluate((el) =>
          [...el.querySelectorAll('p, li, dt, dd, summary, blockquote, footer')].map((e) => parseFloat(getComputedStyle(e).fontSize)));
        expect(Math.min(...sizes), `${id} slide ${n}`).toBeGreaterThanOrEqual(32);
        // Open the answer so the screenshot shows it; it must still fit.
        if (await slide.locator('summary').count()) await slide.locator('summary').click();
        const bottom = await slide.evaluate((el) => Math.max(...[...el.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom)));
        const bar = await page.locator('.deck-bar').evaluate((el) => el.getBoundingClientRect().top);
        expect(bottom, `${id} slide ${n} overflows the screen`).toBeLessThanOrEqual(bar);
        await page.screenshot({ path: `${SHOTS}/${id}-${String(n).padStart(2, '0')}.png` });
        await page.keyboard.press('PageDown');
      }
      expect(guard.consoleErrors).toEqual([]);
      expect(guard.foreignRequests).toEqual([]);
      await page.close();
    }
  }, 400_000);

  it('arrow keys, PageUp/PageDown, space, Home and End move through the deck and the counter says where we are', async () => {
    const { page, guard } = await site.open('/lessons/dibao/', PROJECTOR);
    await page.waitForSelector('.deck-bar');
    const total = await page.locator('[data-slide]').count();
    expect(await counter(page)).toBe(`第 1 页，共 ${total} 页`);
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`第 2 页，共 ${total} 页`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    expect(await counter(page)).toBe(`第 4 页，共 ${total} 页`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    expect(await counter(page)).toBe(`第 2 页，共 ${total} 页`);
    await page.keyboard.press('End');
    expect(await counter(page)).toBe(`第 ${total} 页，共 ${total} 页`);
    expect(await currentTitle(page)).toBe('用手机打开');
    await page.keyboard.press('Home');
    expect(await currentTitle(page)).toBe('低保怎么算');
    expect(await page.locator('.deck-count').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[data-slide]:visible').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  it('a quiz answer is hidden until the question is clicked', async () => {
    const { page } = await site.open('/lessons/demolition/', PROJECTOR);
    await page.waitForSelector('.deck-bar');
    const firstQuiz = await page.evaluate(() => [...document.querySelectorAll('[data-slide]')].findIndex((s) => s.classList.contains('slide-quiz')));
    for (let i = 0; i < firstQuiz; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.slide-quiz.is-current .quiz-a').isVisible()).resolves.toBe(false);
    await page.locator('.slide-quiz.is-current summary').click();
    await expect(page.locator('.slide-quiz.is-current .quiz-a').textContent()).resolves.toContain('2 年内');
  });

  it('the worked example shows the inputs, the working and a cited result computed by the rules', async () => {
    const html = await readFile(path.join(DIST, 'lessons', 'dibao', 'index.html'), 'utf8');
    expect(html).toContain('600 − 350 = 250 元/人·月 × 4 人 = 1,000 元/月');
    expect(html).toContain('6 个月合计约 6,000 元');
    expect(html).toMatch(/href="[^"]*documents\/guangxi-houxu-fuchi\/#p2-5"/);
    expect(html).toContain('虚构');
  });

  it('on a phone the lesson is one long readable page with a button to start the slides', async () => {
    const { page, guard } = await site.open('/lessons/site-services/', { width: 360, height: 740 });
    await page.waitForSelector('.deck-start button');
    expect(await page.locator('[data-slide]:visible').count()).toBe(await page.locator('[data-slide]').count());
    await page.screenshot({ path: `${SHOTS}/phone-360-site-services.png`, fullPage: false });
    expect(await runAxe(page)).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });
});
