import { describe, expect, it } from 'vitest';
import { allQueries, conceptQueries, rankConcepts, type Hit } from '../../src/lib/search/rank.ts';
import { queryTokens } from '../../src/lib/search/bigrams.ts';

/** A fake Pagefind: each record is a set of phrases; a query matches when all its tokens occur. */
function fakeSearch(records: Record<string, string>) {
  return async (tokens: string): Promise<Hit[]> =>
    Object.entries(records)
      .filter(([, text]) => tokens.split(' ').every((t) => queryTokens(text).some((x) => x.startsWith(t))))
      .map(([id]) => ({ id, score: 1 }));
}

describe('rankConcepts', () => {
  it('ranks a record matching every concept above one matching a single common concept', async () => {
    const search = fakeSearch({ a: '搬迁群众就业', b: '搬迁群众可以申请低保救助,暂时无就业', c: '搬迁群众' });
    const ranked = await rankConcepts([{ typed: '低保', forms: ['低保'] }, { typed: '工作', forms: ['就业'] }, { typed: '搬迁', forms: ['搬迁'] }], search, 3);
    expect(ranked[0]!.id).toBe('b');
  });
  it('returns nothing when no concept matches', async () => {
    expect(await rankConcepts([{ typed: '光伏', forms: ['光伏'] }], fakeSearch({ a: '低保' }), 1)).toEqual([]);
  });
  it('counts a fallback pair match for less than a whole-word match', async () => {
    const search = fakeSearch({ whole: '开网店', pair: '开设网店' });
    const ranked = await rankConcepts([{ typed: '开网店', forms: ['开网店'], partial: ['开网', '网店'] }], search, 2);
    expect(ranked.map((r) => r.id)).toEqual(['whole', 'pair']);
  });
});

describe('one Pagefind search per idea', () => {
  it('searches a synonym group as its single concept token, however many forms it has', async () => {
    const queries: string[] = [];
    await rankConcepts([{ typed: '公岗', forms: ['公岗', '公益性岗位', '公益岗'], group: 7, token: 'zq007' }], async (q) => (queries.push(q), []), 10);
    expect(queries).toEqual(['zq007']);
  });
  it('searches a 文号 by its most specific token only', () => {
    expect(conceptQueries({ typed: '[2018]84号', forms: ['wh2018n84', 'whn84'], raw: true })).toEqual(['wh2018n84']);
  });
  it('needs one search per idea for a question with three ideas', () => {
    const concepts = [
      { typed: '搬迁', forms: ['搬迁'], group: 1, token: 'zq001' },
      { typed: '工作', forms: ['就业'], group: 2, token: 'zq002' },
      { typed: '低保', forms: ['低保'], group: 3, token: 'zq003' },
    ];
    expect(allQueries(concepts)).toEqual(['zq001', 'zq002', 'zq003']);
  });
});
