/**
 * Calculator pages beyond the page-type gate (tests/e2e/support/quality-pages.ts, which runs axe,
 * the CSP and the JS-off check on each): the no-JS rules text, keyboard use and worked results.
 */
import { describe, expect, it } from 'vitest';
import { runAxe, withSite } from './support/browser.ts';

const site = withSite();

describe('the calculator pages', () => {
  it.each(['screener', 'dibao', 'demolition', 'quota', 'site'])(
    'keep the page still while the %s form appears at 360 px (layout shift under 0.1, the "good" CLS mark)',
    async (calc) => {
      const { page, guard } = await site.open(`/calculators/${calc}/`, { width: 360 });
      await page.waitForSelector('.calc-app form');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect(shift).toBeLessThan(0.1);
      expect(guard.consoleErrors).toEqual([]);
      await page.close();
    },
  );

  it('show a no-JavaScript message and the rules with quoted provisions when JavaScript is off', async () => {
    const context = site.context;
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(site.href('/calculators/dibao/'));
    // <noscript> content only renders when scripting is off, so check the source instead.
    expect(await page.locator('noscript').first().evaluate((el) => el.textContent)).toContain('需要开启 JavaScript');
    const rules = page.locator('.calc-static');
    expect(await rules.textContent()).toContain('600 − 400 = 200 元/人·月 × 3 人 = 600 元/月');
    expect(await rules.locator('a[href$="/documents/guangxi-houxu-fuchi/#p2-5"]').count()).toBeGreaterThan(0);
    await page.goto(site.href('/calculators/demolition/'));
    expect(await page.locator('.calc-static blockquote').first().textContent()).toContain('对属于自建独立房的,要在其实际入住新房后2年内拆除旧房');
    expect(await page.locator('.calc-static').textContent()).toContain('第二百零二条');
    await page.close();

    const off = await context.browser()?.newContext({ javaScriptEnabled: false });
    if (off) {
      const p = await off.newPage();
      await p.goto(site.href('/calculators/screener/'));
      expect(await p.locator('.calc-noscript').isVisible()).toBe(true);
      await off.close();
    }
  });

  it('let a cadre use the 低保 calculator with the keyboard only and see the working', async () => {
    const { page, guard } = await site.open('/calculators/dibao/', { width: 360 });
    await page.waitForSelector('form.calc-form');
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'f-std')) break;
    }
    await page.keyboard.type('６００元');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1,200');
    await page.keyboard.press('Enter');
    const slip = page.locator('.calc-slip');
    await slip.waitFor();
    expect(await slip.locator('.calc-working').first().textContent()).toContain('600 − 400 = 200 元/人·月 × 3 人 = 600 元/月');
    expect(await slip.textContent()).toContain('分档');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('slip-title');
    await page.locator('#f-n').fill('0');
    await page.getByRole('button', { name: '算一算' }).click();
    await expect.poll(() => page.locator('#f-n-err').textContent()).toContain('家庭人数必须是 1 到 30 之间的整数');
    expect(await page.locator('.calc-slip').count()).toBe(0);
    expect(guard.consoleErrors).toEqual([]);
  });

  it('show the 6-month 安置地低保 total for Guangxi only', async () => {
    const { page } = await site.open('/calculators/dibao/#r=450000&std=600&n=3&inc=1200', { width: 360 });
    await page.locator('.calc-slip').waitFor();
    expect(await page.locator('.calc-slip').textContent()).toContain('6 个月合计约 3,600 元');
    await page.goto(site.href('/calculators/dibao/#r=340000&std=600&n=3&inc=1200'));
    await page.reload();
    await page.locator('.calc-slip').waitFor();
    expect(await page.locator('.calc-slip').textContent()).toContain('只有广西的文件这样写');
  });

  it('list what a Guangxi site of 900 people must have, with passed deadlines marked', async () => {
    const { page, guard } = await site.open('/calculators/site/', { width: 1280 });
    await page.waitForSelector('form.calc-form');
    await page.getByLabel('安置点所在地区').selectOption('450000');
    await page.getByLabel('安置户数').fill('２００');
    await page.getByLabel('安置人数').fill('900人');
    await page.getByRole('button', { name: '查看要求' }).click();
    const nine = page.locator('[data-item="guangxi-nine-centres"]');
    await nine.waitFor();
    expect(await nine.textContent()).toContain('期限已过：2020年8月底前');
    expect(await nine.getByRole('link').getAttribute('href')).toMatch(/guangxi-houxu-fuchi\/#p2-6$/);
    expect(await page.locator('[data-item="guangxi-employment-task-force"]').count()).toBe(0);
    await page.getByLabel('安置人数').fill('100');
    await page.getByRole('button', { name: '查看要求' }).click();
    await expect.poll(() => page.locator('#f-p-err').textContent()).toContain('安置人数不能少于安置户数');
    expect(await runAxe(page)).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
  });

  it('compute the Wenzhou quota floored to whole people and the exit test', async () => {
    const { page } = await site.open('/calculators/quota/#area=county&pop=123456&inc=9000&std=8000&stable=yes&better=unknown', { width: 360 });
    await page.locator('.calc-slip').waitFor();
    expect(await page.locator('[data-item="quota"] .calc-big').textContent()).toBe('6,172 人');
    expect(await page.locator('[data-item="quota"]').textContent()).toContain('向下取整为 6172 人');
    expect(await page.locator('[data-item="exit"] .calc-badge').textContent()).toBe('需要核实');
    expect(await page.locator('[data-item="exit"] a').getAttribute('href')).toMatch(/wenzhou-jingzhun-fupin\/#p2-1-3$/);
  });
});
