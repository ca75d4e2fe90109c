/** Scoring for the search quality suite: recall@1, recall@5 and MRR over queries.yaml. */

export interface QueryCase {
  who: 'cadre' | 'migrant' | 'trainer';
  q: string;
  /** Acceptable answers: `<slug>#<anchor>` or `<slug>` for a whole document. */
  expect: string[];
}

/** "/base/documents/x/#p2-10" → "x#p2-10"; "/base/documents/x/" → "x"; other pages as their path. */
export function resultKey(href: string, base = '/'): string {
  const path = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '');
  const m = path.match(/^documents\/([^/]+)\/(?:#(.+))?$/);
  return m ? (m[2] ? `${m[1]}#${m[2]}` : m[1]!) : path;
}

export interface QualityReport {
  recallAt1: number;
  recallAt5: number;
  mrr: number;
  misses: string[];
  text: string;
}

/** Scores ranked keys (top first) per case; a case counts when any expected key appears. */
export function scoreQueries(cases: readonly QueryCase[], ranked: readonly string[][]): QualityReport {
  let at1 = 0;
  let at5 = 0;
  let rr = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const list = ranked[i] ?? [];
    const rank = list.findIndex((k) => c.expect.includes(k));
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 5) at5++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank < 0 || rank >= 5) misses.push(`  ✗ [${c.who}] ${c.q} → 前5：${list.join('，') || '（无结果）'}；应有：${c.expect.join(' / ')}`);
  });
  const n = cases.length || 1;
  const recallAt1 = at1 / n;
  const recallAt5 = at5 / n;
  const mrr = rr / n;
  const text = [
    `搜索质量（${cases.length} 条查询）：recall@1 ${recallAt1.toFixed(3)}  recall@5 ${recallAt5.toFixed(3)}  MRR ${mrr.toFixed(3)}`,
    ...misses,
  ].join('\n');
  return { recallAt1, recallAt5, mrr, misses, text };
}
