import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, type ProvisionFeatures, type RelatedProvision } from '../../src/lib/related.ts';
import { prng } from '../../scripts/lib/synthetic-corpus.mjs';

/**
 * The obvious definition, scanning every provision that shares a feature: the indexed
 * relatedTo() (which ranks feature signatures so the build stays linear) must agree with it.
 */
function naiveRelated(all: readonly ProvisionFeatures[], key: string, perDocument: number, limit: number): RelatedProvision[] {
  const self = all.find((p) => p.key === key)!;
  const found: RelatedProvision[] = [];
  all.forEach((p) => {
    if (p.slug === self.slug) return;
    const sharedTopics = [...new Set(self.topics)].filter((t) => p.topics.includes(t));
    const sharedTerms = [...new Set(self.terms)].filter((t) => p.terms.includes(t));
    const score = 3 * sharedTopics.length + sharedTerms.length;
    if (score > 0) found.push({ key: p.key, slug: p.slug, sharedTopics, sharedTerms, score });
  });
  const order = new Map(all.map((p, i) => [p.key, i]));
  found.sort((a, b) => b.score - a.score || order.get(a.key)! - order.get(b.key)!);
  const perDoc = new Map<string, number>();
  const out: RelatedProvision[] = [];
  for (const r of found) {
    const n = perDoc.get(r.slug) ?? 0;
    if (n >= perDocument) continue;
    perDoc.set(r.slug, n + 1);
    out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/** A random corpus: `docs` documents, few topics and terms so that signatures repeat and tie. */
function randomFeatures(docs: number, seed: number): ProvisionFeatures[] {
  const rand = prng(seed);
  const pickSome = (pool: string[], max: number) => pool.filter(() => rand() < max / pool.length);
  const topics = ['employment', 'dibao', 'land', 'community', 'industry'];
  const terms = Array.from({ length: 12 }, (_, i) => `term-${i}`);
  const out: ProvisionFeatures[] = [];
  for (let d = 0; d < docs; d++) {
    const slug = `doc-${String(d).padStart(3, '0')}`;
    const count = 3 + Math.floor(rand() * 12);
    for (let p = 0; p < count; p++) out.push({ key: `${slug}#p${p + 1}`, slug, topics: pickSome(topics, 1.5), terms: pickSome(terms, 2) });
  }
  return out;
}

describe('related provisions at scale', () => {
  it('the indexed relatedTo gives exactly the naive ranking on a random corpus of 60 documents', () => {
    const all = randomFeatures(60, 42);
    const index = buildRelatedIndex(all);
    for (const { perDocument, limit } of [
      { perDocument: 1, limit: 4 },
      { perDocument: 2, limit: 8 },
      { perDocument: 3, limit: 50 },
    ]) {
      for (const p of all) expect(index.relatedTo(p.key, { perDocument, limit })).toEqual(naiveRelated(all, p.key, perDocument, limit));
    }
  });

  it('a provision with no topic and no term has no related provisions, and an unknown key gives none', () => {
    const all: ProvisionFeatures[] = [
      { key: 'a#p1', slug: 'a', topics: [], terms: [] },
      { key: 'b#p1', slug: 'b', topics: ['dibao'], terms: [] },
    ];
    const index = buildRelatedIndex(all);
    expect(index.relatedTo('a#p1')).toEqual([]);
    expect(index.relatedTo('nope#p1')).toEqual([]);
    expect(index.relatedTo('b#p1')).toEqual([]);
  });

  it('the posting lists byTopic and byTerm still list every provision in corpus order', () => {
    const all = randomFeatures(10, 7);
    const index = buildRelatedIndex(all);
    for (const [topic, keys] of index.byTopic) expect(keys).toEqual(all.filter((p) => p.topics.includes(topic)).map((p) => p.key));
    for (const [term, keys] of index.byTerm) expect(keys).toEqual(all.filter((p) => p.terms.includes(term)).map((p) => p.key));
  });
});
