import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runAxe, withSite } from './support/browser.ts';

const site = withSite();
const SHOTS = 'reports/screenshots';

/** Picks a radio in the fieldset whose legend is `legend`, inside member block `scope`. */
async function choose(page: Page, scope: string, legend: RegExp | string, option: string) {
  const group = page.locator(scope).getByRole('group', { name: legend });
  await group.getByRole('radio', { name: option, exact: true }).check();
}

async function fillMember(page: Page, i: number, m: { age: string; work: string; want: string; job: string; disability: string; school?: string }) {
  const scope = `fieldset.calc-member >> nth=${i}`;
  await page.locator(`#f-a${i}`).fill(m.age);
  await choose(page, scope, /能干活吗/, m.work);
  await choose(page, scope, /想找工作吗/, m.want);
  await choose(page, scope, /现在有工作吗/, m.job);
  await choose(page, scope, /有没有残疾/, m.disability);
  if (m.school) await page.locator(`#f-s${i}`).selectOption({ label: m.school });
}

/** A family of three resettled in Guangxi, income typed the way people write it. */
async function fillFamily(page: Page) {
  await page.waitForSelector('form.calc-form');
  await page.getByLabel('搬到了哪里（安置地）').selectOption('450000');
  await page.getByLabel('家里一起生活的人数').fill('３');
  await fillMember(page, 0, { age: '45', work: '是', want: '是', job: '否', disability: '无' });
  await fillMember(page, 1, { age: '４２', work: '是', want: '否', job: '否', disability: '轻度' });
  await fillMember(page, 2, { age: '10', work: '否', want: '否', job: '否', disability: '无', school: '小学' });
  await page.getByLabel(/全家每月总收入/).fill('1,200元');
  await page.getByLabel(/当地低保标准/).fill('６００');
  await choose(page, 'form', /家庭财产符合当地低保规定吗/, '是');
  await choose(page, 'form', /有能赡养、扶养的子女或亲属吗/, '不清楚');
  await choose(page, 'form', /是脱贫户或防返贫监测对象吗/, '是');
}

describe('a relocated household checks what it may be entitled to', () => {
  it('fills the screener on a 360 px phone and sees verdicts, the 低保 working and links to the right provisions', async () => {
    const { page, guard } = await site.open('/calculators/screener/', { width: 360, height: 740 });
    await fillFamily(page);
    await page.getByRole('button', { name: '查看结果' }).click();

    const slip = page.locator('.calc-slip');
    await expect.poll(() => slip.isVisible()).toBe(true);
    const dibao = slip.locator('[data-item="dibao"]');
    expect(await dibao.locator('.calc-badge').textContent()).toBe('可能符合');
    expect(await dibao.textContent()).toContain('600 − 400 = 200 元/人·月 × 3 人 = 600 元/月');
    expect(await dibao.getByRole('link', { name: /关于进一步强化易地扶贫搬迁后续扶持工作的意见.*二、\(五\)/ }).getAttribute('href')).toMatch(
      /\/documents\/guangxi-houxu-fuchi\/#p2-5$/,
    );
    expect(await dibao.textContent()).toContain('社会救助暂行办法 第十二条（国家法规，本站未收录全文）');
    expect(await dibao.locator('a', { hasText: '社会救助暂行办法' }).count()).toBe(0);
    expect(await slip.locator('[data-item="school"] .calc-badge').textContent()).toBe('可能符合');
    expect(await slip.locator('[data-item="employment"] .calc-badge').textContent()).toBe('可能符合');
    expect(await slip.textContent()).toContain('第 2 位');
    expect(await slip.textContent()).toContain('以下结果只是根据文件条文作出的初步提示');
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|undefined/);

    expect(await runAxe(page)).toEqual([]);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/calculators-screener-result-360.png`, fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.calc-form').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.calc-static').isVisible()).toBe(false);
    expect(await slip.isVisible()).toBe(true);
    expect(await page.locator('.calc-slip-date').textContent()).toMatch(/生成日期：\d{4}年\d{1,2}月\d{1,2}日/);
    await page.screenshot({ path: `${SHOTS}/calculators-screener-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // Reload from the shared URL in a fresh tab: answers and results come back.
    const shared = page.url();
    expect(shared).toContain('#');
    const again = await site.context.newPage();
    await again.setViewportSize({ width: 360, height: 740 });
    await again.goto(shared);
    await again.waitForSelector('.calc-slip');
    await expect.poll(() => again.locator('.calc-slip [data-item="dibao"]').isVisible()).toBe(true);
    expect(await again.locator('#f-n').inputValue()).toBe('３');
    expect(await again.locator('#f-a1').inputValue()).toBe('４２');
    expect(await again.locator('#f-inc').inputValue()).toBe('1,200元');
    expect(await again.locator('#f-s2').inputValue()).toBe('primary');
    expect(await again.locator('.calc-slip [data-item="dibao"]').textContent()).toContain('× 3 人 = 600 元/月');
    await again.close();

    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  }, 120_000);

  it('says in Chinese beside the field when the household has 0 or 100 people or a negative income', async () => {
    const { page, guard } = await site.open('/calculators/screener/', { width: 360 });
    await page.waitForSelector('form.calc-form');
    const size = page.getByLabel('家里一起生活的人数');
    for (const bad of ['0', '100', '２.５']) {
      await size.fill(bad);
      await expect.poll(() => page.locator('#f-n-err').textContent()).toContain('家庭人数必须是 1 到 30 之间的整数');
      expect(await size.getAttribute('aria-invalid')).toBe('true');
      expect(await size.getAttribute('aria-describedby')).toContain('f-n-err');
      expect(await page.locator('fieldset.calc-member').count()).toBe(0);
    }
    await size.fill('1');
    expect(await page.locator('#f-n-err').count()).toBe(0);
    await page.getByLabel('搬到了哪里（安置地）').selectOption('340000');
    await page.getByLabel(/全家每月总收入/).fill('-300');
    await page.getByRole('button', { name: '查看结果' }).click();
    await expect.poll(() => page.locator('#f-inc-err').textContent()).toContain('家庭月收入不能是负数');
    expect(await page.locator('#f-a0-err').textContent()).toContain('请填写年龄');
    expect(await page.locator('#f-d0-err').textContent()).toContain('请选择残疾情况');
    const summary = page.locator('.calc-errors');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.calc-slip').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/NaN/);
    expect(await runAxe(page)).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  }, 120_000);

  it('remembers answers only after the user agrees, and forgets them with the clear button', async () => {
    const { page } = await site.open('/calculators/screener/', { width: 1280 });
    await fillFamily(page);
    await page.getByRole('button', { name: '查看结果' }).click();
    expect(await page.evaluate(() => localStorage.getItem('bqzct:calc:screener'))).toBeNull();
    await page.getByLabel(/在这台设备上记住我的填写/).check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('bqzct:calc:screener'))).toContain('r=450000');

    const fresh = await site.context.newPage();
    await fresh.goto(site.href('/calculators/screener/'));
    await fresh.waitForSelector('form.calc-form');
    await expect.poll(() => fresh.locator('#f-n').inputValue()).toBe('３');
    await fresh.getByRole('button', { name: '清空全部填写' }).click();
    expect(await fresh.evaluate(() => localStorage.getItem('bqzct:calc:screener'))).toBeNull();
    await expect.poll(() => fresh.locator('#f-n').inputValue()).toBe('');
    await expect.poll(() => fresh.evaluate(() => location.hash)).toBe('');
    await fresh.close();
  }, 120_000);
});
