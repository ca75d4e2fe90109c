/**
 * The document list's views: filter by level or region, newest or oldest first. Every view is
 * a static page, so filtering and sorting work without JavaScript.
 *
 * Sized for a national corpus: a view holds at most HUB_PAGE_SIZE documents per page (page n of
 * a view is `<view>/<n>/`), a selection of one document has no "oldest first" twin, and when
 * there are more than REGION_INLINE_MAX regions the filter bar links to one region index page
 * instead of naming every region on every page (at 1 000 county documents that bar made each of
 * the ~2 000 views 80 KB: the list pages outweighed the documents).
 */
import type { PolicyDocument } from '../schemas/document.ts';
import { HUB_PAGE_SIZE, paginate } from './hub-pages.ts';
import { LEVEL_NAMES } from './labels.ts';

export interface ListedDocument { slug: string; data: PolicyDocument }
export type Order = 'newest' | 'oldest';
export interface Filter {
  kind: 'level' | 'region';
  value: string;
  name: string;
  /** Documents it selects. */
  count: number;
}
export interface ListView { path: string; filter: Filter | null; order: Order; docs: ListedDocument[] }
/** One page of a view: what a list route renders. */
export interface ListPage {
  view: ListView;
  path: string;
  number: number;
  total: number;
  docs: ListedDocument[];
  /** Path of the same selection in the other order, or null when it has none (one document). */
  otherOrder: string | null;
}

/** Up to this many regions the filter bar names each one; above it, it links to the region index. */
export const REGION_INLINE_MAX = 20;
/** Path below /documents/ of the region index (built only when the bar does not name every region). */
export const REGION_INDEX_PATH = 'by/region/';

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
  const levelCount = new Map<string, number>();
  const regions = new Map<string, { name: string; count: number }>();
  for (const { data } of docs) {
    levelCount.set(data.level, (levelCount.get(data.level) ?? 0) + 1);
    const r = regions.get(data.region.code);
    if (r) r.count++;
    else regions.set(data.region.code, { name: data.region.name, count: 1 });
  }
  const levels = (Object.keys(LEVEL_NAMES) as PolicyDocument['level'][])
    .filter((l) => levelCount.has(l))
    .map((l) => ({ kind: 'level' as const, value: l, name: LEVEL_NAMES[l], count: levelCount.get(l)! }));
  const byCode = [...regions.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, r]) => ({ kind: 'region' as const, value: code, name: r.name, count: r.count }));
  return [...levels, ...byCode];
}

/** Whether the filter bar names every region (true) or links to the region index (false). */
export function regionsInline(filters: readonly Filter[]): boolean {
  return filters.filter((f) => f.kind === 'region').length <= REGION_INLINE_MAX;
}

/** Path below /documents/ of a view: "" for all-newest, "by/level-county/oldest/" … */
export function viewPath(filter: Filter | null, order: Order): string {
  const f = filter ? `by/${filter.kind}-${filter.value}/` : '';
  const o = order === 'oldest' ? (f ? 'oldest/' : 'by/oldest/') : '';
  return f + o;
}

/** Whether a selection of this many documents has both orders; one document has only newest first. */
export function hasBothOrders(count: number): boolean {
  return count >= 2;
}

/** Path of a selection's view in the given order, or newest first when it has only that one. */
export function selectionPath(filter: Filter | null, count: number, order: Order): string {
  return viewPath(filter, hasBothOrders(count) ? order : 'newest');
}

/** Path of a filter's view in the given order, or newest first when it has no such view (one document). */
export function filterPath(filter: Filter, order: Order): string {
  return selectionPath(filter, filter.count, order);
}

/** Path below /documents/ of page n of a view: page 1 is the view itself, page n is `<view>/<n>/`. */
export function viewPagePath(view: Pick<ListView, 'path'>, n: number): string {
  return n <= 1 ? view.path : `${view.path}${n}/`;
}

/**
 * Every view: all documents and each filter, newest and oldest first — except that a selection
 * of one document has only its newest-first view (the other order would be the same page).
 */
export function listViews(docs: readonly ListedDocument[]): ListView[] {
  // One pass to group (filtering the corpus once per filter was regions × documents).
  const selections = new Map<string, ListedDocument[]>();
  const add = (key: string, d: ListedDocument) => {
    const list = selections.get(key);
    if (list) list.push(d);
    else selections.set(key, [d]);
  };
  for (const d of docs) {
    add(`level-${d.data.level}`, d);
    add(`region-${d.data.region.code}`, d);
  }
  const views: ListView[] = [];
  for (const filter of [null, ...filtersOf(docs)]) {
    const selected = filter ? selections.get(`${filter.kind}-${filter.value}`)! : docs;
    for (const order of ['newest', 'oldest'] as const) {
      if (order === 'oldest' && !hasBothOrders(selected.length)) continue;
      views.push({ path: viewPath(filter, order), filter, order, docs: sortDocuments(selected, order) });
    }
  }
  return views;
}

/** Every page of every view, at most `size` documents each. */
export function listPages(docs: readonly ListedDocument[], size = HUB_PAGE_SIZE): ListPage[] {
  return listViews(docs).flatMap((view) => {
    const other = viewPath(view.filter, view.order === 'newest' ? 'oldest' : 'newest');
    const pages = paginate(view.docs, size);
    return pages.map((p) => ({
      view,
      path: viewPagePath(view, p.number),
      number: p.number,
      total: pages.length,
      docs: p.items,
      otherOrder: hasBothOrders(view.docs.length) ? other : null,
    }));
  });
}
