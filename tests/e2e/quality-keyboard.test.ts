/**
 * Keyboard-only paths (Tab, Shift+Tab, Enter, Space, arrow keys — never the mouse), with a
 * visible focus indicator on every stop: the skip link, home → document → TOC → provision,
 * and, once they are built, the screener and search.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { presentPageTypes } from './page-types.ts';
import { withSite } from './support/browser.ts';

const site = withSite();
const types = presentPageTypes();
const pathOf = (id: string) => types.find((type) => type.id === id)?.path;

interface Focused {
  tag: string;
  type: string;
  role: string;
  href: string;
  text: string;
  inMain: boolean;
  inToc: boolean;
  /** The element shows a focus indicator: an outline or a box-shadow. */
  indicated: boolean;
  /** Some part of the element is inside the viewport. */
  inView: boolean;
}

/** What has keyboard focus now, and whether a sighted keyboard user can see where it is. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type') ?? '',
      role: el.getAttribute('role') ?? '',
      href: el.getAttribute('href') ?? '',
      text: (el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 40),
      inMain: !!el.closest('main'),
      inToc: !!el.closest('nav.toc'),
      indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      inView: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
  });
}

/** Press Tab until `want` matches (at most `limit` times); every stop must show its focus. */
async function tabTo(page: Page, want: (f: Focused) => boolean, limit = 80): Promise<Focused> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) continue;
    expect(now.indicated, `焦点不可见：<${now.tag}> ${now.text}`).toBe(true);
    expect(now.inView, `焦点在屏幕外：<${now.tag}> ${now.text}`).toBe(true);
    if (want(now)) return now;
  }
  throw new Error(`按 Tab ${limit} 次仍未到达目标`);
}

describe('a keyboard-only reader', () => {
  it.each([360, 1280])('at %i px uses the skip link, opens a document, follows the TOC and lands on the provision', async (width) => {
    const { page, guard } = await site.open('/', { width });
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip?.text).toBe('跳到正文');
    expect(skip?.indicated && skip.inView, '跳到正文链接获得焦点时应可见').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    const documentLink = await tabTo(page, (f) => f.inMain && /\/documents\/[a-z0-9-]+\/$/.test(f.href) && !f.href.includes('/by/'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith(documentLink.href.replace(/^.*\/documents\//, '/documents/')));

    const tocLink = await tabTo(page, (f) => f.inToc && f.href.startsWith('#'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === tocLink.href);
    const target = page.locator(tocLink.href);
    await expect.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 5_000 }).toBeLessThan(200);

    // The next Tab continues from the provision, not from the top of the page or the TOC.
    const next = await tabTo(page, () => true, 1);
    expect(next.inToc).toBe(false);
    const after = await page.evaluate((selector) => {
      const anchor = document.querySelector(selector);
      const active = document.activeElement;
      return !!anchor && !!active && (anchor.contains(active) || !!(anchor.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING));
    }, tocLink.href);
    expect(after, 'Tab 应从所跳到的条款继续').toBe(true);
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
  });

  it('fills in the screener and gets a result with the keyboard alone', async (context) => {
    const screener = pathOf('calculator-screener');
    if (!screener) return context.skip('待遇自查 /calculators/screener/ 还没有构建，跳过');
    const { page, guard } = await site.open(screener, { width: 360 });
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
    // Jump over the header (brand, nav, search box, text size) the way a keyboard user would.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    const seenRadioGroups = new Set<string>();
    let submitted = false;
    let stoppedBecause = '';
    for (let i = 0; i < 120 && !submitted; i += 1) {
      const now = await tabTo(page, (f) => f.inMain, 5).catch((e: Error) => ((stoppedBecause = e.message), null));
      if (!now) break;
      const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
      if (now.tag === 'select') await page.keyboard.press('ArrowDown');
      else if (now.tag === 'input' && now.type === 'radio' && !seenRadioGroups.has(name)) {
        seenRadioGroups.add(name);
        await page.keyboard.press('ArrowDown');
      } else if (now.tag === 'input' && now.type === 'checkbox') await page.keyboard.press('Space');
      else if (now.tag === 'input' && ['number', 'text', ''].includes(now.type)) await page.keyboard.type('2');
      else if (now.tag === 'button' && (now.type === 'submit' || /查|看|算|结果/.test(now.text))) {
        await page.keyboard.press('Enter');
        submitted = true;
      }
    }
    expect(submitted, `应能用键盘到达并按下“查看结果”按钮；停在：${stoppedBecause}`).toBe(true);
    // Either the result slip or the error summary: a keyboard user always gets an answer.
    const answer = page.locator('main .calc-slip, main .calc-errors');
    await expect.poll(async () => (await answer.allInnerTexts()).join('').trim().length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
  });

  it('searches with the keyboard and opens a result at its provision', async (context) => {
    const search = pathOf('search');
    if (!search) return context.skip('搜索页 /search/ 还没有构建，跳过');
    const { page, guard } = await site.open(search, { width: 360 });
    const box = await tabTo(page, (f) => f.inMain && f.tag === 'input');
    expect(box.tag).toBe('input');
    await page.keyboard.type('低保');
    await page.keyboard.press('Enter');
    await page.locator('main a[href*="/documents/"]').first().waitFor({ timeout: 15_000 });
    const result = await tabTo(page, (f) => f.inMain && f.href.includes('/documents/'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.includes('/documents/'));
    if (result.href.includes('#')) expect(new URL(page.url()).hash).not.toBe('');
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
  });
});
