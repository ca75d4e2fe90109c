import { describe, expect, it } from 'vitest';
import { buildMatcher, firstUses, glossaryRuns, termUsage } from '../../src/lib/glossary.ts';

const terms = [
  { id: 'dibao', term: '低保', aliases: ['最低生活保障', '农村最低生活保障'] },
  { id: 'dibao-marginal', term: '低保边缘户', aliases: [] },
  { id: 'jobs', term: '公益性岗位', aliases: ['乡村公益性岗位'] },
];
const matcher = buildMatcher(terms);

describe('glossary matching', () => {
  it('takes the longest form at each position', () => {
    const hits = matcher.scan('纳入农村最低生活保障范围，高于当地低保边缘户的');
    expect(hits.map((h) => [h.id, h.text])).toEqual([['dibao', '农村最低生活保障'], ['dibao-marginal', '低保边缘户']]);
  });

  it('links only the first use of a term in a provision, across its parts', () => {
    const parts = ['统筹用好公益性岗位。', '开发乡村公益性岗位，落实低保，低保应保尽保。'];
    const uses = firstUses(matcher, parts);
    expect(uses.map((u) => [u.id, u.part, u.text])).toEqual([['jobs', 0, '公益性岗位'], ['dibao', 1, '低保']]);
  });

  it('skips an occurrence inside or across a blocked range (an annotated passage) and links the next one', () => {
    const parts = ['落实低保，低保应保尽保。'];
    expect(firstUses(matcher, parts, [{ part: 0, start: 1, end: 3 }])[0]).toMatchObject({ start: 5, end: 7 });
    expect(firstUses(matcher, parts, [{ part: 0, start: 0, end: 4 }])[0]).toMatchObject({ start: 5, end: 7 });
    expect(firstUses(matcher, parts, [{ part: 0, start: 3, end: 6 }])).toEqual([]);
  });

  it('never changes the text: the runs join back to the input', () => {
    const text = '对无劳动能力的，纳入农村最低生活保障范围，开发公益性岗位。低保。';
    const uses = firstUses(matcher, [text]);
    const runs = glossaryRuns(text, uses, terms.map((t) => t.id));
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.match !== null).map((r) => r.text)).toEqual(['农村最低生活保障', '公益性岗位']);
  });

  it('computes which provisions use a term from their text', () => {
    const usage = termUsage(matcher, [
      { key: 'a#p1', text: '落实低保。' },
      { key: 'b#p2', text: '开发公益性岗位，低保兜底。' },
      { key: 'c#p3', text: '无关。' },
    ]);
    expect(usage.get('dibao')).toEqual(['a#p1', 'b#p2']);
    expect(usage.get('jobs')).toEqual(['b#p2']);
    expect(usage.has('dibao-marginal')).toBe(false);
  });

  it('refuses a form claimed by two terms', () => {
    expect(() => buildMatcher([...terms, { id: 'x', term: '低保', aliases: [] }])).toThrow(/同时属于/);
  });
});
