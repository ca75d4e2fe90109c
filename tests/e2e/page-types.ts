/**
 * Every page type of the site, as data, for the quality tests (tests/e2e/quality-*.test.ts),
 * the screenshots and `npm run bench`.
 *
 * Each type names how to find ONE representative page in the built site (dist/ or $DIST_DIR),
 * usually the first one found, so new content never needs an edit here. A type whose page is
 * not built yet resolves to `path: null` with a note and is skipped visibly; a top-level
 * section of dist/ that no type claims is picked up automatically ("section:<name>"), so a new
 * section is tested before anyone lists it. Add a type here when a section gains a new kind of
 * page (e.g. /documents/<slug>/<anchor>/ permalinks).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * How a page is tested:
 * - content: static HTML, no JS expected (bench budget: 0 bytes of JS);
 * - calculator: an island with a <noscript> message and the rules in plain text;
 * - search: the search page (island + Pagefind);
 * - not-found: the 404 page (served with status 404);
 * - raw: a non-HTML file (plain text), only checked to be served.
 */
export type PageKind = 'content' | 'calculator' | 'search' | 'not-found' | 'raw';

/** A page type and how to find its representative page. */
export interface PageTypeSpec {
  /** Stable id, used in test names, screenshot file names and the bench report. */
  id: string;
  /** What the page is, for people reading reports. */
  name: string;
  kind: PageKind;
  /** Site path (without the base) of a representative page in dist, or null when none is built. */
  find: (dist: string) => string | null;
}

