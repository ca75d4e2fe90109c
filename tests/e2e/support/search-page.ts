/** Queries typed into the real /search/ page, as a reader does (search-quality and shard tests). */
import type { Page } from 'playwright-core';
import type { Site } from './browser.ts';
import { resultKey } from '../../search/metrics.ts';

export interface PageRanking {
  query: string;
  /** Citation keys of the first five results. */
  top: string[];
  /** The status line ("找到 … 条" or why nothing was found). */
  status: string;
}

/** Types a query into the search page box, presses Enter and waits until its results are shown. */
export async function searchFor(page: Page, q: string, timeout = 60_000): Promise<void> {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  await page.waitForSelector(`.search-app[data-done="${q.replace(/"/g, '\\"')}"]`, { timeout });
}

/** Types each query into /search/ at 360 px, presses Enter and reads the first five results. */
export async function rankOnSearchPage(site: Site, queries: readonly string[]) {
  const { page, guard } = await site.open('/search/', { width: 360 });
  // Pagefind files that did not arrive whole, to say why a query got no answer.
  const broken: string[] = [];
  page.on('response', (r) => {
    if (!r.url().includes('/pagefind/')) return;
    if (r.status() !== 200) broken.push(`${r.status()} ${r.url()}`);
    else void r.body().then((b) => b.length === 0 && broken.push(`empty ${r.url()}`), () => undefined);
  });
  const base = new URL(site.url).pathname;
  // Type only once the island has hydrated; before that Enter would submit the plain form.
  await page.waitForSelector('html[data-search-ready]');
  const ranked: PageRanking[] = [];
  for (const q of queries) {
    await searchFor(page, q, 30_000).catch((e: Error) => {
      throw new Error(`“${q}” got no answer: ${e.message}\nconsole errors: ${guard.consoleErrors.join(' | ') || 'none'}\nPagefind responses not whole: ${broken.join(' | ') || 'none'}`);
    });
    const hrefs = await page.$$eval('.search-results a.result-title', (as) => as.slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
    const status = (await page.textContent('.search-status')) ?? '';
    ranked.push({ query: q, top: hrefs.map((h) => resultKey(h, base)), status });
  }
  return { ranked, guard };
}
