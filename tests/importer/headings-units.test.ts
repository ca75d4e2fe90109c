import { describe, expect, it } from 'vitest';
import { splitHeading } from '../../src/importer/labels.ts';
import { extractUnits, splitUnitList } from '../../src/importer/units.ts';
import { parse } from './helpers.ts';

describe('heading or body', () => {
  it('a short phrase alone on the line is a heading', () => {
    expect(splitHeading('总体要求', false)).toEqual({ heading: '总体要求', body: '' });
    expect(splitHeading('找准扶贫对象,实行动态管理', true)).toEqual({ heading: '找准扶贫对象,实行动态管理', body: '' });
  });

  it('a short first sentence followed by more text is a heading', () => {
    expect(splitHeading('强化教育保障。建立台账,精准掌握需求。', false)).toEqual({ heading: '强化教育保障。', body: '建立台账,精准掌握需求。' });
    expect(splitHeading('大力开展技能培训。建立区、乡(镇)、村“三级联动”机制。', false).heading).toBe('大力开展技能培训。');
  });

  it('a short sentence alone is a heading only when body lines follow', () => {
    expect(splitHeading('指导思想。', true)).toEqual({ heading: '指导思想。', body: '' });
    expect(splitHeading('实现综合服务设施、养老服务设施有效覆盖。', false)).toEqual({ heading: null, body: '实现综合服务设施、养老服务设施有效覆盖。' });
  });

  it('a long first sentence means no heading (随县, 安徽 items)', () => {
    const text = '推动健全乡村治理体系,构建共建共享的治理格局。全面落实迁入地属地管理责任。';
    expect(splitHeading(text, false)).toEqual({ heading: null, body: text });
    const anhui = '组织开展易地扶贫搬迁后续扶持领域明察暗访工作。督促指导各地抓好整改工作。';
    expect(splitHeading(anhui, false).heading).toBeNull();
  });

  it('unnumbered lines are further paragraphs of the current provision', () => {
    const r = parse('二、基本原则\n——坚持统筹谋划,突出综合施策。强化衔接。\n\n——突出群众主体,激发内生动力。');
    expect(r.document.provisions[0]).toMatchObject({
      heading: '基本原则',
      paragraphs: ['——坚持统筹谋划,突出综合施策。强化衔接。', '——突出群众主体,激发内生动力。'],
    });
  });
});

describe('unit notes at the end of a provision', () => {
  it('〔牵头单位:…;配合单位:…〕 keeps 县(市、区)党委和人民政府 whole', () => {
    const note = '〔牵头单位:自治区教育厅;配合单位:自治区党委编办,自治区发展改革委、财政厅,设区市、县(市、区)党委和人民政府〕';
    expect(extractUnits(`保障师资力量。${note}`)).toEqual({
      before: '保障师资力量。',
      units: { note, lead: ['自治区教育厅'], support: ['自治区党委编办', '自治区发展改革委', '财政厅', '设区市', '县(市、区)党委和人民政府'], responsible: [] },
    });
  });

  it('(责任单位:…) with 、 and , separators', () => {
    const r = extractUnits('延长产业发展链条。(责任单位:县农业农村局、县乡村振兴局,各镇、场、景区)');
    expect(r?.units.responsible).toEqual(['县农业农村局', '县乡村振兴局', '各镇', '场', '景区']);
  });

  it.each([
    [' (省人力资源社会保障厅牵头指导推进)', ['省人力资源社会保障厅']],
    ['(省人力资源社会保障厅、省商务厅牵头指导推进)', ['省人力资源社会保障厅', '省商务厅']],
    ['(团省委牵头推进)', ['团省委']],
    ['(省发展改革委、省乡村振兴局牵头具体落实)', ['省发展改革委', '省乡村振兴局']],
    ['(省发展改革委牵头)', ['省发展改革委']],
    ['（省民政厅牵头指导推进）', ['省民政厅']],
  ])('“…牵头…” form %s', (note, lead) => {
    const r = extractUnits(`确保就业规模总体稳定。${note}`);
    expect(r).toEqual({ before: '确保就业规模总体稳定。', units: { note: note.trim(), lead, support: [], responsible: [] } });
  });

  it('an ordinary closing bracket is not a unit note', () => {
    expect(extractUnits('落实《三年行动计划 (2023年-2025年)》')).toBeNull();
    expect(extractUnits('提升卫生院(社区卫生服务中心)')).toBeNull();
  });

  it('never splits inside brackets', () => {
    expect(splitUnitList('有关市、县 (市、区)发展改革委,宣城市')).toEqual(['有关市', '县 (市、区)发展改革委', '宣城市']);
  });

  it('the paragraph keeps the text before the note', () => {
    const r = parse('1.设立就业服务站,加强动态管理。(责任单位:县人社局,各镇、场、景区)');
    expect(r.document.provisions[0]).toMatchObject({
      heading: null,
      paragraphs: ['设立就业服务站,加强动态管理。'],
      units: { note: '(责任单位:县人社局,各镇、场、景区)', responsible: ['县人社局', '各镇', '场', '景区'] },
    });
  });
});
