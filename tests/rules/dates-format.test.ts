import { describe, expect, it } from 'vitest';
import { formatChineseIso } from '../../src/rules/dates.ts';

describe('Chinese date text', () => {
  it('writes days and months the way people read them, without leading zeros', () => {
    expect(formatChineseIso('2022-02-28')).toBe('2022年2月28日');
    expect(formatChineseIso('2022-03')).toBe('2022年3月');
  });

  it('gives nothing for an empty or impossible date instead of made-up text', () => {
    expect([formatChineseIso(null), formatChineseIso(''), formatChineseIso('2020-02-30'), formatChineseIso('2020-13')]).toEqual(['', '', '', '']);
  });
});
