import { describe, expect, it } from 'vitest';
import { anchorFromPath, chineseNumeralToNumber, parseLabel } from '../../src/lib/numbering.ts';

describe('numbering labels', () => {
  it.each([
    ['一、总体要求', 'cn', 1, '一、'],
    ['十五、附则', 'cn', 15, '十五、'],
    ['(十)强化拆旧复垦。', 'paren-cn', 10, '(十)'],
    ['（十一）强化组织建设', 'paren-cn', 11, '（十一）'],
    ['3.加快发展服务业。', 'arabic', 3, '3.'],
    ['40．继续将', 'arabic', 40, '40．'],
    ['(2)细则', 'paren-arabic', 2, '(2)'],
    ['（１２）全角', 'paren-arabic', 12, '（１２）'],
    ['第二十一条 本办法', 'article', 21, '第二十一条'],
    ['第三章 保障', 'chapter', 3, '第三章'],
    ['  (三)前面有空格', 'paren-cn', 3, '(三)'],
  ])('reads %s as %s %i', (text, kind, number, label) => {
    expect(parseLabel(text)).toEqual({ kind, number, label });
  });

  it.each(['2020年8月底前', '1.5倍的补助', '——坚持统筹谋划', '各乡镇:', '(责任单位:县人社局)', ''])('does not take "%s" for a label', (text) => {
    expect(parseLabel(text)).toBeNull();
  });

  it('converts Chinese numerals up to the hundreds', () => {
    expect([chineseNumeralToNumber('十'), chineseNumeralToNumber('二十一'), chineseNumeralToNumber('一百零二')]).toEqual([10, 21, 102]);
    expect(chineseNumeralToNumber('甲')).toBeNaN();
  });

  it('builds anchors from the numbering path, as DESIGN.md says: 二、(十) → p2-10', () => {
    expect(anchorFromPath([2, 10])).toBe('p2-10');
    expect(anchorFromPath([3, 35])).toBe('p3-35');
  });
});
