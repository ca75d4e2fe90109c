import { describe, expect, it } from 'vitest';
import { withSite } from './support/browser.ts';

const site = withSite();

describe('a cadre reads a provision', () => {
  it('goes from the home page to a document, follows a TOC link to 二、(十) and finds its citation', async () => {
    const { page, guard } = await site.open('/', { width: 360 });
    await page.getByRole('link', { name: '关于进一步强化易地扶贫搬迁后续扶持工作的意见' }).first().click();
    await page.waitForURL(/documents\/guangxi-houxu-fuchi\/$/);
    await page.locator('nav.toc').getByRole('link', { name: /^\(十\)强化拆旧复垦/ }).click();
    await page.waitForURL(/#p2-10$/);

    const heading = page.locator('#p2-10');
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(120);
    expect(await heading.textContent()).toContain('(十)强化拆旧复垦。');
    const provision = page.locator('section.provision:has(> #p2-10)');
    expect(await provision.locator('[data-citation]').first().textContent()).toBe(
      '《关于进一步强化易地扶贫搬迁后续扶持工作的意见》二、(十)',
    );
    expect(await provision.textContent()).toContain('对属于自建独立房的,要在其实际入住新房后2年内拆除旧房');
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  });

  it('reads every document with JavaScript off, provisions and citations included', async () => {
    const context = site.context;
    const page = await context.newPage();
    await page.route('**/*.js', (route) => route.abort());
    for (const slug of ['dachuan-houxu-tuopin', 'wenzhou-jingzhun-fupin', 'suixian-anzhiqu-fangan', 'guangxi-houxu-fuchi', 'anhui-gonggu-chengguo']) {
      await page.goto(site.href(`/documents/${slug}/`));
      expect(await page.locator('h1').textContent(), slug).toBeTruthy();
      expect(await page.locator('.provision-heading').count(), slug).toBeGreaterThan(10);
      expect(await page.locator('[data-citation]').first().isVisible(), slug).toBe(true);
    }
    await page.close();
  });
});
