import { describe, expect, it } from 'vitest';
import { filtersOf, listPages, listViews, regionsInline, REGION_INLINE_MAX, sortDocuments, viewPagePath, viewPath, type ListedDocument } from '../../src/lib/document-list.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';

const doc = (slug: string, level: PolicyDocument['level'], code: string, writtenOn: string | null): ListedDocument => ({
  slug,
  data: { level, region: { code, name: code }, writtenOn, publishedOn: null } as PolicyDocument,
});
const docs = [doc('a', 'county', '511703', '2018-08-07'), doc('b', 'city', '330300', '2016-09-02'), doc('c', 'province', '450000', null)];
/** n county documents, each in its own region, dated one day apart. */
const counties = (n: number) =>
  Array.from({ length: n }, (_, i) => doc(`d${String(i).padStart(4, '0')}`, 'county', String(340000 + i), `2019-01-${String((i % 28) + 1).padStart(2, '0')}`));

describe('the document list', () => {
  it('sorts newest first with unknown dates last, and oldest first likewise', () => {
    expect(sortDocuments(docs, 'newest').map((d) => d.slug)).toEqual(['a', 'b', 'c']);
    expect(sortDocuments(docs, 'oldest').map((d) => d.slug)).toEqual(['b', 'a', 'c']);
  });

  it('has one static view per filter and order, each selecting only its documents', () => {
    const views = listViews([...docs, doc('d', 'county', '511703', '2019-01-01')]);
    expect(views.map((v) => v.path)).toContain('by/level-county/oldest/');
    expect(views.find((v) => v.path === 'by/region-511703/')?.docs.map((d) => d.slug)).toEqual(['d', 'a']);
    expect(views.find((v) => v.path === 'by/region-450000/')?.docs.map((d) => d.slug)).toEqual(['c']);
    expect(views.find((v) => v.path === '')?.docs).toHaveLength(4);
    expect(new Set(views.map((v) => v.path)).size).toBe(views.length);
  });

  it('gives a selection of one document no oldest-first twin, since it would be the same page', () => {
    const paths = listViews(docs).map((v) => v.path);
    expect(paths).not.toContain('by/region-450000/oldest/');
    expect(paths).toContain('by/region-450000/');
    expect(paths).toContain('by/oldest/');
  });

  it('counts the documents each filter selects', () => {
    expect(filtersOf([...docs, doc('d', 'county', '511703', null)]).map((f) => `${f.kind}-${f.value}:${f.count}`)).toEqual([
      'level-province:1', 'level-city:1', 'level-county:2', 'region-330300:1', 'region-450000:1', 'region-511703:2',
    ]);
  });

  it('names view paths without a filter as the plain list, and page n of a view as <view>/<n>/', () => {
    expect(viewPath(null, 'newest')).toBe('');
    expect(viewPath(null, 'oldest')).toBe('by/oldest/');
    expect(viewPagePath({ path: '' }, 1)).toBe('');
    expect(viewPagePath({ path: '' }, 2)).toBe('2/');
    expect(viewPagePath({ path: 'by/level-county/oldest/' }, 3)).toBe('by/level-county/oldest/3/');
  });

  it('splits a long view into pages of at most 100, and links each page to the other order', () => {
    const pages = listPages(counties(250));
    const all = pages.filter((p) => p.view.path === '');
    expect(all.map((p) => [p.path, p.docs.length, p.total])).toEqual([['', 100, 3], ['2/', 100, 3], ['3/', 50, 3]]);
    expect(all.every((p) => p.otherOrder === 'by/oldest/')).toBe(true);
    const oneRegion = pages.find((p) => p.path === 'by/region-340000/')!;
    expect(oneRegion.otherOrder).toBeNull();
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  it('at 1 000 county documents the views stay linear: no page lists more than 100 documents', () => {
    const pages = listPages(counties(1000));
    // all × 2 orders × 10 pages, county × 2 × 10, 1 000 regions × 1 (one document each)
    expect(pages).toHaveLength(20 + 20 + 1000);
    expect(Math.max(...pages.map((p) => p.docs.length))).toBe(100);
  });

  it(`names every region in the filter bar up to ${REGION_INLINE_MAX}, and links to the region index above that`, () => {
    expect(regionsInline(filtersOf(counties(REGION_INLINE_MAX)))).toBe(true);
    expect(regionsInline(filtersOf(counties(REGION_INLINE_MAX + 1)))).toBe(false);
  });
});
