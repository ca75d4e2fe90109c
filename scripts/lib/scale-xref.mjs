/**
 * Micro-benchmark of the cross-reference code (src/lib) on a content root: each index the build
 * makes, timed alone, so the scale report can say which one grows faster than the corpus.
 * Plain function calls in this process: no Astro, no rendering.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { ownText } from '../../src/schemas/document.ts';
import { citationKey, flattenProvisions } from '../../src/lib/provisions.ts';
import { buildCitationGraph } from '../../src/lib/graph.ts';
import { buildMatcher, termUsage } from '../../src/lib/glossary.ts';
import { buildRelatedIndex, topicMatcher } from '../../src/lib/related.ts';
import { indexDepartments } from '../../src/lib/departments.ts';
import { findDatedTargets } from '../../src/lib/deadlines.ts';
import { buildSiteXref } from '../../src/lib/xref.ts';

function time(fn) {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

function loadTerms(root) {
  const dir = join(root, 'content', 'glossary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')))
    .map((t) => ({ id: t.id, term: t.term, aliases: t.aliases ?? [] }));
}

function loadTopics(root) {
  const dir = join(root, 'content', 'topics');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = readFileSync(join(dir, f), 'utf8').match(/^---\n([\s\S]*?)\n---/);
      return { id: f.replace(/\.mdx$/, ''), keywords: (front ? parse(front[1]).keywords : null) ?? [] };
    });
}

/**
 * Times every cross-reference step on the corpus under `root`.
 * "related, all pages" calls relatedTo() once per provision, as the document pages do.
 * @returns {{ documents: number, provisions: number, steps: Record<string, number> }} ms per step
 */
export function benchXref(root) {
  const steps = {};
  const corpus = time(() => loadCorpus(root));
  steps['loadCorpus (YAML + zod)'] = corpus.ms;
  const docs = corpus.value.map((d) => ({ slug: d.slug, data: d.data }));
  const terms = loadTerms(root);
  const topics = loadTopics(root);
  const records = docs.flatMap((d) => flattenProvisions(d.data.provisions).map((f) => ({ key: citationKey(d.slug, f.anchor), slug: d.slug, provision: f.provision, text: ownText(f.provision) })));

  steps['graph: buildCitationGraph'] = time(() => buildCitationGraph(docs)).ms;
  const matcher = buildMatcher(terms);
  const usage = time(() => termUsage(matcher, records));
  steps['glossary: termUsage'] = usage.ms;
  const termsOf = new Map();
  for (const [id, keys] of usage.value) for (const k of keys) termsOf.set(k, [...(termsOf.get(k) ?? []), id]);
  const onTopics = topicMatcher(topics);
  const topicsOf = time(() => new Map(records.map((r) => [r.key, onTopics(r.text)])));
  steps['related: topicMatcher'] = topicsOf.ms;
  const features = records.map((r) => ({ key: r.key, slug: r.slug, topics: topicsOf.value.get(r.key), terms: termsOf.get(r.key) ?? [] }));
  const related = time(() => buildRelatedIndex(features));
  steps['related: buildRelatedIndex'] = related.ms;
  steps['related: relatedTo × every provision'] = time(() => {
    for (const r of records) related.value.relatedTo(r.key, { perDocument: 1, limit: 4 });
  }).ms;
  const notes = records.filter((r) => r.provision.units).map((r) => ({ key: r.key, note: r.provision.units.note }));
  steps['departments: indexDepartments'] = time(() => indexDepartments(notes)).ms;
  steps['deadlines: findDatedTargets'] = time(() => {
    for (const r of records) for (const part of [r.provision.heading ?? '', ...r.provision.paragraphs]) findDatedTargets(part);
  }).ms;
  steps['buildSiteXref (all of the above, as the build runs it)'] = time(() => buildSiteXref(docs, terms, topics, '2026-01-01')).ms;
  return { documents: docs.length, provisions: records.length, steps };
}
