/**
 * The 农民夜校 lessons on a 1280×720 projector: one slide at a time, body type ≥ 32 px, no slide
 * overflowing the screen, keyboard and clicker navigation, quiz answers on click, and a QR code
 * in the static HTML. Screenshots of each lesson's title and first quiz slide go to reports/screenshots/lessons/
 * (of every slide with LESSON_SHOTS=all).
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
const EVERY_SLIDE = process.env.LESSON_SHOTS === 'all';
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
      // Measure every slide in one pass inside the page (a round trip per check costs seconds
      // on two cores): smallest body type, and whether anything — an opened quiz answer
      // included — reaches below the top of the deck bar.
      const slides = await page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
        const bar = document.querySelector('.deck-bar')!.getBoundingClientRect().top;
        const results: { minFont: number; bottom: number; bar: number; quiz: boolean }[] = [];
        for (const slide of document.querySelectorAll<HTMLElement>('[data-slide]')) {
          if (!slide.classList.contains('is-current')) throw new Error('deck did not advance');
          const summary = slide.querySelector('summary');
          summary?.click();
          await frame();
          const sizes = [...slide.querySelectorAll('p, li, dt, dd, summary, blockquote, footer')].map((e) => parseFloat(getComputedStyle(e).fontSize));
          const bottom = Math.max(...[...slide.querySelectorAll('*')].map((e) => e.getBoundingClientRect().bottom));
          results.push({ minFont: Math.min(...sizes), bottom, bar, quiz: Boolean(summary) });
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
          await frame();
        }
        return results;
      });
      expect(slides.length).toBe(total);
      slides.forEach((slide, index) => {
        expect(slide.minFont, `${id} slide ${index + 1}`).toBeGreaterThanOrEqual(32);
        expect(slide.bottom, `${id} slide ${index + 1} overflows the screen`).toBeLessThanOrEqual(slide.bar);
      });
      // Screenshots for review, answers open: the title slide and the first quiz slide of each
      // lesson (LESSON_SHOTS=all for every slide; each one costs time on two cores).
      const firstQuiz = slides.findIndex((slide) => slide.quiz) + 1;
      await page.keyboard.press('Home');
      for (let n = 1; n <= total; n++) {
        if (EVERY_SLIDE || n === 1 || n === firstQuiz) await page.screenshot({ path: `${SHOTS}/${id}-${String(n).padStart(2, '0')}.png` });
        if (!EVERY_SLIDE && n >= Math.max(1, firstQuiz)) break;
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
