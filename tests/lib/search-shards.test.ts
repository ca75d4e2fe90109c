import { describe, expect, it } from 'vitest';
import { joinIndexes, SHARD_RECORDS, shardCount, shardDir, splitShards, type SearchableIndex } from '../../src/lib/search/shards.ts';

describe('search index shards', () => {
  it('the five real documents and a hundred more are one index, a thousand documents are four', () => {
    expect(shardCount(151)).toBe(1);
    expect(shardCount(2390)).toBe(1);
    expect(shardCount(25_907)).toBe(4);
    expect(shardCount(0)).toBe(1);
    expect(shardCount(SHARD_RECORDS)).toBe(1);
    expect(shardCount(SHARD_RECORDS + 1)).toBe(2);
  });

  it('the first shard is pagefind/ itself, so one shard is the plain Pagefind layout', () => {
    expect(shardDir(0)).toBe('');
    expect(shardDir(1)).toBe('shard-2/');
    expect(shardDir(3)).toBe('shard-4/');
  });

  it('splits records in order into nearly equal runs, losing none', () => {
    const records = Array.from({ length: 10 }, (_, i) => i);
    const shards = splitShards(records, 3);
    expect(shards).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(splitShards([], 1)).toEqual([[]]);
    expect(splitShards(records, 1)).toEqual([records]);
  });

  it('refuses a shard size below one record', () => {
    expect(() => shardCount(10, 0)).toThrow(RangeError);
  });

  describe('searched together', () => {
    /** A fake shard: fixed results for every query, fixed filter counts, and a log of preloads. */
    const shard = (ids: string[], kinds: Record<string, number>, log: string[] = []): SearchableIndex<{ id: string; score: number }> => ({
      search: async () => ({ results: ids.map((id, i) => ({ id, score: 1 / (i + 1) })) }),
      preload: async (q) => void log.push(q),
      filters: async () => ({ kind: kinds }),
    });

    it('keeps two records apart when two shards give them the same short id', async () => {
      const joined = joinIndexes([shard(['a1b2c3d', 'e4f5a6b'], {}), shard(['a1b2c3d'], {}), shard(['ffff000'], {})]);
      const { results } = await joined.search('x62c65f00');
      expect(results.map((r) => r.id)).toEqual(['a1b2c3d', 'e4f5a6b', '1:a1b2c3d', '2:ffff000']);
      expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
    });

    it('adds up filter counts and preloads every shard', async () => {
      const log: string[] = [];
      const joined = joinIndexes([shard([], { 条款: 30, 文件: 2 }, log), shard([], { 条款: 12 }, log)]);
      expect(await joined.filters()).toEqual({ kind: { 条款: 42, 文件: 2 } });
      await joined.preload('zq');
      expect(log).toEqual(['zq', 'zq']);
    });

    it('returns a single index unchanged, so the real site searches as before', () => {
      const one = shard(['a'], {});
      expect(joinIndexes([one])).toBe(one);
    });
  });
});
