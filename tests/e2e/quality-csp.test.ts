/**
 * The production Content-Security-Policy (dist/_headers, sent by the test server as a header,
 * on top of the <meta> policy Astro writes into each page) blocks nothing the site needs.
 * Every page type is loaded and hydrated under it by the page-type gate
 * (tests/e2e/support/quality-pages.ts); this file checks the header itself, the islands that
 * need more than hydration (clipboard, Pagefind's WebAssembly and worker), and the page guard
 * every browser test relies on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { presentPageTypes } from './page-types.ts';
import { cspViolations, recordCspViolations, withSite } from './support/browser.ts';

const site = withSite({ csp: true });
const types = presentPageTypes().filter((type) => type.kind !== 'raw');

beforeAll(async () => {
  await recordCspViolations(site.context);
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
});


describe('under the production CSP', () => {
  it('the server sends the policy from dist/_headers: self only, no unsafe-inline script, no frames', async () => {
    const response = await fetch(site.href('/'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' /);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('the citation copier on a document page reveals its buttons and copies a citation', async () => {
    const document = types.find((type) => type.id === 'document');
    expect(document, '需要至少一个政策文件页面').toBeDefined();
    const { page, guard } = await site.open(document?.path ?? '/', { width: 360 });
    const button = page.locator('button[data-copy]').first();
    await button.waitFor({ state: 'visible' });
    await button.click();
    await expect.poll(() => page.locator('[role="status"]').first().textContent()).toMatch(/^已复制：/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('《');
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
  });

  it('search, when built, finds a provision with Pagefind (its WebAssembly and worker allowed)', async (context) => {
    const search = types.find((type) => type.kind === 'search');
    if (!search) return context.skip('搜索页 /search/ 还没有构建，跳过');
    const { page, guard } = await site.open(search.path, { width: 1280 });
    const box = page.locator('main input[type="search"], main input[name="q"]').first();
    await box.fill('低保');
    await box.press('Enter');
    await page.locator('main a[href*="/documents/"]').first().waitFor({ timeout: 15_000 });
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  });
});

describe('the page guard of the browser tests', () => {
  it('records a request to another host, so a test that expects none can fail', async () => {
    const { page, guard } = await site.open('/', { width: 360 });
    // about:blank carries no CSP, so the request reaches the network layer, where the
    // resolver rule of CHROMIUM_ARGS makes it fail without leaving the machine.
    await page.goto('about:blank');
    await page.evaluate(() => fetch('http://tracker.example/pixel').catch(() => undefined));
    await expect.poll(() => guard.foreignRequests).toContain('http://tracker.example/pixel');
    await page.close();
  });
});
