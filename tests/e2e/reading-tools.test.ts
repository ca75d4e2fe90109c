/**
 * Easier reading: the text-size switch (three sizes, remembered across pages) and read-aloud
 * with the browser's zh-CN speech synthesis — hidden where there is no Chinese voice, reading a
 * provision's own words (not UI), a glossary explanation and a calculator result otherwise.
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

describe('text size', () => {
  it('特大 enlarges all text, is announced as pressed, and is remembered on the next page', async () => {
    const { page, guard } = await site.open('/documents/guangxi-houxu-fuchi/', { width: 360 });
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await rootSize()).toBe(18);
    await page.getByRole('button', { name: '特大' }).click();
    expect(await rootSize()).toBe(26);
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('false');
    await page.goto(site.href('/glossary/'));
    await page.waitForSelector('.text-size');
    expect(await rootSize()).toBe(26);
    expect(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '标准' }).click();
    expect(await rootSize()).toBe(18);
    expect(await runAxe(page)).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
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
    await button.click();
    const [text] = await spoken(p);
    expect(text).toContain('(五)强化社会保障');
    expect(text).toContain('可以在安置地申请6个月的低保救助');
    expect(text).not.toMatch(/复制|引用|朗读/);
    expect(await button.textContent()).toBe('停止朗读');
    expect(await runAxe(p)).toEqual([]);
    expect(opened.guard.consoleErrors).toEqual([]);
  });

  it('reads a glossary explanation and a calculator result', async () => {
    const { page } = await site.open('/about/');
    await fakeChineseVoice(page);
    await page.goto(site.href('/glossary/minimum-living-allowance/'));
    await page.locator('#definition > button.read-aloud').click();
    const definition = await page.locator('#definition p').textContent();
    expect((await spoken(page))[0]).toContain(definition!.trim().slice(0, 20));

    await page.goto(site.href('/calculators/dibao/'));
    await page.getByLabel('当地低保标准').fill('600');
    await page.getByLabel('共同生活的家庭人数').fill('3');
    await page.getByLabel('全家每月总收入').fill('1200');
    await page.getByRole('button', { name: '算一算' }).click();
    await page.locator('.calc-slip > button.read-aloud').click();
    expect((await spoken(page)).at(-1)).toContain('600 元/月');
  });
});
