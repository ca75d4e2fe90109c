/**
 * Pagination of the hub pages (a glossary term's usages, a department group, the timeline,
 * an external document's citations): pages that list provisions from every document, and so
 * would grow with the corpus. Each page holds at most a fixed number of entries, so no page
 * grows with N (a glossary term used in 3 000 provisions was one 2.5 MB page at 1 000
 * documents); the number of pages grows instead. Page 1 keeps the hub's URL, so every link to
 * a hub still works; page n is `<hub>/<n>/`.
 *
 * Pure: pages and components compute the same split from the same ordered list, so a link to
 * an entry (a deadline, a department) can name the page it is on.
 */

/** Entries per hub page. With the five real documents every hub fits on one page. */
export const HUB_PAGE_SIZE = 100;

/** One page of a hub: its number (from 1) and its entries. */
export interface HubPage<T> {
  number: number;
  items: T[];
}

/** Split an ordered list into pages of at most `size` entries; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size = HUB_PAGE_SIZE): HubPage<T>[] {
  if (size < 1) throw new RangeError('page size must be at least 1');
  const pages: HubPage<T>[] = [];
  for (let i = 0; i < items.length; i += size) pages.push({ number: pages.length + 1, items: items.slice(i, i + size) });
  return pages.length ? pages : [{ number: 1, items: [] }];
}

/** The `[...page]` route parameter of page n: none for page 1, which keeps the hub's URL. */
export function pageParam(n: number): string | undefined {
  return n > 1 ? String(n) : undefined;
}

/**
 * What a `[...page]` hub route renders for its parameter: every page of the ordered list, the
 * current one, and the title note "（第 n 页，共 m 页）" (empty when the hub fits on one page).
 */
export function hubPageAt<T>(items: readonly T[], param: string | undefined): { pages: HubPage<T>[]; current: HubPage<T>; note: string } {
  const pages = paginate(items);
  const current = pages[Number(param ?? 1) - 1]!;
  return { pages, current, note: pageNote(current.number, pages.length) };
}

/** The title note of page n of m: "（第 n 页，共 m 页）", empty when everything fits on one page. */
export function pageNote(n: number, total: number): string {
  return total > 1 ? `（第 ${n} 页，共 ${total} 页）` : '';
}

/** Page number (from 1) of the entry at `index` of the ordered list. */
export function pageNumberOf(index: number, size = HUB_PAGE_SIZE): number {
  return Math.floor(index / size) + 1;
}

/** Path of page `n` below a hub path ending in "/": page 1 is the hub itself. */
export function hubPagePath(hubPath: string, n: number): string {
  return n <= 1 ? hubPath : `${hubPath}${n}/`;
}

/**
 * The page numbers a pager shows: first, last, and the current one with two neighbours each
 * side, in order; `null` marks a gap ("…"). Bounded, so the pager does not grow with N either.
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const wanted = new Set([1, total]);
  for (let n = current - 2; n <= current + 2; n++) if (n >= 1 && n <= total) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/**
 * Consecutive entries sharing a group key (e.g. the document of a provision), in order, so a
 * page shows one heading per group. A group split over two pages gets a heading on both.
 */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
  const runs: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/** The page (from 1) on which each key first appears in the ordered list. */
export function firstPages<T>(items: readonly T[], keyOf: (item: T) => string, size = HUB_PAGE_SIZE): Map<string, number> {
  const out = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (!out.has(key)) out.set(key, pageNumberOf(i, size));
  });
  return out;
}

/** One line of a department group page: a provision a department leads, supports or is responsible for. */
export interface DepartmentEntry<R extends string = string> {
  department: string;
  role: R;
  key: string;
}

/** A department group's lines in page order: department by department, role by role. */
export function departmentEntries<R extends string>(
  departments: readonly { name: string; provisions: Record<R, string[]> }[],
  roles: readonly R[],
): DepartmentEntry<R>[] {
  return departments.flatMap((d) => roles.flatMap((role) => d.provisions[role].map((key) => ({ department: d.name, role, key }))));
}

/**
 * The about page's list of sources, in its order (by source file name): it holds every
 * document's provenance and the page elements excluded on import, so at 1 000 documents it was
 * one 0.76 MB page. Paginated like a hub (/about/, /about/2/…); a document's "原始文本" link
 * goes to the page its entry is on.
 */
export function sourceOrder<T extends { data: { source: { file: string } } }>(docs: readonly T[]): T[] {
  return [...docs].sort((a, b) => a.data.source.file.localeCompare(b.data.source.file));
}

/** The about page (from 1) each source file's entry is on, given the documents in sourceOrder. */
export function sourcePages(ordered: readonly { data: { source: { file: string } } }[], size = HUB_PAGE_SIZE): Map<string, number> {
  return firstPages(ordered, (d) => d.data.source.file, size);
}
