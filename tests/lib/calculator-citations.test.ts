import { describe, expect, it } from 'vitest';
import { buildCitationMap, excerptOf, findProvision } from '../../src/lib/calculator-citations.ts';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { CIVIL_CODE_ART201, CORPUS_CITATION_KEYS, GUANGXI_DEMOLITION, SOCIAL_ASSISTANCE_ART12 } from '../../src/rules/citations.ts';

const docs = loadCorpus().map((d) => ({ id: d.slug, data: d.data }));

describe('citation data passed to calculator islands', () => {
  it('resolves every citation key the rules emit, with a link to the provision anchor', () => {
    const map = buildCitationMap(docs, CORPUS_CITATION_KEYS);
    for (const key of CORPUS_CITATION_KEYS) {
      const [slug, anchor] = key.split('#');
      expect(map[key]?.href, key).toBe(`/documents/${slug}/#${anchor}`);
      expect(map[key]?.excerpt.length, key).toBeGreaterThan(0);
    }
  });

  it('quotes the sentence that contains the focus phrase, verbatim', () => {
    const map = buildCitationMap(docs, [GUANGXI_DEMOLITION], { [GUANGXI_DEMOLITION]: '实际入住新房后2年内拆除旧房' }, 400);
    const whole = findProvision(docs, GUANGXI_DEMOLITION)!.text;
    expect(map[GUANGXI_DEMOLITION]!.excerpt).toMatch(/^对属于自建独立房的,要在其实际入住新房后2年内拆除旧房/);
    expect(whole).toContain(map[GUANGXI_DEMOLITION]!.excerpt);
    expect(map[GUANGXI_DEMOLITION]!.citation).toBe('《关于进一步强化易地扶贫搬迁后续扶持工作的意见》二、(十)');
  });

  it('names external law by article without a link, and flags a paraphrase', () => {
    const map = buildCitationMap(docs, [CIVIL_CODE_ART201, SOCIAL_ASSISTANCE_ART12]);
    expect(map[CIVIL_CODE_ART201]).toMatchObject({ href: null, citation: '民法典 第二百零一条', external: true, paraphrase: false });
    expect(map[SOCIAL_ASSISTANCE_ART12]).toMatchObject({ href: null, external: true, paraphrase: true });
  });

  it('cuts long excerpts with an ellipsis and keeps short ones whole', () => {
    expect(excerptOf('短句。', undefined, 10)).toBe('短句。');
    expect(excerptOf('一二三四五六七八九十。', undefined, 4)).toBe('一二三四…');
    expect(excerptOf('开头。很长很长的一句话里有关键词在最后。', '关键词', 4)).toBe('…关键词在…');
  });
});
