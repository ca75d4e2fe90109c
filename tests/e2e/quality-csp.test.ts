/**
 * The production Content-Security-Policy (dist/_headers, sent by the test server as a header,
 * on top of the <meta> policy Astro writes into each page) blocks nothing the site needs:
 * every page type loads without a CSP violation and every island still hydrates and works.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { presentPageTypes } from './page-types.ts';
import { withSite } from './support/browser.ts';

const site = withSite({ csp: true });
const types = presentPageTypes().filter((type) => type.kind !== 'raw');

beforeAll(async () => {
  // Runs through the DevTools protocol, so CSP does not apply to this recorder itself.
  await site.context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    document.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** Scroll every island into view (client:visible) and wait until Astro has hydrated them all. */
async function hydrateAll(page: Page) {
  // Plain DOM scrolling: Playwright's scrollIntoViewIfNeeded waits for an element to stop moving,
  // which an island inside an animated or hidden slide (lessons) never does.
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island')) {
      island.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    }
  });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')), undefined, {
    timeout: 15_000,
  });
}

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

  it.each(types)('the $name page ($path) loads and hydrates its islands with no CSP violation', async (type) => {
    const { page, guard } = await site.open(type.path, { width: 1280 });
    await hydrateAll(page);
    expect(await violations(page)).toEqual([]);
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
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
    expect(await violations(page)).toEqual([]);
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
    expect(await violations(page)).toEqual([]);
    await page.close();
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  });
});
