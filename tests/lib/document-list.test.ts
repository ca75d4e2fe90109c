import { describe, expect, it } from 'vitest';
import { listViews, sortDocuments, viewPath, type ListedDocument } from '../../src/lib/document-list.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';

const doc = (slug: string, level: PolicyDocument['level'], code: string, writtenOn: string | null): ListedDocument => ({
  slug,
  data: { level, region: { code, name: code }, writtenOn, publishedOn: null } as PolicyDocument,
});
const docs = [doc('a', 'county', '511703', '2018-08-07'), doc('b', 'city', '330300', '2016-09-02'), doc('c', 'province', '450000', null)];

describe('the document list', () => {
  it('sorts newest first with unknown dates last, and oldest first likewise', () => {
    expect(sortDocuments(docs, 'newest').map((d) => d.slug)).toEqual(['a', 'b', 'c']);
    expect(sortDocuments(docs, 'oldest').map((d) => d.slug)).toEqual(['b', 'a', 'c']);
  });

  it('has one static view per filter and order, each selecting only its documents', () => {
    const views = listViews(docs);
    expect(views.map((v) => v.path)).toContain('by/level-county/oldest/');
    expect(views.find((v) => v.path === 'by/region-450000/')?.docs.map((d) => d.slug)).toEqual(['c']);
    expect(views.find((v) => v.path === '')?.docs).toHaveLength(3);
    expect(new Set(views.map((v) => v.path)).size).toBe(views.length);
  });

  it('names view paths without a filter as the plain list', () => {
    expect(viewPath(null, 'newest')).toBe('');
    expect(viewPath(null, 'oldest')).toBe('by/oldest/');
  });
});
