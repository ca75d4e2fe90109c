/** Pagination of hub pages (src/lib/hub-pages.ts): no page grows with the corpus, every entry is on exactly one page. */
import { describe, expect, it } from 'vitest';
import { departmentEntries, firstPages, groupRuns, HUB_PAGE_SIZE, hubPageAt, hubPagePath, pageParam, paginate, pageNumberOf, pagerNumbers, sourceOrder, sourcePages } from '../../src/lib/hub-pages.ts';

describe('hub pages are split into bounded pages', () => {
  it('every entry lands on exactly one page, in order, and no page holds more than the page size', () => {
    const items = Array.from({ length: 131 }, (_, i) => i);
    const pages = paginate(items, 60);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.map((p) => p.items.length)).toEqual([60, 60, 11]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pageNumberOf(59, 60)).toBe(1);
    expect(pageNumberOf(60, 60)).toBe(2);
  });

  it('an empty hub is one empty page, so its URL still exists', () => {
    expect(paginate([], 60)).toEqual([{ number: 1, items: [] }]);
  });

  it('page 1 keeps the hub URL and page n is a sub-folder', () => {
    expect(hubPagePath('/zcbq/glossary/dibao/', 1)).toBe('/zcbq/glossary/dibao/');
    expect(hubPagePath('/zcbq/glossary/dibao/', 3)).toBe('/zcbq/glossary/dibao/3/');
  });

  it('the pager shows first, last and two neighbours of the current page, with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(10, 400)).toEqual([1, null, 8, 9, 10, 11, 12, null, 400]);
    expect(pagerNumbers(400, 400)).toEqual([1, null, 398, 399, 400]);
  });

  it('consecutive entries of one document share a heading, and a department is linked on the page where it starts', () => {
    expect(groupRuns(['a#1', 'a#2', 'b#1', 'a#3'], (k) => k.split('#')[0]!).map((r) => [r.key, r.items.length])).toEqual([['a', 2], ['b', 1], ['a', 1]]);
    const entries = departmentEntries(
      [
        { name: '县人社局', provisions: { lead: ['x#1', 'x#2', 'x#3'], support: ['y#1'] } },
        { name: '县民政局', provisions: { lead: [], support: ['z#1'] } },
      ],
      ['lead', 'support'] as const,
    );
    expect(entries.map((e) => `${e.department}/${e.role}/${e.key}`)).toEqual(['县人社局/lead/x#1', '县人社局/lead/x#2', '县人社局/lead/x#3', '县人社局/support/y#1', '县民政局/support/z#1']);
    expect(firstPages(entries, (e) => e.department, 2)).toEqual(new Map([['县人社局', 1], ['县民政局', 3]]));
  });

  it('a [...page] route renders page 1 without a parameter and names the page in its title only when there are several', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('3');
    const few = hubPageAt([1, 2, 3], undefined);
    expect(few.current).toEqual({ number: 1, items: [1, 2, 3] });
    expect(few.note).toBe('');
    const many = Array.from({ length: HUB_PAGE_SIZE * 2 + 5 }, (_, i) => i);
    const last = hubPageAt(many, pageParam(3));
    expect(last.pages).toHaveLength(3);
    expect(last.current.items).toEqual(many.slice(HUB_PAGE_SIZE * 2));
    expect(last.note).toBe('（第 3 页，共 3 页）');
  });
});

describe('the about page lists every source in pages of its own', () => {
  const doc = (file: string) => ({ data: { source: { file } } });
  // 250 documents whose source files are named out of order, as a national corpus would be.
  const docs = Array.from({ length: 250 }, (_, i) => doc(`${String((i * 37) % 250).padStart(3, '0')}_county.txt`));

  it('orders the sources by file name, whatever order the collection gives', () => {
    const files = sourceOrder(docs).map((d) => d.data.source.file);
    expect(files[0]).toBe('000_county.txt');
    expect(files[249]).toBe('249_county.txt');
    expect(files).toEqual([...files].sort());
  });

  it('puts the 101st source on page 2 and the last on page 3, so a document links to the right page', () => {
    const pages = sourcePages(sourceOrder(docs));
    expect(pages.get('000_county.txt')).toBe(1);
    expect(pages.get('099_county.txt')).toBe(1);
    expect(pages.get('100_county.txt')).toBe(2);
    expect(pages.get('249_county.txt')).toBe(3);
    expect(pages.size).toBe(250);
    expect(paginate(sourceOrder(docs))).toHaveLength(3);
  });

  it('keeps the five real documents on the one page /about/', () => {
    const five = ['004_x.txt', '000_x.txt', '003_x.txt', '001_x.txt', '002_x.txt'].map(doc);
    expect([...sourcePages(sourceOrder(five)).values()]).toEqual([1, 1, 1, 1, 1]);
  });
});
