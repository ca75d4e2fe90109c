/**
 * The citation graph of the corpus: which documents each document is based on (依据), which
 * cite it (被引用), and the documents outside the corpus that are cited (external documents,
 * known only by the title and/or 文号 as cited — never anything more).
 *
 * Built from each document's `basedOn` and from the text of its preamble and provisions.
 * Resolution goes through Maps keyed by canonical 文号 and title, so the cost is one pass over
 * the text of the corpus.
 */
import type { PolicyDocument } from '../schemas/document.ts';
import { ownText } from '../schemas/document.ts';
import { citationKey, flattenProvisions } from './provisions.ts';
import { findReferences, normalizeDocNumber, normalizeTitle } from './refs.ts';

export interface GraphDocument {
  slug: string;
  data: PolicyDocument;
}

/** Where a reference was found. */
export interface CitingSite {
  /** Citing document. */
  slug: string;
  /** Anchor of the citing provision; null for the preamble or the document's `basedOn`. */
  anchor: string | null;
  /** `<slug>#<anchor>`, or null for the preamble / `basedOn`. */
  key: string | null;
  /** The citation exactly as printed, or null when it comes only from `basedOn`. */
  raw: string | null;
}

export type Target = { kind: 'document'; slug: string } | { kind: 'external'; id: string };

/** A document outside the corpus, with only what the citing texts say about it. */
export interface ExternalDocument {
  /** Stable ASCII id for its page, derived from the 文号 or title. */
  id: string;
  /** Title as cited (canonical form), or null when only its 文号 is cited. */
  title: string | null;
  /** 文号 as cited (canonical form), or null when only its title is cited. */
  docNumber: string | null;
  /** Each distinct way the texts print it. */
  asCited: string[];
  /** Every place that cites it. */
  citedBy: CitingSite[];
}

/** One edge: a citing document to a target, with every site where it is cited. */
export interface Edge {
  from: string;
  to: Target;
  sites: CitingSite[];
}

export interface CitationGraph {
  /** Slug → what it is based on / cites, in order of first citation. */
  basedOn: Map<string, Edge[]>;
  /** Slug → corpus documents that cite it. */
  citedBy: Map<string, Edge[]>;
  /** External documents by id, in order of first citation. */
  externals: Map<string, ExternalDocument>;
  /** Citation key of a provision → the targets it cites. */
  provisionRefs: Map<string, Target[]>;
}

/** FNV-1a 32-bit, as 8 hex digits: a short stable id that does not depend on insertion order. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** "发改振兴〔2021〕524号" → "2021-524-<hash>"; title only → "t-<hash>". */
export function externalId(title: string | null, docNumber: string | null): string {
  if (docNumber) {
    const m = /〔(\d{4})〕(\d+)号$/u.exec(docNumber);
    return `${m ? `${m[1]}-${m[2]}-` : 'n-'}${stableHash(docNumber).slice(0, 6)}`;
  }
  return `t-${stableHash(title ?? '').slice(0, 8)}`;
}

interface FoundRef {
  title: string | null;
  docNumber: string | null;
  /** Corpus slug stated by `basedOn.document`, when the reference comes from there. */
  slug?: string | null;
  site: CitingSite;
}

/** Every reference a document makes: `basedOn`, then preamble, then provisions. */
function referencesOf(doc: GraphDocument): FoundRef[] {
  const out: FoundRef[] = [];
  for (const ref of doc.data.basedOn) {
    out.push({
      title: ref.title ? normalizeTitle(ref.title) : null,
      docNumber: ref.docNumber ? (normalizeDocNumber(ref.docNumber) ?? ref.docNumber) : null,
      slug: ref.document,
      site: { slug: doc.slug, anchor: null, key: null, raw: null },
    });
  }
  for (const block of doc.data.preamble) {
    // The document's own title and 文号 are not references to another document.
    if (block.kind === 'title' || block.kind === 'doc-number') continue;
    for (const r of findReferences(block.text)) {
      out.push({ title: r.title, docNumber: r.docNumber, site: { slug: doc.slug, anchor: null, key: null, raw: r.raw } });
    }
  }
  for (const f of flattenProvisions(doc.data.provisions)) {
    const key = citationKey(doc.slug, f.anchor);
    for (const r of findReferences(ownText(f.provision))) {
      out.push({ title: r.title, docNumber: r.docNumber, site: { slug: doc.slug, anchor: f.anchor, key, raw: r.raw } });
    }
  }
  return out;
}

/** Whether a cited title names the citing document itself (e.g. the 通知 quoting its attachment). */
function isSelf(doc: GraphDocument, title: string | null, docNumber: string | null, ownNumber: string | null): boolean {
  if (docNumber && ownNumber && docNumber === ownNumber) return true;
  if (!title || docNumber) return false;
  const own = [doc.data.title, doc.data.workingTitle].filter((t): t is string => !!t).map(normalizeTitle);
  return own.some((t) => t.includes(title));
}

const sameTarget = (a: Target, b: Target) =>
  a.kind === b.kind && (a.kind === 'document' ? a.slug === (b as typeof a).slug : a.id === (b as { id: string }).id);

