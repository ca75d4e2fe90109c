/**
 * Printing, in Chromium's own PDF output (A4): each lesson handout fits one page; documents,
 * topics, calculator results and lessons print without navigation or buttons, with link targets
 * written out (not for in-page # links) and provisions kept whole. PDFs are kept in
 * reports/print/ for people to look at (convert with `pdftoppm -png -r 60`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSite } from './support/browser.ts';

const LESSONS = ['employment-training', 'dibao', 'demolition', 'public-welfare-jobs', 'relapse-monitoring', 'site-services'];
const OUT = 'reports/print';
const site = withSite();

/** Pages in a PDF written by Chromium (its page objects are not compressed). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function printToPdf(page: Page, name: string): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await mkdir(OUT, { recursive: true });
  await writeFile(`${OUT}/${name}.pdf`, pdf);
  return pdf;
}

/** What print CSS did to the page: hidden chrome, printed link targets. */
function printedChrome(page: Page) {
  return page.evaluate(() => {
    const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => getComputedStyle(e).display !== 'none').length;
    const after = (a: Element) => getComputedStyle(a, '::after').content;
    const visible = (e: Element) => e.getClientRects().length > 0;
    const links = [...document.querySelectorAll('main a[href]')].filter(visible);
    const external = links.find((a) => !a.getAttribute('href')!.startsWith('#') && !a.closest('.lesson-qr') && !a.classList.contains('term-link'));
    const inPage = links.find((a) => a.getAttribute('href')!.startsWith('#'));
    return {
      header: shown('.site-header'), footer: shown('.site-footer'), buttons: shown('main button'),
      linkAfter: external ? after(external) : null, inPageAfter: inPage ? after(inPage) : 'none',
      href: external?.getAttribute('href') ?? null,
      termAfter: [...document.querySelectorAll('main a.term-link')].map(after).find((c) => c !== 'none') ?? 'none',
    };
  });
}

describe('printing', () => {
  it('every lesson handout fits on one A4 page and shows its QR code', async () => {
    for (const id of LESSONS) {
      const { page } = await site.open(`/lessons/${id}/handout/`);
      expect(await page.locator('.lesson-qr svg').count(), id).toBe(1);
      const pdf = await printToPdf(page, `handout-${id}`);
      expect(pdfPageCount(pdf), `handout ${id}`).toBe(1);
      await page.close();
    }
  }, 300_000);

  it.each([
    ['a document', '/documents/guangxi-houxu-fuchi/'],
    ['a topic page', '/topics/employment/'],
    ['a lesson', '/lessons/dibao/'],
    ['a glossary term', '/glossary/minimum-living-allowance/'],
  ])('%s prints without navigation, footer or buttons, with link targets written out', async (_, sitePath) => {
    const { page } = await site.open(sitePath);
    await printToPdf(page, sitePath.replace(/^\/|\/$/g, '').replace(/\//g, '_'));
    const chrome = await printedChrome(page);
    expect(chrome).toMatchObject({ header: 0, footer: 0, buttons: 0, inPageAfter: 'none', termAfter: 'none' });
    expect(chrome.linkAfter).toContain(chrome.href!);
  });

  it('provisions are kept whole and headings stay with their text', async () => {
    const { page } = await site.open('/documents/guangxi-houxu-fuchi/');
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      leaf: getComputedStyle(document.querySelector('#p2-5')!.closest('.provision')!).breakInside,
      heading: getComputedStyle(document.querySelector('#p2-5')!).breakAfter,
    }));
    expect(styles).toEqual({ leaf: 'avoid', heading: 'avoid' });
  });

  it('a calculator result prints as the result slip only, with its citations', async () => {
    const { page } = await site.open('/calculators/dibao/');
    await page.getByLabel('当地低保标准').fill('600');
    await page.getByLabel('共同生活的家庭人数').fill('3');
    await page.getByLabel('全家每月总收入').fill('1200');
    await page.getByRole('button', { name: '算一算' }).click();
    await page.waitForSelector('.calc-slip');
    const pdf = await printToPdf(page, 'calculator-dibao-result');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    const chrome = await printedChrome(page);
    expect(chrome).toMatchObject({ header: 0, footer: 0, buttons: 0 });
    expect(await page.locator('.calc-form').isVisible()).toBe(false);
    expect(await page.locator('.calc-slip').isVisible()).toBe(true);
  });
});
