import { describe, expect, it } from 'vitest';
import { withSite } from './support/browser';

/**
 * A cadre's walk through the cross-references: from a provision, follow a glossary term, find
 * another document's provision that uses it, and reach the topic page from there.
 */
describe('a cadre walks from a provision to a glossary term, another provision and the topic page', () => {
  const site = withSite();

  it('provision → 低保 → a provision of another document → 低保与社会救助 topic', async () => {
    const { page, guard } = await site.open('/documents/guangxi-houxu-fuchi/#p2-5', { width: 360 });
    const provision = page.locator('section.provision:has(> #p2-5)');

    // The first use of the term is a link, and its definition is in the page without JS.
    const term = provision.locator('a.term-link[href$="/glossary/minimum-living-allowance/"]').first();
    await expect(term.textContent()).resolves.toBe('低保救助');
    const describedBy = await term.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toContain('最低生活保障');

    await Promise.all([page.waitForURL(/\/glossary\/minimum-living-allowance\/$/), term.click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('低保');

    // The glossary page lists the provisions that use the term; follow one in the Anhui document.
    const usage = page.locator('a[href*="/documents/anhui-gonggu-chengguo/#p2-4-25"]');
    await expect(usage.count()).resolves.toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/anhui-gonggu-chengguo\/#p2-4-25$/), usage.first().click()]);

    // That provision is on the topic; its topic chip leads to the comparison page.
    const other = page.locator('section.provision:has(> #p2-4-25)');
    const topic = other.locator('a.chip-topic[href$="/topics/dibao-social-assistance/"]').first();
    await Promise.all([page.waitForURL(/\/topics\/dibao-social-assistance\/$/), topic.click()]);
    await expect(page.locator('h1').textContent()).resolves.toBe('低保与社会救助');
    await expect(page.locator('.editorial-label').first().textContent()).resolves.toContain('编者概括');
    // The comparison quotes the Anhui provision we came from, linked back to it.
    await expect(page.locator('blockquote.quote a[href$="/documents/anhui-gonggu-chengguo/#p2-4-25"]').count()).resolves.toBeGreaterThan(0);

    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
  });
});
