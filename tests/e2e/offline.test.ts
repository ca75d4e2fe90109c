/**
 * Offline: after one visit the service worker has precached the whole site (the five-document
 * site is under the budget of scripts/build-sw.mjs; above it only the shell is precached, see
 * tests/lib/sw-precache.test.ts), so with the network
 * gone a reader can still open another document, search (Pagefind) and use a calculator, and an
 * unknown page gives the offline notice instead of the browser's error page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withSite } from './support/browser.ts';

const DIST = process.env.DIST_DIR ?? 'dist';
const site = withSite({ csp: true, serviceWorkers: 'allow' });

async function precacheSize(): Promise<number> {
  const sw = await readFile(path.join(DIST, 'sw.js'), 'utf8');
  return (JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]!) as string[]).length;
}

describe('the site works offline after one visit', () => {
  it('loads once, goes offline, then navigates, searches and calculates', async () => {
    const expected = await precacheSize();
    const { page, guard } = await site.open('/');
    // Wait until the worker controls the page and its cache holds every precached file.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });
    const cached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('bqzct-'));
      return names.length === 1 ? (await (await caches.open(names[0]!)).keys()).length : -names.length;
    });
    expect(cached).toBe(expected);

    await site.context.setOffline(true);
    try {
      const doc = await page.goto(site.href('/documents/anhui-gonggu-chengguo/'));
      expect(doc?.ok()).toBe(true);
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/巩固易地扶贫搬迁脱贫成果/);
      expect(await page.locator('#p3-35').count()).toBe(1);

      await page.goto(site.href('/search/?q=低保'));
      await page.waitForSelector('.search-result', { timeout: 15_000 });
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);

      await page.goto(site.href('/calculators/dibao/'));
      await page.getByLabel('当地低保标准').fill('600');
      await page.getByLabel('共同生活的家庭人数').fill('3');
      await page.getByLabel('全家每月总收入').fill('1200');
      await page.getByRole('button', { name: '算一算' }).click();
      await expect(page.locator('.calc-big').first().textContent()).resolves.toContain('600');

      await page.goto(site.href('/lessons/dibao/'));
      await page.waitForSelector('.deck-bar');

      const missing = await page.goto(site.href('/no-such-page/'));
      expect(missing?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe('现在没有网络');
    } finally {
      await site.context.setOffline(false);
    }
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });

  it('the five-document site is under the precache budget, so the worker precaches all of it ("full" mode)', async () => {
    const sw = await readFile(path.join(DIST, 'sw.js'), 'utf8');
    expect(sw).toContain('const MODE = "full"');
    const pages = (JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]!) as string[]).filter((u) => u.includes('/documents/'));
    expect(pages.some((u) => u.endsWith('/documents/anhui-gonggu-chengguo/'))).toBe(true);
  });

  it('the web app manifest is installable: name, zh-CN, start_url and scope at the base, 192 and 512 px icons', async () => {
    const { page } = await site.open('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (u) => (await fetch(u!)).json(), href);
    const base = new URL(site.url).pathname;
    expect(manifest).toMatchObject({ name: '搬迁政策通', lang: 'zh-CN', start_url: base, scope: base, display: 'standalone' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((i: { sizes: string }) => i.sizes === size);
      const res = await page.evaluate(async (u) => { const r = await fetch(u); return { ok: r.ok, type: r.headers.get('content-type') }; }, icon.src);
      expect(res).toEqual({ ok: true, type: 'image/png' });
    }
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#0b5d4b');
  });
});
