import { describe, expect, it } from 'vitest';
import { buildDictionary, isTooShort, normaliseQuery, understandQuery } from '../../src/lib/search/query.ts';
import { findDocNumbers, docNumberIndexWords } from '../../src/lib/search/doc-number.ts';
import { indexTokens, queryTokens } from '../../src/lib/search/bigrams.ts';
import { makeExcerpt } from '../../src/lib/search/excerpt.ts';
import { conceptToken, conceptTokens, synonymGroups } from '../../src/lib/search/expand.ts';

const glossary = new Map([
  ['minimum-living-allowance', { term: '低保', aliases: ['最低生活保障'] }],
  ['public-welfare-jobs', { term: '公益性岗位', aliases: ['乡村公益性岗位'] }],
]);
const dict = buildDictionary(synonymGroups(glossary));

describe('normaliseQuery', () => {
  it('turns full-width digits and every bracket style into one form', () => {
    expect(normaliseQuery('［２０１８］８４号')).toBe('[2018]84号');
    expect(normaliseQuery('〔2018〕84号')).toBe('[2018]84号');
    expect(normaliseQuery('【2018】84号')).toBe('[2018]84号');
  });
  it('drops question marks and collapses spaces', () => {
    expect(normaliseQuery('  旧房   什么时候拆？ ')).toBe('旧房 什么时候拆');
  });
});

describe('文号 in any form', () => {
  it.each([
    ['达川脱贫攻坚办[2018]84号', '2018', '84'],
    ['达川脱贫攻坚办〔2018〕84号', '2018', '84'],
    ['（2018）84号', '2018', '84'],
    ['2018年84号', '2018', '84'],
    ['84号文', null, '84'],
  ])('reads %s as year %s number %s', (text, year, number) => {
    const [hit] = findDocNumbers(text);
    expect(hit).toMatchObject({ year, number });
  });
  it('indexes a printed 文号 under the canonical tokens and the punctuation-free form', () => {
    expect(docNumberIndexWords('达川脱贫攻坚办[2018]84号')).toEqual(expect.arrayContaining(['wh2018n84', 'whn84', '达川脱贫攻坚办2018年84号', '84号文']));
  });
  it('makes "84号文 公益性岗位" two concepts: the 文号 and the job group', () => {
    const concepts = understandQuery('84号文 公益性岗位', dict);
    expect(concepts[0]).toMatchObject({ raw: true, forms: ['whn84'] });
    expect(concepts[1]!.forms).toContain('公岗');
  });
});

describe('understandQuery', () => {
  it('expands abbreviations from the glossary and the extras both ways', () => {
    expect(understandQuery('公岗', dict)[0]!.forms).toEqual(expect.arrayContaining(['公益性岗位', '乡村公益性岗位']));
    expect(understandQuery('最低生活保障', dict)[0]!.forms).toContain('低保');
  });
  it('keeps the policy words of a question and drops the question words', () => {
    const typed = understandQuery('搬迁后没有工作能领低保吗', dict).map((c) => c.typed);
    expect(typed).toEqual(expect.arrayContaining(['低保', '工作']));
    expect(typed).not.toContain('吗');
  });
  it('searches 就业 but not the everywhere-word 工作 when someone types 工作', () => {
    const job = understandQuery('没有工作', dict).find((c) => c.typed === '工作')!;
    expect(job.forms).toContain('就业');
    expect(job.forms).not.toContain('工作');
  });
  it('gives every form of a group the same one concept token', () => {
    const a = understandQuery('公岗', dict)[0]!;
    const b = understandQuery('乡村公益性岗位', dict)[0]!;
    expect(a.token).toMatch(/^zq\d{3}$/);
    expect(b.token).toBe(a.token);
  });
  it('does not search a lone character while the reader is still typing (公 of 公岗)', () => {
    expect(isTooShort(understandQuery('公', dict))).toBe(true);
    expect(isTooShort(understandQuery('公岗', dict))).toBe(false);
    expect(isTooShort(understandQuery('84号文', dict))).toBe(false);
  });
  it('gives an unknown word its character pairs as weaker fallbacks', () => {
    expect(understandQuery('开网店', dict)[0]).toMatchObject({ forms: ['开网店'], partial: ['开网', '网店'] });
  });
});

describe('bigram tokens', () => {
  it('encode the same phrase identically in a text and in a query', () => {
    const text = indexTokens('建设便民利民“九个中心”服务工程');
    expect(queryTokens('九个中心').every((t) => text.includes(t))).toBe(true);
  });
  it('keep numbers as words', () => {
    expect(indexTokens('800人以上')[0]).toBe('800');
  });
});

describe('makeExcerpt', () => {
  it('marks the query words and centres on where most of them are', () => {
    const text = `${'搬迁群众'.repeat(30)}暂时无就业和产业支撑导致生活困难,可以在安置地申请6个月的低保救助。`;
    const segments = makeExcerpt(text, ['低保', '就业', '搬迁'], 60);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(expect.arrayContaining(['低保', '就业']));
    expect(segments.map((s) => s.text).join('')).toContain('申请6个月的低保');
  });
});

describe('concept tokens in the index', () => {
  const groups = synonymGroups(glossary);
  it('tag a text with the group of any form it contains, once per mention up to three', () => {
    const jobs = conceptToken(groups.findIndex((g) => g.includes('公岗')));
    expect(conceptTokens('开发乡村公益性岗位', groups)).toContain(jobs);
    expect(conceptTokens('低保 低保 低保 低保', groups).length).toBe(3);
  });
  it('never tag a text by a recognise-only form (~工作)', () => {
    const work = conceptToken(groups.findIndex((g) => g.includes('~工作')));
    expect(conceptTokens('做好后续扶持工作', groups)).not.toContain(work);
    expect(conceptTokens('促进就业', groups)).toContain(work);
  });
  it('are fixed-width, so no token is a prefix of another', () => {
    expect(conceptToken(7)).toBe('zq007');
    expect(conceptToken(70)).toBe('zq070');
  });
});
