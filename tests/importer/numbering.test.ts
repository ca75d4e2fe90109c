import { describe, expect, it } from 'vitest';
import { parse, outline } from './helpers.ts';

describe('every numbering style nests by its rank', () => {
  it('第X章 holds 第X条', () => {
    const r = parse('第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全县。\n第二章 附则\n第三条 本办法自印发之日起施行。');
    expect(r.errors).toEqual([]);
    expect(outline(r.document.provisions)).toEqual(['p1 第一章 总则', 'p1-1 第一条', 'p1-2 第二条', 'p2 第二章 附则', 'p2-3 第三条']);
  });

  it('一、 holds (一) and （一） with half- and full-width brackets', () => {
    const r = parse('一、总体要求\n(一)指导思想\n（二）主要目标\n二、重点任务\n（一）强化教育');
    expect(r.errors).toEqual([]);
    expect(outline(r.document.provisions)).toEqual(['p1 一、 总体要求', 'p1-1 (一) 指导思想', 'p1-2 （二） 主要目标', 'p2 二、 重点任务', 'p2-1 （一） 强化教育']);
  });

  it('(一) holds 1. and 1． which hold (1) and （1）', () => {
    const r = parse('(一)产业\n1.发展种植。\n(1)种粮食\n（2）种水果\n2．发展养殖\n（1）养牛');
    expect(r.errors).toEqual([]);
    expect(outline(r.document.provisions)).toEqual(['p1 (一) 产业', 'p1-1 1. 发展种植。', 'p1-1-1 (1) 种粮食', 'p1-1-2 （2） 种水果', 'p1-2 2． 发展养殖', 'p1-2-1 （1） 养牛']);
  });

  it('levels may be skipped: items directly under 三、 (安徽 31–40)', () => {
    const r = parse('一、总体要求\n二、重点任务\n(一)就业\n1.甲。\n2.乙。\n三、保障措施\n3.丙。\n4.丁。');
    expect(r.errors).toEqual([]);
    expect(outline(r.document.provisions)).toEqual(['p1 一、 总体要求', 'p2 二、 重点任务', 'p2-1 (一) 就业', 'p2-1-1 1.', 'p2-1-2 2.', 'p3 三、 保障措施', 'p3-3 3.', 'p3-4 4.']);
  });

  it('numbers may run on across sections (广西 (一)…(四) across 一、二、)', () => {
    const r = parse('一、总体要求\n(一)指导思想。甲。\n(二)主要目标。乙。\n二、重点任务\n(三)强化教育保障。丙。\n(四)强化医疗保障。丁。');
    expect(r.errors).toEqual([]);
    expect(outline(r.document.provisions).at(-1)).toBe('p2-4 (四) 强化医疗保障。');
  });

  it('numbers restart at 1 in every section', () => {
    const r = parse('(一)甲\n1.子。\n2.丑。\n(二)乙\n1.寅。');
    expect(r.errors).toEqual([]);
    expect(outline(r.document.provisions)).toContain('p2-1 1.');
  });

  it('a line holding two labels is split into the heading of the first and the second item', () => {
    const r = parse('(一)找准对象\n1.全面梳理。\n(二)提升职业技能,实施就业帮扶 2.灵活开展职业技能培训。强化与帮扶项目联动。\n3.优化就业环境。农村公益性岗位优先安排。');
    expect(r.errors).toEqual([]);
    const three = r.document.provisions[1];
    expect(three).toMatchObject({ label: '(二)', heading: '提升职业技能,实施就业帮扶', paragraphs: [] });
    expect(three!.children!.map((c) => [c.label, c.heading, c.paragraphs])).toEqual([
      ['2.', '灵活开展职业技能培训。', ['强化与帮扶项目联动。']],
      ['3.', '优化就业环境。', ['农村公益性岗位优先安排。']],
    ]);
    expect(r.warnings[0]?.line).toBe(3);
  });

  it('a space before a bracket in the body does not split the line', () => {
    const r = parse('1.对后续扶持任务较重的县 (市、区)予以倾斜支持。');
    expect(r.document.provisions).toHaveLength(1);
    expect(r.document.provisions[0]!.paragraphs).toEqual(['对后续扶持任务较重的县 (市、区)予以倾斜支持。']);
  });
});

describe('malformed numbering names the line', () => {
  it('a gap between siblings', () => {
    const r = parse('一、总体要求\n\n(一)指导思想\n(三)主要目标');
    expect(r.errors).toEqual([{ line: 4, message: '编号“(三)”之前缺少“(二)”' }]);
  });

  it('a gap in full-width arabic labels keeps their style', () => {
    expect(parse('1．甲。\n3．丙。').errors).toEqual([{ line: 2, message: '编号“3．”之前缺少“2．”' }]);
  });

  it('a repeated number', () => {
    expect(parse('一、甲\n一、乙').errors).toEqual([{ line: 2, message: '编号“一、”重复' }]);
  });

  it('a style that cannot nest under its siblings', () => {
    const r = parse('一、重点任务\n1.甲。\n(一)乙');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
    expect(r.errors[0]!.message).toContain('无法嵌套');
  });

  it('an empty file', () => {
    expect(parse('  \n\n').errors).toEqual([{ line: 1, message: '文件为空' }]);
  });

  it('a file without numbered provisions', () => {
    const r = parse('\n关于某事的通知\n请遵照执行。');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(2);
    expect(r.errors[0]!.message).toContain('未找到编号条款');
  });
});