/** A page type resolved against one build. */
export interface PageType {
  id: string;
  name: string;
  kind: PageKind;
  /** Site path without the base, or null when the build has no such page yet. */
  path: string | null;
  /** Why path is null (shown as the skip reason). */
  note?: string;
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** "/a/b/" when dist/a/b/index.html exists. */
function page(dist: string, sitePath: string): string | null {
  return isFile(path.join(dist, sitePath, 'index.html')) ? sitePath : null;
}

/** Sorted names of the sub-directories of dist/<section> that hold an index.html. */
function childPages(dist: string, section: string): string[] {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isFile(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** The first page below /<section>/ (excluding some names), e.g. the first glossary term. */
function firstChild(section: string, exclude: string[] = []) {
  return (dist: string) => {
    const name = childPages(dist, section).find((child) => !exclude.includes(child));
    return name ? `/${section}/${name}/` : null;
  };
}

/** The calculators the team plans (DESIGN.md); listed so a missing one shows as a skip note. */
const PLANNED_CALCULATORS: Record<string, string> = {
  screener: '待遇自查（筛查）',
  dibao: '低保差额计算',
  demolition: '拆旧复垦期限',
  quota: '重点帮扶对象名额',
  site: '安置点规模义务',
};

/** The page types known today; sections nobody lists are added by resolvePageTypes(). */
export const PAGE_TYPES: PageTypeSpec[] = [
  { id: 'home', name: '首页', kind: 'content', find: (dist) => page(dist, '/') },
  { id: 'documents', name: '政策文件列表', kind: 'content', find: (dist) => page(dist, '/documents/') },
  {
    id: 'documents-by',
    name: '按层级/地区分组的文件列表',
    kind: 'content',
    find: (dist) => (childPages(dist, 'documents/by')[0] ? `/documents/by/${childPages(dist, 'documents/by')[0]}/` : null),
  },
  { id: 'document', name: '政策文件全文', kind: 'content', find: firstChild('documents', ['by']) },
  {
    id: 'provision',
    name: '单条款固定链接页',
    kind: 'content',
    find: (dist) => {
      for (const slug of childPages(dist, 'documents').filter((name) => name !== 'by')) {
        const anchor = childPages(dist, `documents/${slug}`)[0];
        if (anchor) return `/documents/${slug}/${anchor}/`;
      }
      return null;
    },
  },
  { id: 'glossary', name: '词汇表', kind: 'content', find: (dist) => page(dist, '/glossary/') },
  { id: 'glossary-term', name: '词条', kind: 'content', find: firstChild('glossary') },
  { id: 'topics', name: '专题列表', kind: 'content', find: (dist) => page(dist, '/topics/') },
  { id: 'topic', name: '专题', kind: 'content', find: firstChild('topics') },
  { id: 'departments', name: '部门列表', kind: 'content', find: (dist) => page(dist, '/departments/') },
  { id: 'department', name: '部门', kind: 'content', find: firstChild('departments') },
  { id: 'timeline', name: '时间线', kind: 'content', find: (dist) => page(dist, '/timeline/') },
  { id: 'external', name: '外部文件列表', kind: 'content', find: (dist) => page(dist, '/external/') },
  { id: 'external-item', name: '外部文件', kind: 'content', find: firstChild('external') },
  { id: 'calculators', name: '计算器列表', kind: 'content', find: (dist) => page(dist, '/calculators/') },
  ...Object.entries(PLANNED_CALCULATORS).map(([name, label]) => ({
    id: `calculator-${name}`,
    name: label,
    kind: 'calculator' as const,
    find: (dist: string) => page(dist, `/calculators/${name}/`),
  })),
  { id: 'search', name: '搜索', kind: 'search', find: (dist) => page(dist, '/search/') },
  { id: 'lessons', name: '夜校课件列表', kind: 'content', find: (dist) => page(dist, '/lessons/') },
  { id: 'lesson', name: '夜校课件（幻灯片）', kind: 'content', find: firstChild('lessons') },
  {
    id: 'lesson-handout',
    name: '课件讲义（打印）',
    kind: 'content',
    find: (dist) => {
      const lesson = childPages(dist, 'lessons')[0];
      return lesson ? page(dist, `/lessons/${lesson}/handout/`) : null;
    },
  },
  { id: 'about', name: '关于与来源', kind: 'content', find: (dist) => page(dist, '/about/') },
  { id: 'offline', name: '离线提示页', kind: 'content', find: (dist) => page(dist, '/offline/') },
  {
    id: 'not-found',
    name: '404 页面',
    kind: 'not-found',
    // An unknown URL rather than /404.html: the host serves 404.html there, with status 404.
    find: (dist) => (isFile(path.join(dist, '404.html')) ? '/no-such-page/' : null),
  },
  {
    id: 'source-text',
    name: '来源原文（纯文本）',
    kind: 'raw',
    find: (dist) => {
      const dir = path.join(dist, 'sources');
      const file = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()[0] : undefined;
      return file ? `/sources/${file}` : null;
    },
  },
];

/** Top-level folders of dist that hold no pages of their own. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'sources']);

/** Sections whose page types PAGE_TYPES lists; any other folder of dist is picked up generically. */
const KNOWN_SECTIONS = new Set(['documents', 'glossary', 'topics', 'departments', 'timeline', 'external', 'calculators', 'search', 'about', 'lessons', 'offline']);

/**
 * Resolve every page type against a build. Sections of dist that no listed type covers get
 * their own types (index page and first child page), and calculators nobody planned are added
 * as calculator types, so a new page is never silently untested.
 * @param dist the built site (default $DIST_DIR or dist)
 */
export function resolvePageTypes(dist = process.env.DIST_DIR || 'dist'): PageType[] {
  if (!existsSync(dist)) throw new Error(`没有找到 ${dist}/ — 请先运行 npm run build（或设置 DIST_DIR）`);
  const resolved: PageType[] = PAGE_TYPES.map(({ find, ...type }) => {
    const found = find(dist);
    return found ? { ...type, path: found } : { ...type, path: null, note: `${type.name}（${type.id}）还没有页面，跳过` };
  });
  const known = new Set(resolved.map((type) => type.path).filter(Boolean));
  for (const name of childPages(dist, 'calculators')) {
    const sitePath = `/calculators/${name}/`;
    if (!known.has(sitePath)) resolved.push({ id: `calculator-${name}`, name: `计算器 ${name}`, kind: 'calculator', path: sitePath });
  }
  const sections = readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_PAGES.has(entry.name) && !KNOWN_SECTIONS.has(entry.name))
    .map((entry) => entry.name)
    .sort();
  for (const section of sections) {
    const index = page(dist, `/${section}/`);
    if (index) resolved.push({ id: `section-${section}`, name: `未登记的栏目 /${section}/`, kind: 'content', path: index });
    const child = firstChild(section)(dist);
    if (child) resolved.push({ id: `section-${section}-page`, name: `未登记的栏目页 /${section}/…/`, kind: 'content', path: child });
  }
  return resolved;
}

/** The page types that have a page in this build. */
export function presentPageTypes(dist?: string): (PageType & { path: string })[] {
  return resolvePageTypes(dist).filter((type): type is PageType & { path: string } => type.path !== null);
}

/** One line per missing page type, for a visible note in the test output. */
export function missingPageTypeNotes(dist?: string): string[] {
  return resolvePageTypes(dist)
    .filter((type) => type.path === null)
    .map((type) => type.note ?? type.id);
}
