import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { buildCitationGraph, checkGraph, externalId, externalLabel } from '../../src/lib/graph.ts';
import { citationKey, flattenProvisions } from '../../src/lib/provisions.ts';
import type { PolicyDocument } from '../../src/schemas/document.ts';

const corpus = loadCorpus();
const keys = new Set(corpus.flatMap((d) => flattenProvisions(d.data.provisions).map((f) => citationKey(d.slug, f.anchor))));
const slugs = new Set(corpus.map((d) => d.slug));

describe('the citation graph of the corpus', () => {
  const graph = buildCitationGraph(corpus);

  it('has no citation that fails to resolve', () => {
    expect(checkGraph(graph, keys, slugs)).toEqual([]);
  });

  it('records the Dachuan notice as based on 川脱贫办发〔2018〕26号, once, with its full title', () => {
    const edges = graph.basedOn.get('dachuan-houxu-tuopin')!;
    expect(edges).toHaveLength(1);
    const ext = graph.externals.get((edges[0]!.to as { id: string }).id)!;
    expect(ext.docNumber).toBe('川脱贫办发〔2018〕26号');
    expect(ext.title).toBe('省脱贫攻坚领导小组办公室关于印发〈关于加强易地扶贫搬迁后续脱贫发展的指导意见〉的通知');
  });

  it('does not treat a document quoting its own attachment title as a citation', () => {
    const titles = [...graph.externals.values()].map((e) => e.title);
    expect(titles).not.toContain('关于加强易地扶贫搬迁后续脱贫发展的指导意见');
  });

  it('merges the structured basedOn and the preamble text into one external document (Anhui, spaces inside)', () => {
    const matches = [...graph.externals.values()].filter((e) => e.docNumber === '发改办振兴〔2023〕242号');
    expect(matches).toHaveLength(1);
    expect(matches[0]!.citedBy.every((s) => s.slug === 'anhui-gonggu-chengguo')).toBe(true);
  });

  it('lists the five Suixian references, including the two cited by title only', () => {
    const ext = graph.basedOn.get('suixian-anzhiqu-fangan')!.map((e) => graph.externals.get((e.to as { id: string }).id)!);
    expect(ext.map((e) => e.docNumber)).toEqual(['发改振兴〔2021〕524号', null, null, '鄂发改振兴〔2021〕154号', '鄂发改振兴〔2022〕251号']);
    expect(ext[1]!.title).toBe('关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的实施意见');
  });

  it('ties titles cited inside provisions to those provisions', () => {
    const refs = graph.provisionRefs.get('anhui-gonggu-chengguo#p2-3-16')!;
    expect(refs).toHaveLength(1);
    const ext = graph.externals.get((refs[0] as { id: string }).id)!;
    expect(ext.title).toBe('加强新时代公安派出所工作三年行动计划（2023年-2025年）');
    expect(ext.citedBy.map((s) => s.key)).toEqual(['anhui-gonggu-chengguo#p2-3-16']);
  });

  it('gives every external document a unique, stable ASCII id', () => {
    const ids = [...graph.externals.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(externalId(null, '发改振兴〔2021〕524号')).toBe(externalId(null, '发改振兴〔2021〕524号'));
    expect(externalId(null, '发改振兴〔2021〕524号')).toMatch(/^2021-524-/);
  });

  it('links a reference to a corpus document and records it as cited by', () => {
    const base = corpus.find((d) => d.slug === 'guangxi-houxu-fuchi')!;
    const citing = structuredClone(corpus.find((d) => d.slug === 'anhui-gonggu-chengguo')!);
    citing.data.provisions[0]!.paragraphs = [`参照《${base.data.title}》。`];
    const g = buildCitationGraph([base, citing]);
    expect(g.citedBy.get('guangxi-houxu-fuchi')!.map((e) => e.from)).toEqual(['anhui-gonggu-chengguo']);
    expect(g.basedOn.get('anhui-gonggu-chengguo')!.some((e) => e.to.kind === 'document')).toBe(true);
  });

  it('fails when basedOn names a corpus document that does not exist', () => {
    const doc = structuredClone(corpus[0]!);
    (doc.data as PolicyDocument).basedOn = [{ title: 'x', docNumber: null, document: 'no-such-doc' }];
    expect(() => buildCitationGraph([doc])).toThrow(/不在语料中/);
  });

  it('reports a citing site that does not resolve', () => {
    const broken = buildCitationGraph(corpus);
    broken.externals.values().next().value!.citedBy.push({ slug: 'guangxi-houxu-fuchi', anchor: 'p99', key: 'guangxi-houxu-fuchi#p99', raw: null });
    expect(checkGraph(broken, keys, slugs)).toContain('引用位置 guangxi-houxu-fuchi#p99 不存在');
  });

  it('labels an external document by what is known', () => {
    expect(externalLabel({ title: '甲', docNumber: '乙〔2020〕1号' })).toBe('《甲》（乙〔2020〕1号）');
    expect(externalLabel({ title: null, docNumber: '乙〔2020〕1号' })).toBe('乙〔2020〕1号');
  });
});
