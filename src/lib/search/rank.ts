/**
 * Ranking across concepts. Pagefind matches a query only when every word is present (checked:
 * "低保 拆旧" finds 3 records, each word alone 34 and 24), which fails for questions
 * ("搬迁后没有工作能领低保吗" has no single provision with all of it). So each concept is one
 * Pagefind search — one index token for a synonym group or a 文号, the character pairs of an
 * unknown word — and a record's score is the sum over the concepts it matches of the concept's
 * rarity (idf) times how well it matches there: records that cover more, and rarer, concepts
 * come first.
 */
import type { Concept } from './query.ts';
import { queryTokens } from './bigrams.ts';

/** One Pagefind hit: the record id and Pagefind's score for that query. */
export interface Hit<T = unknown> {
  id: string;
  score: number;
  /** The caller's handle on the hit (Pagefind's result, to load its data later). */
  ref?: T;
}

/** Runs one Pagefind query (space-separated index tokens) and returns its hits. */
export type SearchFn<T = unknown> = (tokens: string) => Promise<Hit<T>[]>;

export interface Ranked<T = unknown> {
  id: string;
  ref?: T;
  score: number;
  /** Indexes of the concepts this record matched. */
  matched: number[];
}

/**
 * The Pagefind queries for one concept: its group token, its 文号 token, or for an unknown word
 * each of its character pairs (a record with all pairs counts fully, with some of them half).
 */
export function conceptQueries(concept: Concept): string[] {
  if (concept.token) return [concept.token];
  if (concept.raw) return concept.forms.slice(0, 1);
  if (concept.partial?.length) return concept.partial.map((p) => queryTokens(p).join(' '));
  return [queryTokens(concept.forms[0] ?? concept.typed).join(' ')].filter(Boolean);
}

/** Every Pagefind query a set of concepts needs (for preloading their index chunks). */
export function allQueries(concepts: readonly Concept[]): string[] {
  return [...new Set(concepts.flatMap(conceptQueries))];
}

/**
 * Ranks records for the concepts. `total` is the number of searchable records (for idf).
 * Records matching no concept are not returned.
 */
export async function rankConcepts<T>(concepts: readonly Concept[], search: SearchFn<T>, total: number): Promise<Ranked<T>[]> {
  const perConcept = await Promise.all(
    concepts.map(async (c) => {
      const queries = conceptQueries(c);
      const lists = await Promise.all(queries.map((q) => search(q)));
      const best = new Map<string, number>();
      const seen = new Map<string, number>();
      const refs = new Map<string, T | undefined>();
      for (const hits of lists) {
        const top = Math.max(...hits.map((h) => h.score), 1e-9);
        for (const h of hits) {
          best.set(h.id, Math.max(best.get(h.id) ?? 0, 0.6 + (0.4 * h.score) / top));
          seen.set(h.id, (seen.get(h.id) ?? 0) + 1);
          if (!refs.has(h.id)) refs.set(h.id, h.ref);
        }
      }
      // A fallback pair alone is weaker evidence than the whole word (all of its pairs).
      for (const [id, n] of seen) if (n < queries.length) best.set(id, best.get(id)! * 0.5);
      return { best, refs };
    }),
  );
  const scores = new Map<string, Ranked<T>>();
  perConcept.forEach(({ best, refs }, i) => {
    if (best.size === 0) return;
    const idf = Math.log(1 + total / best.size);
    for (const [id, s] of best) {
      const r = scores.get(id) ?? { id, ref: refs.get(id), score: 0, matched: [] };
      r.score += idf * s;
      r.matched.push(i);
      scores.set(id, r);
    }
  });
  return [...scores.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
