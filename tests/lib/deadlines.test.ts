import { describe, expect, it } from 'vitest';
import { buildDateOf, deadlineLabel, deadlineStatus, findDatedTargets } from '../../src/lib/deadlines.ts';

const one = (text: string) => {
  const found = findDatedTargets(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('dated targets are found with their exact span and period end', () => {
  it('“2020年8月底前” ends on 2020-08-31', () => {
    const t = one('2020年8月底前,原则上要实现安置点医疗机构全覆盖。引导搬迁群众');
    expect(t).toMatchObject({ text: '2020年8月底前', date: '2020-08-31', wording: 'month-end' });
    expect(t.clause).toBe('2020年8月底前,原则上要实现安置点医疗机构全覆盖。');
  });

  it('“在2020年8月底前全部建设完成” is a month-end target', () => {
    expect(one('义务教育学校要在2020年8月底前全部建设完成并交付使用。').date).toBe('2020-08-31');
  });

  it('“2023年底前” ends on 2023-12-31', () => {
    expect(one('2023年底前为安置区所在地配齐辅警或警务助理').wording).toBe('year-end');
  });

  it('“到2020年底” and “到2025年底” are year-end targets', () => {
    const text = '到2020年底,搬迁群众“两不愁三保障”问题得到有效解决。到2025年底,安置点配套基础设施公共服务能力进一步提升';
    expect(findDatedTargets(text).map((t) => [t.date, t.wording])).toEqual([['2020-12-31', 'year-end'], ['2025-12-31', 'year-end']]);
  });

  it('“到2025年” and “到2018年实现” are within-year targets dated 12-31', () => {
    expect(one('到2025年,“稳得住、能致富”安置区搬迁群众收入增速高于全县农民收入增速。')).toMatchObject({ date: '2025-12-31', wording: 'within-year' });
    expect(one('逐年缩小城乡低保标准差距,到2018年实现县域城乡低保一体化。').text).toBe('到2018年');
  });

  it('a bare year followed by 实现 is a target; a year naming a data set is not', () => {
    expect(one('同步提高, 2020年实现低收入农户共建共享全面小康。').date).toBe('2020-12-31');
    expect(findDatedTargets('对2013年低收入农户数据库进行全面梳理')).toEqual([]);
    expect(findDatedTargets('组织开展2023年易地扶贫搬迁后续扶持工作成效明显的县区督查激励工作')).toEqual([]);
  });

  it('years inside titles and 文号 are not targets', () => {
    expect(findDatedTargets('落实 《加强新时代公安派出所工作三年行动计划 (2023年-2025年)》, 2023年底前为')).toHaveLength(1);
    expect(findDatedTargets('(川脱贫办发〔2018〕26号)要求')).toEqual([]);
  });

  it('the span is verbatim text', () => {
    const text = '特别是人口规模在800人以上的大型安置点,2020年8月底前要完成建设便民利民“九个中心”服务工程';
    const t = one(text);
    expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('past or upcoming relative to the build date', () => {
  it('compares period end with the build date', () => {
    expect(deadlineStatus('2020-08-31', '2025-01-01')).toBe('past');
    expect(deadlineStatus('2025-12-31', '2025-01-01')).toBe('upcoming');
    expect(deadlineStatus('2025-12-31', '2025-12-31')).toBe('upcoming');
  });

  it('takes the build date in China time', () => {
    expect(buildDateOf(Date.UTC(2024, 11, 31, 17, 0))).toBe('2025-01-01');
  });

  it('labels the normalised period', () => {
    expect(deadlineLabel({ date: '2020-08-31', wording: 'month-end' })).toBe('2020年8月底前');
    expect(deadlineLabel({ date: '2025-12-31', wording: 'within-year' })).toBe('2025年内');
  });
});
