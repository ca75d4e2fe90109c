import { mkdir } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, formatChineseDate, parseIsoDate } from '../../src/rules/dates.ts';
import { planDemolition } from '../../src/rules/index.ts';
import { todayInChina } from '../../src/rules/today.ts';
import { runAxe, withSite } from './support/browser.ts';

// The production Content-Security-Policy is sent, so hydration and the blob: download are
// proven to work under it.
const site = withSite({ csp: true });
const SHOTS = 'reports/screenshots';
const FW = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** A move-in date 400 days ago, so the deadline is still ahead whatever day the test runs. */
function movedIn() {
  const d = addDays(todayInChina(), -400);
  const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return { d, iso, typed: FW(`${d.year}年${d.month}月${d.day}日`) };
}

async function fill(page: Page, region: string, moved: string, house = '自建独立房', village = '不属于下列村落') {
  await page.waitForSelector('form.calc-form');
  await page.getByLabel('旧房所在地区').selectOption(region);
  await page.getByLabel('实际入住新房的日期').fill(moved);
  await page.getByRole('group', { name: /旧房类型/ }).getByRole('radio', { name: house }).check();
  await page.getByRole('group', { name: /旧房所在村落/ }).getByRole('radio', { name: village }).check();
  await page.getByRole('button', { name: '查看拆旧安排' }).click();
}

describe('a household that moved into its new flat plans the demolition of its old house', () => {
  it('learns the deadline with the 民法典 working, the days left, the steps and their provisions, and downloads an .ics reminder', async () => {
    const { page, guard } = await site.open('/calculators/demolition/', { width: 360, height: 740 });
    const { iso, typed } = movedIn();
    const expected = planDemolition({ region: '450000', movedInOn: iso, houseType: 'self-built-detached', villageProtection: 'none' });
    if (!expected.ok || !expected.deadline) throw new Error('rule did not give a deadline');
    const deadline = formatChineseDate(parseIsoDate(expected.deadline)!);

    await fill(page, '450000', typed);
    const slip = page.locator('.calc-slip');
    await slip.waitFor();
    const verdict = slip.locator('[data-item="verdict"]');
    expect(await verdict.textContent()).toContain(`最迟 ${deadline} 前拆除`);
    expect(await verdict.textContent()).toContain(`距期限还有 ${expected.daysLeft} 天`);
    expect(await verdict.textContent()).toContain('按民法典第二百零一条，开始的当日不计入');
    const timeline = slip.locator('.calc-timeline li');
    expect(await timeline.count()).toBe(expected.steps.length);
    expect(await slip.locator('.calc-timeline').textContent()).toContain('增减挂钩');
    expect(await slip.locator('[data-item="notes"]').textContent()).toContain('不得象征性拆除或拆一部分留一部分');
    expect(await slip.locator('[data-item="notes"]').textContent()).toContain('第二百零三条');
    const basis = slip.locator('[data-item="basis"]');
    expect(await basis.getByRole('link', { name: /二、\(十\)/ }).getAttribute('href')).toMatch(/\/documents\/guangxi-houxu-fuchi\/#p2-10$/);
    expect(await basis.textContent()).toContain('民法典 第二百零二条（国家法规，本站未收录全文）');
    expect(await basis.textContent()).toContain('到期月的对应日为期间的最后一日');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载日历提醒/ }).click()]);
    expect(download.suggestedFilename()).toBe(`旧房拆除期限-${expected.deadline}.ics`);
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${expected.deadline.replace(/-/g, '')}`);
    expect(ics).toContain('TRIGGER:-P60D');
    expect(ics).toContain('TRIGGER:-P30D');

    expect(await runAxe(page)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.calc-form').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /下载日历提醒/ }).isVisible()).toBe(false);
    expect(await verdict.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/calculators-demolition-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: `${SHOTS}/calculators-demolition-result-360.png`, fullPage: true });

    const again = await site.context.newPage();
    await again.goto(page.url());
    await again.locator('.calc-slip [data-item="verdict"]').waitFor();
    expect(await again.locator('#f-m').inputValue()).toBe(typed);
    expect(await again.locator('[data-item="verdict"]').textContent()).toContain(deadline);
    await again.close();

    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  }, 120_000);

  it('rejects 2020-02-30 in Chinese beside the field and accepts 2020-3-5, 2020/03/05 and 2020.3.5 alike', async () => {
    const { page, guard } = await site.open('/calculators/demolition/', { width: 360 });
    await fill(page, '450000', '2020-02-30');
    await expect.poll(() => page.locator('#f-m-err').textContent()).toContain('2020年2月没有30日');
    expect(await page.locator('#f-m').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.calc-slip').count()).toBe(0);
    for (const typed of ['2020-3-5', '2020/03/05', '2020.3.5', '２０２０年３月５日']) {
      await page.locator('#f-m').fill(typed);
      await page.getByRole('button', { name: '查看拆旧安排' }).click();
      await expect.poll(() => page.locator('[data-item="verdict"]').textContent(), { timeout: 5000 }).toContain('最迟 2022年3月5日');
    }
    expect(guard.consoleErrors).toEqual([]);
  }, 120_000);

  it('labels a future move-in date 预计, offers the exemption path for a 连体房, and shows other regions the Guangxi rule only as a reference', async () => {
    const { page } = await site.open('/calculators/demolition/', { width: 1280 });
    const future = addDays(todayInChina(), 30);
    await fill(page, '450000', `${future.year}-${future.month}-${future.day}`);
    await expect.poll(() => page.locator('[data-item="verdict"]').textContent()).toContain('（预计）');
    await page.getByRole('group', { name: /旧房类型/ }).getByRole('radio', { name: /连体房/ }).check();
    await page.getByRole('button', { name: '查看拆旧安排' }).click();
    await expect.poll(() => page.locator('[data-item="verdict"]').textContent()).toContain('经县级政府批准，腾退为村集体财产进行保护利用，可以不拆除');
    expect(await page.getByRole('button', { name: /下载日历提醒/ }).count()).toBe(0);

    await page.getByLabel('旧房所在地区').selectOption('421321');
    await page.getByRole('group', { name: /旧房类型/ }).getByRole('radio', { name: '自建独立房' }).check();
    await page.getByRole('button', { name: '查看拆旧安排' }).click();
    await expect.poll(() => page.locator('.calc-slip .notice').first().textContent()).toContain('仅供参考');
    expect(await page.locator('[data-item="verdict"] .calc-badge').textContent()).toBe('仅供参考');
    expect(await page.locator('.calc-slip').textContent()).toContain('请向县级人民政府');
    expect(await runAxe(page)).toEqual([]);
  }, 120_000);
});
