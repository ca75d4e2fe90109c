/**
 * What goes into the search index. One Pagefind record per provision (so ranking, excerpts and
 * filters are per provision and a result lands on its anchor) plus one per document (title,
 * 文号, preamble). Text is the verbatim provision text; keywords (glossary forms and everyday
 * words the provision's terms are known by, 文号 tokens) go in a low-weight block after it.
 * Every block also carries the concept token of each synonym group it mentions (expand.ts), so
 * the browser searches one term per idea in the query.
 *
 * Pure: the caller passes the corpus and the cross-reference data.
 */
import type { PolicyDocument } from '../../schemas/document.ts';
import type { SiteXref } from '../xref.ts';
import { flattenProvisions, displayTitle } from '../provisions.ts';
import { functionOf, DEPARTMENT_FUNCTIONS } from '../departments.ts';
import { LEVEL_NAMES } from '../labels.ts';
import { docNumberIndexWords } from './doc-number.ts';
import { conceptTokens, termForms } from './expand.ts';
import { indexTokens } from './bigrams.ts';

/** A record for Pagefind's addHTMLFile: site path without the base, and a standalone HTML page. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** Filter names shown in the UI, in order. */
export const FILTERS = { kind: '类型', document: '文件', region: '地区', level: '层级', topic: '专题', department: '部门' } as const;
/** Values of the "kind" filter. */
export const KINDS = { provision: '条款', document: '文件' } as const;

export interface RecordInput {
  docs: readonly { slug: string; data: PolicyDocument }[];
  xref: Pick<SiteXref, 'termsOf' | 'topicsOf' | 'departmentsOf'>;
  /** Glossary term id → term and aliases. */
  glossary: ReadonlyMap<string, { term: string; aliases: readonly string[] }>;
  /** Topic id → title. */
  topicTitles: ReadonlyMap<string, string>;
  /** Synonym groups (expand.ts synonymGroups), in the order the browser receives them. */
  groups: readonly (readonly string[])[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const meta = (key: string, value: string) => (value ? `<span data-pagefind-meta="${key}[data-v]" data-v="${esc(value)}"></span>` : '');
const filter = (key: string, values: readonly string[]) =>
  [...new Set(values)].map((v) => `<span data-pagefind-filter="${key}[data-v]" data-v="${esc(v)}"></span>`).join('');
/** Indexed words of a text (bigram tokens, see bigrams.ts, and concept tokens) with a ranking weight. */
const wordsWith = (groups: RecordInput['groups']) => (text: string, weight: number) => {
  const tokens = [...indexTokens(text), ...conceptTokens(text, groups)];
  return tokens.length ? `<p data-pagefind-weight="${weight}">${tokens.join(' ')}</p>` : '';
};
const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><article data-pagefind-body>${body}</article></body></html>`;

/** Printed words of a provision shortened for a result title when it has no heading. */
function titleOf(labels: readonly string[], heading: string | null, firstParagraph: string | undefined): string {
  const text = heading ?? (firstParagraph ? `${firstParagraph.slice(0, 22)}…` : '');
  return `${labels.join('')} ${text}`.trim();
}

/** One record per provision and one per document. */
export function buildSearchRecords({ docs, xref, glossary, topicTitles, groups }: RecordInput): SearchRecord[] {
  const out: SearchRecord[] = [];
  const words = wordsWith(groups);
  for (const { slug, data: doc } of docs) {
    const docUrl = `/documents/${slug}/`;
    const common = [
      filter('document', [doc.shortTitle]),
      filter('region', [doc.region.name]),
      filter('level', [LEVEL_NAMES[doc.level]]),
      meta('doc', doc.shortTitle),
    ].join('');
    const numbers = [doc.docNumber, ...doc.basedOn.map((b) => b.docNumber)].filter((n): n is string => !!n);
    const numberWords = numbers.flatMap(docNumberIndexWords);
    // Every provision also carries where it is from, so "广西 拆旧" or "84号文 公益性岗位" finds it.
    const whereWords = [doc.shortTitle, doc.region.name, ...(doc.docNumber ? docNumberIndexWords(doc.docNumber) : [])];

    const docBody = [
      words(displayTitle(doc), 5),
      words([doc.shortTitle, doc.docNumber ?? '', ...numberWords].join(' '), 4),
      words((doc.issuers ?? []).join(' '), 1),
      words([...doc.preamble, ...doc.closing].map((b) => b.text).join('\n'), 1),
      meta('text', [...doc.preamble, ...doc.closing].map((b) => b.text).join('\n')),
      common,
      filter('kind', [KINDS.document]),
      meta('title', displayTitle(doc)),
      meta('number', doc.docNumber ?? ''),
    ].join('');
    out.push({ url: docUrl, html: page(docBody) });

    const flat = flattenProvisions(doc.provisions);
    const headingOf = new Map(flat.map((f) => [f.anchor, f.provision.heading]));
    for (const f of flat) {
      const p = f.provision;
      const key = `${slug}#${f.anchor}`;
      const ownText = [p.heading ?? '', ...p.paragraphs, p.units?.note ?? ''].join('\n');
      const terms = xref.termsOf.get(key) ?? [];
      const keywords = new Set<string>();
      for (const id of terms) {
        const g = glossary.get(id);
        if (g) for (const w of termForms(id, g)) if (!ownText.includes(w)) keywords.add(w);
      }
      // Ancestors' headings give context ("(一)1." under "深入开展搬迁群众就业帮扶专项行动").
      const context: string[] = [...whereWords];
      for (let a = f.parentAnchor; a; a = flat.find((x) => x.anchor === a)?.parentAnchor ?? null) {
        const h = headingOf.get(a);
        if (h) context.unshift(h);
      }
      const departments = (xref.departmentsOf.get(key) ?? []).map((d) => functionOf(d.name).name);
      const topics = (xref.topicsOf.get(key) ?? []).map((id) => topicTitles.get(id) ?? id);
      const body = [
        words(p.heading ?? '', 3),
        words(p.paragraphs.join('\n'), 1),
        words(p.units?.note ?? '', 0.5),
        words(context.join(' '), 0.5),
        words([...keywords].join(' '), 0.7),
        meta('text', [p.heading ?? '', ...p.paragraphs].filter(Boolean).join('\n')),
        meta('units', p.units?.note ?? ''),
        common,
        filter('kind', [KINDS.provision]),
        filter('topic', topics),
        filter('department', departments),
        meta('title', titleOf(f.labels, p.heading, p.paragraphs[0])),
        meta('label', f.labels.join('')),
        meta('key', key),
        meta('lead', (p.units?.lead ?? []).join('、')),
        meta('support', (p.units?.support ?? []).join('、')),
        meta('responsible', (p.units?.responsible ?? []).join('、')),
      ].join('');
      out.push({ url: `${docUrl}#${f.anchor}`, html: page(body) });
    }
  }
  return out;
}

/** Department function names in display order (for the filter UI and tests). */
export const DEPARTMENT_FILTER_ORDER = DEPARTMENT_FUNCTIONS.map((f) => f.name);
