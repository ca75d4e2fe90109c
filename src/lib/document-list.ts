/**
 * The document list's views: filter by level or region, newest or oldest first. Every view is
 * a static page, so filtering and sorting work without JavaScript.
 */
import type { PolicyDocument } from '../schemas/document.ts';
import { LEVEL_NAMES } from './labels.ts';

export interface ListedDocument { slug: string; data: PolicyDocument }
export type Order = 'newest' | 'oldest';
export interface Filter { kind: 'level' | 'region'; value: string; name: string }
export interface ListView { path: string; filter: Filter | null; order: Order; docs: ListedDocument[] }

/** The date a document is sorted by: 成文日期, else 发布日期, else null (listed last). */
export function sortDate(d: PolicyDocument): string | null {
  return d.writtenOn ?? d.publishedOn;
}

export function sortDocuments(docs: readonly ListedDocument[], order: Order): ListedDocument[] {
  return [...docs].sort((a, b) => {
    const da = sortDate(a.data);
    const db = sortDate(b.data);
    if (da === db) return a.slug.localeCompare(b.slug);
    if (da === null) return 1;
    if (db === null) return -1;
    return order === 'newest' ? db.localeCompare(da) : da.localeCompare(db);
  });
}

/** All filters that select at least one document. */
export function filtersOf(docs: readonly ListedDocument[]): Filter[] {
  const levels = (Object.keys(LEVEL_NAMES) as PolicyDocument['level'][])
    .filter((l) => docs.some((d) => d.data.level === l))
    .map((l) => ({ kind: 'level' as const, value: l, name: LEVEL_NAMES[l] }));
  const regions = [...new Map(docs.map((d) => [d.data.region.code, d.data.region.name])).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => ({ kind: 'region' as const, value: code, name }));
  return [...levels, ...regions];
}

/** Path below /documents/ of a view: "" for all-newest, "by/level-county/oldest/" … */
export function viewPath(filter: Filter | null, order: Order): string {
  const f = filter ? `by/${filter.kind}-${filter.value}/` : '';
  const o = order === 'oldest' ? (f ? 'oldest/' : 'by/oldest/') : '';
  return f + o;
}

export function listViews(docs: readonly ListedDocument[]): ListView[] {
  const views: ListView[] = [];
  for (const filter of [null, ...filtersOf(docs)]) {
    const selected = filter
      ? docs.filter((d) => (filter.kind === 'level' ? d.data.level === filter.value : d.data.region.code === filter.value))
      : docs;
    for (const order of ['newest', 'oldest'] as const) {
      views.push({ path: viewPath(filter, order), filter, order, docs: sortDocuments(selected, order) });
    }
  }
  return views;
}
