/**
 * Every cross-reference of the site, built once from the corpus, the glossary and the topics:
 * the citation graph, glossary usage, topics per provision, related provisions, departments and
 * dated targets. Pure (pages pass in the collections); throws when a citation does not resolve,
 * which fails the build.
 */
import type { PolicyDocument, Provision } from '../schemas/document.ts';
import { ownText } from '../schemas/document.ts';
import { citationKey, citationText, flattenProvisions, type FlatProvision } from './provisions.ts';
import { buildCitationGraph, checkGraph, type CitationGraph } from './graph.ts';
import { buildMatcher, termUsage, type TermForms, type TermMatcher } from './glossary.ts';
import { buildRelatedIndex, topicMatcher, type RelatedIndex } from './related.ts';
import { indexDepartments, parseUnitNote, type Department, type Role } from './departments.ts';
import { deadlineStatus, findDatedTargets, type DatedTarget } from './deadlines.ts';

export interface XrefDocument {
  slug: string;
  data: PolicyDocument;
}

export interface ProvisionRecord {
  key: string;
  slug: string;
  anchor: string;
  flat: FlatProvision;
  /** 《title》（文号）二、(十) */
  citation: string;
  /** The provision's own text (heading, paragraphs, unit note). */
  text: string;
}

export interface DeadlineRecord extends DatedTarget {
  /** HTML id on the timeline page, e.g. "t-guangxi-houxu-fuchi-p2-4-1". */
  id: string;
  key: string;
  status: 'past' | 'upcoming';
  /** Normalised units from the provision's note, or the nearest ancestor's; empty when none. */
  units: string[];
}

export interface SiteXref {
  documents: Map<string, XrefDocument>;
  /** Every provision, by citation key, in corpus order. */
  provisions: Map<string, ProvisionRecord>;
  graph: CitationGraph;
  matcher: TermMatcher;
  /** Term id → keys of provisions using it. */
  termUsage: Map<string, string[]>;
  /** Key → term ids it uses. */
  termsOf: Map<string, string[]>;
  /** Key → topic ids it is on. */
  topicsOf: Map<string, string[]>;
  related: RelatedIndex;
  departments: Map<string, Department>;
  /** Key → departments named in its unit note, normalised, with their role. */
  departmentsOf: Map<string, { name: string; role: Role }[]>;
  deadlines: DeadlineRecord[];
  /** Key → its dated targets. */
  deadlinesOf: Map<string, DeadlineRecord[]>;
  buildDate: string;
}

export interface TopicKeywords {
  id: string;
  keywords: readonly string[];
}

export function buildSiteXref(docs: readonly XrefDocument[], terms: readonly TermForms[], topics: readonly TopicKeywords[], buildDate: string): SiteXref {
  const documents = new Map(docs.map((d) => [d.slug, d]));
  const provisions = new Map<string, ProvisionRecord>();
  const unitsOfProvision = new Map<Provision, string[]>();
  for (const d of docs) {
    const flat = flattenProvisions(d.data.provisions);
    const byAnchor = new Map(flat.map((f) => [f.anchor, f]));
    for (const f of flat) {
      const key = citationKey(d.slug, f.anchor);
      provisions.set(key, { key, slug: d.slug, anchor: f.anchor, flat: f, citation: citationText(d.data, f.labels), text: ownText(f.provision) });
      const names = f.provision.units ? parseUnitNote(f.provision.units.note).map((m) => m.name) : [];
      const inherited = names.length ? names : f.parentAnchor ? (unitsOfProvision.get(byAnchor.get(f.parentAnchor)!.provision) ?? []) : [];
      unitsOfProvision.set(f.provision, inherited);
    }
  }

  const graph = buildCitationGraph(docs);
  const problems = checkGraph(graph, new Set(provisions.keys()), new Set(documents.keys()));
  if (problems.length) throw new Error(`引用图谱有无法解析的引用：\n${problems.join('\n')}`);

  const matcher = buildMatcher(terms);
  const records = [...provisions.values()];
  const usage = termUsage(matcher, records);
  const termsOf = new Map<string, string[]>();
  for (const [id, keys] of usage) for (const k of keys) termsOf.set(k, [...(termsOf.get(k) ?? []), id]);

  const onTopics = topicMatcher(topics);
  const topicsOf = new Map(records.map((r) => [r.key, onTopics(r.text)]));
  const related = buildRelatedIndex(records.map((r) => ({ key: r.key, slug: r.slug, topics: topicsOf.get(r.key)!, terms: termsOf.get(r.key) ?? [] })));

  const notes = records.filter((r) => r.flat.provision.units).map((r) => ({ key: r.key, note: r.flat.provision.units!.note }));
  const departments = indexDepartments(notes);
  const departmentsOf = new Map(notes.map((n) => [n.key, parseUnitNote(n.note).map(({ name, role }) => ({ name, role }))]));

  const deadlines: DeadlineRecord[] = [];
  const deadlinesOf = new Map<string, DeadlineRecord[]>();
  for (const r of records) {
    // Scan heading and paragraphs only: a unit note holds no targets.
    const p = r.flat.provision;
    for (const part of [p.heading ?? '', ...p.paragraphs]) {
      for (const t of findDatedTargets(part)) {
        const n = (deadlinesOf.get(r.key)?.length ?? 0) + 1;
        const rec: DeadlineRecord = { ...t, id: `t-${r.slug}-${r.anchor}-${n}`, key: r.key, status: deadlineStatus(t.date, buildDate), units: unitsOfProvision.get(p) ?? [] };
        deadlines.push(rec);
        deadlinesOf.set(r.key, [...(deadlinesOf.get(r.key) ?? []), rec]);
      }
    }
  }
  deadlines.sort((a, b) => a.date.localeCompare(b.date));

  return { documents, provisions, graph, matcher, termUsage: usage, termsOf, topicsOf, related, departments, departmentsOf, deadlines, deadlinesOf, buildDate };
}
