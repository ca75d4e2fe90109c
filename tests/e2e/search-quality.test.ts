/**
 * Search quality against the real built index in Chromium: every query in
 * tests/search/queries.yaml is typed into /search/ and the top 5 results are compared with the
 * provisions a reader needs. Prints recall@1, recall@5 and MRR; fails below recall@5 0.9.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { withSite } from './support/browser.ts';
import { rankOnSearchPage } from './support/search-page.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { flattenProvisions } from '../../src/lib/provisions.ts';
import { scoreQueries, type QueryCase } from '../search/metrics.ts';

const cases = parse(readFileSync('tests/search/queries.yaml', 'utf8')) as QueryCase[];
const site = withSite();

describe('search quality', () => {
  it('every expected key in queries.yaml names a real provision or document', () => {
    const keys = new Set<string>();
    for (const d of loadCorpus()) {
      keys.add(d.slug);
      for (const f of flattenProvisions(d.data.provisions)) keys.add(`${d.slug}#${f.anchor}`);
    }
    const unknown = cases.flatMap((c) => c.expect.filter((k) => !keys.has(k)).map((k) => `${c.q} → ${k}`));
    expect(unknown).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('finds the right provision in the top 5 for at least 90% of the queries people ask', async () => {
    const { ranked, guard } = await rankOnSearchPage(site, cases.map((c) => c.q));
    const report = scoreQueries(cases, ranked.map((r) => r.top));
    console.log(report.text);
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(report.recallAt5).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
