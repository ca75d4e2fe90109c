import { describe, expect, it } from 'vitest';
import { functionOf, groupByFunction, indexDepartments, levelOf, parseUnitNote } from '../../src/lib/departments.ts';

const GUANGXI_EDUCATION = '〔牵头单位:自治区教育厅;配合单位:自治区党委编办,自治区发展改革委、财政厅、人力资源社会保障厅、自然资源厅、住房城乡建设厅,设区市、县(市、区)党委和人民政府〕';

describe('unit notes are parsed into normalised departments', () => {
  it('a name after “自治区发展改革委、” inherits the level prefix: 财政厅 is 自治区财政厅', () => {
    const names = parseUnitNote(GUANGXI_EDUCATION).map((m) => `${m.role}:${m.name}`);
    expect(names).toEqual([
      'lead:自治区教育厅',
      'support:自治区党委编办',
      'support:自治区发展改革委',
      'support:自治区财政厅',
      'support:自治区人力资源社会保障厅',
      'support:自治区自然资源厅',
      'support:自治区住房城乡建设厅',
      'support:设区市、县(市、区)党委和人民政府',
    ]);
  });

  it('keeps the printed form beside the normalised name', () => {
    const m = parseUnitNote(GUANGXI_EDUCATION).find((x) => x.name === '自治区财政厅')!;
    expect(m.printed).toBe('财政厅');
  });

  it('does not pass a level on to banks and companies', () => {
    const names = parseUnitNote('〔牵头单位:自治区人力资源社会保障厅;配合单位:自治区残联、妇联,广西税务局、银保监局,国家开发银行广西分行、农业发展银行广西分行〕').map((m) => m.name);
    expect(names).toEqual(['自治区人力资源社会保障厅', '自治区残联', '自治区妇联', '广西税务局', '广西银保监局', '国家开发银行广西分行', '农业发展银行广西分行']);
  });

  it('reads Suixian 责任单位 notes with “各镇、场、景区” as one subject', () => {
    const m = parseUnitNote('(责任单位:县农业农村局、县乡村振兴局,各镇、场、景区)');
    expect(m.map((x) => `${x.role}:${x.name}`)).toEqual(['responsible:县农业农村局', 'responsible:县乡村振兴局', 'responsible:各镇、场、景区']);
  });

  it('reads Anhui “…牵头指导推进” notes as leads, with spaces inside', () => {
    expect(parseUnitNote(' (省人力资源社会保障厅、省商务厅牵头指导推进)').map((x) => `${x.role}:${x.name}`)).toEqual(['lead:省人力资源社会保障厅', 'lead:省商务厅']);
    expect(parseUnitNote('(团省委牵头推进)').map((x) => x.name)).toEqual(['团省委']);
    expect(parseUnitNote('(省发展改革委、省住房城乡建设厅、省乡村振兴局牵头具体落实)')).toHaveLength(3);
  });

  it('a fire brigade after a county bureau is not made a county bureau', () => {
    expect(parseUnitNote('(责任单位:县国土资源和规划局、消防大队)').map((x) => x.name)).toEqual(['县国土资源和规划局', '消防大队']);
  });
});

describe('departments are grouped by function across levels', () => {
  it('puts 人社 of every level in one group', () => {
    for (const name of ['自治区人力资源社会保障厅', '省人力资源社会保障厅', '县人社局']) expect(functionOf(name).id).toBe('human-resources');
  });

  it('recognises levels, and that 市场监管局 is not a city body', () => {
    expect(levelOf('自治区财政厅')).toBe('自治区');
    expect(levelOf('省民政厅')).toBe('省');
    expect(levelOf('县民政局')).toBe('县');
    expect(levelOf('市场监管局')).toBeNull();
    expect(functionOf('自治区市场监管局').id).toBe('commerce-industry');
  });

  it('indexes each department with the provisions it leads or supports', () => {
    const index = indexDepartments([
      { key: 'gx#p2-3', note: GUANGXI_EDUCATION },
      { key: 'gx#p2-5', note: '〔牵头单位:自治区人力资源社会保障厅;配合单位:自治区公安厅、民政厅、财政厅〕' },
    ]);
    expect(index.get('自治区财政厅')!.provisions.support).toEqual(['gx#p2-3', 'gx#p2-5']);
    expect(index.get('自治区财政厅')!.printed).toEqual(['财政厅']);
    const groups = groupByFunction(index).map((g) => g.fn.id);
    expect(groups).toContain('finance');
    expect(groups.indexOf('local-government')).toBe(0);
  });
});
