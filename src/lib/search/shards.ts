/**
 * The search index in shards, for large corpora. Pagefind's indexer holds the whole index in
 * memory while it writes (about 3.1 GB for the 25 907 records of 1 000 documents, growing with
 * the records), so above SHARD_RECORDS records the index is built as several Pagefind indexes,
 * one after another in fresh Pagefind processes, and the browser joins them with Pagefind's
 * mergeIndex. Each shard's indexer needs a fraction of the memory.
 *
 * The cost is paid by readers: every query word is looked up in every shard (one index chunk
 * each), and each shard brings its own metadata and WebAssembly when search starts. So shards
 * are few and large, and the five real documents (151 records) are one index, as before.
 *
 * Records stay in corpus order (a document's records together) and are cut into equal runs.
 */

/** Most records in one shard. At 7 000: one index up to ~280 documents, 4 shards at 1 000. */
export const SHARD_RECORDS = 7000;

/** Number of shards for this many records (at least 1). */
export function shardCount(records: number, perShard = SHARD_RECORDS): number {
  if (!(perShard >= 1)) throw new RangeError('records per shard must be at least 1');
  return Math.max(1, Math.ceil(records / perShard));
}

/** Folder of shard i (from 0) below pagefind/: the first is pagefind/ itself, so one shard is the plain layout. */
export function shardDir(i: number): string {
  return i === 0 ? '' : `shard-${i + 1}/`;
}

/** Split the records into `count` runs of nearly equal length, in order. */
export function splitShards<T>(records: readonly T[], count: number): T[][] {
  const size = Math.ceil(records.length / count);
  return Array.from({ length: count }, (_, i) => records.slice(i * size, (i + 1) * size)).filter((s, i) => i === 0 || s.length);
}

/** What joinIndexes needs of a Pagefind instance (its JS API, loaded from one shard's pagefind.js). */
export interface SearchableIndex<R extends { id: string }> {
  search: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<{ results: R[] }>;
  preload: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Several shard indexes searched as one: every query goes to all of them at once, results are
 * concatenated, filter counts added up. Why not Pagefind's own mergeIndex: a result's id is a
 * 7-character hash, unique only within one index — at 25 907 records two shards held the same id
 * about once per build, and the ranking (keyed by id) merged two different provisions into one.
 * Here the id of a result from shard n (n > 0) becomes `n:<id>`. One index is returned as it is.
 *
 * Self-contained (no imports, no outer names), so the scale benchmark can run this very function
 * in the browser from its source text.
 */
export function joinIndexes<R extends { id: string }>(indexes: readonly SearchableIndex<R>[]): SearchableIndex<R> {
  if (indexes.length === 1) return indexes[0]!;
  return {
    async search(q, o) {
      const all = await Promise.all(indexes.map((index) => index.search(q, o)));
      return { results: all.flatMap((r, n) => (n === 0 ? r.results : r.results.map((x) => ({ ...x, id: `${n}:${x.id}` })))) };
    },
    async preload(q, o) {
      await Promise.all(indexes.map((index) => index.preload(q, o)));
    },
    async filters() {
      const sum: Record<string, Record<string, number>> = {};
      for (const counts of await Promise.all(indexes.map((index) => index.filters()))) {
        for (const [name, values] of Object.entries(counts)) {
          const into = (sum[name] ??= {});
          for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
        }
      }
      return sum;
    },
  };
}
