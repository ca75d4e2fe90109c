import { describe, expect, it } from 'vitest';
import { parsePolicyText } from '../../src/importer/index.ts';
import { findBasedOn } from '../../src/importer/metadata.ts';
import { COMPLETE, parse } from './helpers.ts';

const NOTICE = [
  '某县某办公室关于加强某项工作的通知',
  '',
  '某县办[2018]84号',
  '各乡镇、县级各部门:',
  '根据《省某办公室关于印发〈某项工作意见〉的通知》(川某办发〔2018〕26号)要求,现印发你们,请遵照执行。',
  '附件:关于加强某项工作的意见',
  '        某县某办公室',
  '               2018年8月7日',
  '附件',
  '关于加强某项工作的意见',
  '现提出如下意见:',
  '一、总体要求',
  '做好工作。',
].join('\n');

describe('preamble and closing blocks', () => {
  it('reads a notice: title, 文号, addressee, attachment list, signature and date before 附件', () => {
    const r = parse(NOTICE);
    expect(r.errors).toEqual([]);
    expect(r.document.preamble!.map((b) => b.kind)).toEqual([
      'title', 'doc-number', 'addressee', 'paragraph', 'attachment-list', 'signature', 'date', 'attachment-label', 'title', 'paragraph',
    ]);
    expect(r.document).toMatchObject({
      title: '某县某办公室关于加强某项工作的通知',
      docNumber: '某县办[2018]84号',
      issuers: ['某县某办公室'],
      writtenOn: '2018-08-07',
      basedOn: [{ title: '省某办公室关于印发〈某项工作意见〉的通知', docNumber: '川某办发〔2018〕26号', document: null }],
    });
  });

  it('reads signatures and the date after the provisions into the closing', () => {
    const r = parse('关于某事的实施意见\n一、总体目标\n做好工作。\n中共某市委办公室\n某市人民政府办公室\n2016年9月2日');
    expect(r.document.closing).toEqual([
      { kind: 'signature', text: '中共某市委办公室' },
      { kind: 'signature', text: '某市人民政府办公室' },
      { kind: 'date', text: '2016年9月2日' },
    ]);
    expect(r.document.issuers).toEqual(['中共某市委办公室', '某市人民政府办公室']);
    expect(r.document.writtenOn).toBe('2016-09-02');
  });

  it('splits a 抄送 that trails the last provision on its line', () => {
    const r = parse('1.组织开展督查激励工作。 (省发展改革委牵头指导推进) 抄送:有关市、县 (市、区)发展改革委。');
    expect(r.document.provisions[0]!.units?.note).toBe('(省发展改革委牵头指导推进)');
    expect(r.document.closing).toEqual([{ kind: 'copy-to', text: '抄送:有关市、县 (市、区)发展改革委。' }]);
  });

  it('takes issuers from a title line that lists them', () => {
    const r = parse('中共某自治区委员会 某自治区人民政府 关于进一步强化某工作的意见\n一、总体要求');
    expect(r.document.title).toBe('关于进一步强化某工作的意见');
    expect(r.document.issuers).toEqual(['中共某自治区委员会', '某自治区人民政府']);
  });

  it('keeps a 文号 with spaces as printed, trimmed, and 〈〉 in a cited title', () => {
    const r = parse('根据 《某司关于印发 〈某方案 〉的通知》 (发改办振兴 〔2023〕242号)要求,特制定本方案。\n一、总体要求');
    expect(r.document.basedOn).toEqual([{ title: '某司关于印发 〈某方案 〉的通知', docNumber: '发改办振兴 〔2023〕242号', document: null }]);
  });

  it('leaves what the text does not say null, with a reason', () => {
    const r = parse('为做好工作,制定本方案。\n一、总体要求');
    expect(r.document).toMatchObject({ title: null, issuers: null, docNumber: null, writtenOn: null, publishedOn: null });
    expect(Object.keys(r.document.missing!)).toEqual(['title', 'issuers', 'docNumber', 'writtenOn', 'publishedOn']);
  });

  it('leaves placeholders that fail validation when the facts the text cannot give are not passed', () => {
    const r = parsePolicyText('关于某事的意见\n一、总体要求', { sourceFile: 'x.txt' });
    expect(r.toFill.map((f) => f.split('（')[0])).toEqual(['shortTitle', 'level', 'region', 'status']);
  });

  it('a complete draft validates', async () => {
    const { documentSchema } = await import('../../src/schemas/document.ts');
    const r = parsePolicyText(NOTICE, COMPLETE);
    expect(documentSchema.safeParse(r.document).success).toBe(true);
  });
});

describe('the documents a text says it is based on', () => {
  const preamble = (text: string) => [{ kind: 'paragraph' as const, text, line: 1 }];

  it('keeps titles cited without a 文号 and leaves out the document the text introduces itself', () => {
    const refs = findBasedOn(
      preamble('根据《甲方案》(某发〔2021〕5号)、省委《乙意见》相关要求,特制定了《本意见》,现印发你们。'),
    );
    expect(refs).toEqual([
      { title: '甲方案', docNumber: '某发〔2021〕5号', document: null },
      { title: '乙意见', docNumber: null, document: null },
    ]);
  });
});