/** Builds the graph. Throws when a `basedOn.document` slug is not in the corpus. */
export function buildCitationGraph(docs: readonly GraphDocument[]): CitationGraph {
  const byNumber = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const ownNumbers = new Map<string, string | null>();
  for (const d of docs) {
    const n = d.data.docNumber ? normalizeDocNumber(d.data.docNumber) : null;
    ownNumbers.set(d.slug, n);
    if (n) byNumber.set(n, d.slug);
    for (const t of [d.data.title, d.data.workingTitle]) if (t) byTitle.set(normalizeTitle(t), d.slug);
  }

  const externals = new Map<string, ExternalDocument>();
  const externalByNumber = new Map<string, ExternalDocument>();
  const externalByTitle = new Map<string, ExternalDocument>();
  const graph: CitationGraph = { basedOn: new Map(), citedBy: new Map(), externals, provisionRefs: new Map() };

  const resolveExternal = (title: string | null, docNumber: string | null): ExternalDocument => {
    let ext = (docNumber && externalByNumber.get(docNumber)) || (title && externalByTitle.get(title)) || undefined;
    if (!ext) {
      ext = { id: externalId(title, docNumber), title, docNumber, asCited: [], citedBy: [] };
      externals.set(ext.id, ext);
    }
    ext.title ??= title;
    ext.docNumber ??= docNumber;
    if (title) externalByTitle.set(title, ext);
    if (docNumber) externalByNumber.set(docNumber, ext);
    return ext;
  };

  const addEdge = (map: Map<string, Edge[]>, owner: string, from: string, to: Target, site: CitingSite) => {
    const list = map.get(owner) ?? [];
    map.set(owner, list);
    let edge = list.find((e) => e.from === from && sameTarget(e.to, to));
    if (!edge) list.push((edge = { from, to, sites: [] }));
    if (!edge.sites.some((s) => s.key === site.key && s.raw === site.raw)) edge.sites.push(site);
  };

  for (const d of docs) {
    d.data.basedOn.forEach((ref, i) => {
      if (ref.document && !ownNumbers.has(ref.document)) {
        throw new Error(`${d.slug}: basedOn[${i}].document “${ref.document}” 不在语料中`);
      }
    });
    for (const r of referencesOf(d)) {
      if (isSelf(d, r.title, r.docNumber, ownNumbers.get(d.slug) ?? null)) continue;
      const slug = r.slug || (r.docNumber ? byNumber.get(r.docNumber) : undefined) || (r.title ? byTitle.get(r.title) : undefined) || null;
      let target: Target;
      if (slug) {
        if (slug === d.slug) continue;
        target = { kind: 'document', slug };
        addEdge(graph.citedBy, slug, d.slug, target, r.site);
      } else {
        const ext = resolveExternal(r.title, r.docNumber);
        target = { kind: 'external', id: ext.id };
        if (r.site.raw && !ext.asCited.includes(r.site.raw)) ext.asCited.push(r.site.raw);
        if (!ext.citedBy.some((s) => s.slug === r.site.slug && s.key === r.site.key)) ext.citedBy.push(r.site);
      }
      addEdge(graph.basedOn, d.slug, d.slug, target, r.site);
      if (r.site.key) {
        const list = graph.provisionRefs.get(r.site.key) ?? [];
        if (!list.some((t) => sameTarget(t, target))) list.push(target);
        graph.provisionRefs.set(r.site.key, list);
      }
    }
  }
  return graph;
}

/**
 * Problems that must fail the build: a citing site whose key is not a provision of the corpus,
 * an edge to a document that does not exist, an external document with neither title nor 文号.
 */
export function checkGraph(graph: CitationGraph, keys: ReadonlySet<string>, slugs: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const checkSite = (s: CitingSite) => {
    if (!slugs.has(s.slug)) problems.push(`引用来源文件“${s.slug}”不存在`);
    if (s.key && !keys.has(s.key)) problems.push(`引用位置 ${s.key} 不存在`);
  };
  for (const edges of [...graph.basedOn.values(), ...graph.citedBy.values()]) {
    for (const e of edges) {
      if (e.to.kind === 'document' && !slugs.has(e.to.slug)) problems.push(`${e.from} 引用的文件“${e.to.slug}”不在语料中`);
      if (e.to.kind === 'external' && !graph.externals.has(e.to.id)) problems.push(`${e.from} 引用的外部文件 ${e.to.id} 未登记`);
      e.sites.forEach(checkSite);
    }
  }
  for (const ext of graph.externals.values()) {
    if (!ext.title && !ext.docNumber) problems.push(`外部文件 ${ext.id} 既无标题也无文号`);
    ext.citedBy.forEach(checkSite);
  }
  return problems;
}

/** How an external document is named in lists: 《title》（文号）, or whichever is known. */
export function externalLabel(ext: Pick<ExternalDocument, 'title' | 'docNumber'>): string {
  const title = ext.title ? `《${ext.title}》` : '';
  const number = ext.docNumber ? (title ? `（${ext.docNumber}）` : ext.docNumber) : '';
  return title + number;
}
