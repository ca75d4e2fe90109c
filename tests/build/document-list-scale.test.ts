/**
 * The document list at national size, built for real: 105 documents (the five real ones and 100
 * synthetic county documents, each in its own region) in a private copy of the project. No list
 * page may grow with the corpus: pages of 100, a region index instead of every region on every
 * view, no oldest-first twin for one document, the newest ten on the home page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, makeProjectCopy } from '../../scripts/lib/private-build.mjs';
import { writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus.mjs';

const TOTAL = 105;
let root = '';
let dist = '';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const cards = (page: string) => page.match(/<li class="doc-card"/g)?.length ?? 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'document-list-scale-'));
  makeProjectCopy(process.cwd(), root);
  writeSyntheticCorpus({ root, total: TOTAL });
  ({ dist } = await buildCopy(root));
}, 600_000);
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe(`the document list with ${TOTAL} documents`, () => {
  it('splits the list into pages of 100 with a pager, page 2 at /documents/2/', () => {
    const first = html('documents');
    expect(cards(first)).toBe(100);
    expect(first).toContain('共 105 份文件，这是第 1 页（共 2 页）');
    expect(first).toMatch(/<a href="\/documents\/2\/" rel="next">下一页<\/a>/);
    const second = html('documents/2');
    expect(cards(second)).toBe(5);
    expect(second).toContain('<title>政策文件（第 2 页，共 2 页）');
    expect(existsSync(join(dist, 'documents', '3'))).toBe(false);
    expect(cards(html('documents/by/oldest/2'))).toBe(5);
  });

  it('links to one region index instead of naming every region on every view', () => {
    const list = html('documents');
    expect(list).toMatch(/<a href="\/documents\/by\/region\/">选择地区（共 \d+ 个）<\/a>/);
    expect(list).not.toContain('href="/documents/by/region-450000/"');
    const index = html('documents/by/region');
    expect(index).toContain('href="/documents/by/region-450000/"');
    expect(index.match(/<li><a href="\/documents\/by\/region-/g)!.length).toBeGreaterThan(100);
  });

  it('gives a one-document region one page with no sort choice, naming the region as chosen', () => {
    const region = html('documents/by/region-450000');
    expect(cards(region)).toBe(1);
    expect(region).toContain('aria-current="page">广西壮族自治区</a>');
    expect(region).not.toContain('日期由旧到新');
    expect(existsSync(join(dist, 'documents', 'by', 'region-450000', 'oldest'))).toBe(false);
  });

  it('shows the newest ten on the home page and a link to all of them', () => {
    const home = html('');
    expect(cards(home)).toBe(10);
    expect(home).toContain('共 105 份文件，这里是最新的 10 份');
    expect(home).toContain('查看全部 105 份文件');
  });

  it('keeps every list page small: none holds more than 100 documents or 120 KB', () => {
    const pages = ['', 'documents', 'documents/2', 'documents/by/oldest', 'documents/by/level-county', 'documents/by/region-450000'];
    for (const p of pages) {
      const page = html(p);
      expect(cards(page), p).toBeLessThanOrEqual(100);
      expect(page.length, p).toBeLessThan(120_000);
    }
  });
});

describe(`the about and search pages with ${TOTAL} documents`, () => {
  const sections = (page: string) => page.match(/<h3 id="source-/g)?.length ?? 0;

  it('lists the sources 100 a page, /about/ and /about/2/, the editing notes on page 1 only', () => {
    const first = html('about');
    expect(sections(first)).toBe(100);
    expect(first).toContain('id="how"');
    expect(first).toMatch(/<a href="\/about\/2\/" rel="next">下一页<\/a>/);
    const second = html('about/2');
    expect(sections(second)).toBe(5);
    expect(second).toContain('<title>关于与来源（第 2 页，共 2 页）');
    expect(second).toContain('本页是第 101–105 份');
    expect(second).not.toContain('id="how"');
    expect(existsSync(join(dist, 'about', '3'))).toBe(false);
  });

  it("links each document's source to its entry on the page that holds it", () => {
    const second = html('about/2');
    const anchors = [...second.matchAll(/<h3 id="(source-[^"]+)"/g)].map((m) => m[1]);
    // The entry's own "本站页面" link names the document whose page must link back here.
    const slug = /<h3 id="source-[^"]+"[^>]*>[\s\S]*?本站页面：<a href="\/documents\/([^/]+)\/"/.exec(second)![1]!;
    expect(html(`documents/${slug}`)).toContain(`href="/about/2/#${anchors[0]}"`);
    expect(html('documents/guangxi-houxu-fuchi')).toMatch(/href="\/about\/#source-003_/);
  });

  it('links the search page to the document list instead of naming all 105 documents', () => {
    const search = html('search');
    expect(search).toContain('共 105 份文件，见<a href="/documents/">政策文件列表</a>');
    expect(search).not.toContain('href="/documents/synthetic-0001/"');
    expect(search.length).toBeLessThan(40_000);
  });
});
