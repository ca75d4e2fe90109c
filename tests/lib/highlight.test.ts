import { describe, expect, it } from 'vitest';
import { splitRuns } from '../../src/lib/highlight.ts';

const join = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('splitting verbatim text into runs', () => {
  it('never adds or removes a character', () => {
    const text = '积极发展多种形式的休闲度假、健康状生、养老服务等产业,要要落实。';
    const runs = splitRuns(text, ['健康状生', '要要', '不在文中']);
    expect(join(runs)).toBe(text);
    expect(runs.filter((r) => r.match !== null).map((r) => [r.text, r.match])).toEqual([
      ['健康状生', 0],
      ['要要', 1],
    ]);
  });

  it('marks the first occurrence only and never overlaps two needles', () => {
    const runs = splitRuns('低保低保最低生活保障', ['低保', '最低生活保障', '生活']);
    expect(runs.map((r) => [r.text, r.match])).toEqual([
      ['低保', 0],
      ['低保', null],
      ['最低生活保障', 1],
    ]);
  });

  it('returns the text as one plain run when nothing matches', () => {
    expect(splitRuns('原文', [''])).toEqual([{ text: '原文', match: null }]);
  });
});
