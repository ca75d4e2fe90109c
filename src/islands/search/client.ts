/**
 * The browser side of search: loads Pagefind, the synonym groups and the glossary explanations
 * from <base>pagefind/ on first use (nothing before), understands the query, ranks provisions
 * across concepts and returns display-ready results. Used by the search page and the header box.
 *
 * Cost per query: one Pagefind search per idea in the query (a synonym group or 文号 is one index
 * token, see src/lib/search/expand.ts), run together, then the shown results' data.
 */
import { buildDictionary, isTooShort, understandQuery, type Concept, type Dictionary } from '../../lib/search/query.ts';
import { allQueries, rankConcepts, type Hit } from '../../lib/search/rank.ts';
import { makeExcerpt, type Segment } from '../../lib/search/excerpt.ts';
import { joinIndexes, type SearchableIndex } from '../../lib/search/shards.ts';

/** Filter key → chosen value ("" = any). Keys as in src/lib/search/records.ts FILTERS. */
export type Filters = Partial<Record<'document' | 'region' | 'level' | 'topic' | 'department', string>>;

export interface Result {
  url: string;
  title: string;
  /** Document short name. */
  doc: string;
  kind: string;
  excerpt: Segment[];
  /** 牵头/配合/责任 units as printed in the record's meta. */
  units: { role: string; names: string }[];
}

/** A glossary term the query used, with its plain explanation (词汇解释). */
export interface Explanation {
  url: string;
  term: string;
  plain: string;
}

export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  concepts: Concept[];
  results: Result[];
  /** All ranked provisions and documents (results holds the first `limit`). */
  total: number;
  /** A single character that is not a word: not searched (it would match almost anything). */
  tooShort: boolean;
  /** Glossary terms in the query, explained. */
  explanations: Explanation[];
  /** Topic pages the shown results belong to, most frequent first. */
  topics: { url: string; title: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
/** Pagefind's JS API (one shard's pagefind.js), as used here. */
interface Pagefind extends SearchableIndex<PagefindResult> {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  destroy: () => Promise<void>;
}
interface ExplainData {
  /** Number of searchable records (for idf), so the first search need not wait for filter counts. */
  records: number;
  /** Further Pagefind indexes below pagefind/, searched with the first (a large corpus: src/lib/search/shards.ts). */
  shards?: string[];
  terms: { path: string; term: string; plain: string }[];
  topics: Record<string, string>;
}

const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');

interface Engine {
  pagefind: SearchableIndex<PagefindResult>;
  dict: Dictionary;
  explain: ExplainData;
  filterValues: Promise<Record<string, Record<string, number>>>;
}
let engine: Promise<Engine> | undefined;

/** Loads Pagefind, the synonym groups and explanations (once; call it on focus). */
export function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const json = <T,>(name: string) => fetch(`${BASE}pagefind/${name}`).then((r) => r.json() as Promise<T>);
    // The small JSON files load while Pagefind's JS and WebAssembly start.
    const data = Promise.all([json<string[][]>('synonyms.json'), json<ExplainData>('explain.json')]);
    // Each shard's own pagefind.js is its own module, so its own Pagefind instance; the first
    // (pagefind/ itself) starts at once, the others once explain.json names them.
    // Pagefind keeps a failed start (a dropped request for its entry file or metadata on a weak
    // connection) and fails every search after it, so a start is checked by fetching the index
    // chunk of the concept tokens (zq…, needed by almost every query anyway) and redone once.
    const load = async (dir: string) => {
      const pf = (await import(/* @vite-ignore */ `${BASE}pagefind/${dir}pagefind.js`)) as Pagefind;
      for (let attempt = 1; ; attempt++) {
        await pf.options({ baseUrl: BASE, excerptLength: 0 });
        await pf.init();
        try {
          await pf.preload('zq');
          return pf;
        } catch (e) {
          if (attempt >= 2) throw e;
          await pf.destroy();
        }
      }
    };
    const first = load('');
    first.catch(() => undefined); // reported by the await below, not as unhandled
    const [groups, explain] = await data;
    const shards = await Promise.all([first, ...(explain.shards ?? []).map(load)]);
    const pagefind = joinIndexes(shards);
    // Filter counts only matter once the filter controls are used.
    const filterValues = pagefind.filters();
    filterValues.catch(() => undefined);
    return { pagefind, dict: buildDictionary(groups), explain, filterValues };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

const chosenFilters = (filters: Filters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v));

/** Fetches the index chunks a query will need while the reader is still typing. */
export async function preloadQuery(query: string, filters: Filters = {}): Promise<void> {
  if (!query.trim()) return;
  const { pagefind, dict } = await loadEngine();
  const concepts = understandQuery(query, dict);
  if (isTooShort(concepts)) return;
  await Promise.all(allQueries(concepts).map((q) => pagefind.preload(q, { filters: chosenFilters(filters) })));
}

/** Searches provisions and documents; `limit` results get their data loaded. */
export async function runSearch(query: string, filters: Filters = {}, limit = 10): Promise<SearchOutcome> {
  const { pagefind, dict, explain } = await loadEngine();
  const total = explain.records;
  const concepts = understandQuery(query, dict);
  const empty = { query, concepts, results: [], total: 0, explanations: [], topics: [] };
  if (concepts.length === 0) return { ...empty, tooShort: false };
  if (isTooShort(concepts)) return { ...empty, tooShort: true };
  const chosen = chosenFilters(filters);
  const search = async (tokens: string): Promise<Hit<PagefindResult>[]> => {
    const r = await pagefind.search(tokens, { filters: chosen });
    return r.results.map((x) => ({ id: x.id, score: x.score, ref: x }));
  };
  const ranked = await rankConcepts(concepts, search, total);
  const words = concepts.filter((c) => !c.raw).flatMap((c) => [...c.forms, ...(c.partial ?? [])]);
  const top = await Promise.all(ranked.slice(0, limit).map((r) => r.ref!.data()));
  const results = top.map((d) => ({
    url: d.url,
    title: d.meta.title ?? d.url,
    doc: d.meta.doc ?? '',
    kind: d.filters.kind?.[0] ?? '',
    excerpt: makeExcerpt(d.meta.text ?? '', words),
    units: [
      { role: '牵头', names: d.meta.lead ?? '' },
      { role: '配合', names: d.meta.support ?? '' },
      { role: '责任', names: d.meta.responsible ?? '' },
    ].filter((u) => u.names),
  }));
  const explanations = concepts
    .map((c) => (c.group !== undefined ? explain.terms[c.group] : undefined))
    .filter((t): t is ExplainData['terms'][number] => !!t?.plain)
    .slice(0, 2)
    .map((t) => ({ url: `${BASE}${t.path}`, term: t.term, plain: t.plain }));
  const topicCount = new Map<string, number>();
  for (const d of top) for (const t of d.filters.topic ?? []) if (explain.topics[t]) topicCount.set(t, (topicCount.get(t) ?? 0) + 1);
  const topics = [...topicCount].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([title]) => ({ title, url: `${BASE}${explain.topics[title]}` }));
  return { query, concepts, results, total: ranked.length, tooShort: false, explanations, topics };
}

/** Values of each filter with counts, for the filter controls. */
export async function filterValues(): Promise<Record<string, Record<string, number>>> {
  return (await loadEngine()).filterValues;
}
