import { describe, expect, it } from 'vitest';
import { parseDateInput, parseNumberInput, toHalfWidth } from '../../src/rules/input.ts';
import { documentsFor, regionChain } from '../../src/rules/regions.ts';

describe('parseNumberInput', () => {
  it.each([
    ['１２００', 1200], ['1,200', 1200], ['1200元', 1200], [' 1200 ', 1200], ['１，２００元', 1200],
    ['600元/月', 600], ['3人', 3], ['0', 0], ['-5', -5], ['12.5', 12.5], [7, 7],
  ])('%j → %j', (raw, value) => expect(parseNumberInput(raw)).toBe(value));

  it.each([[''], ['  '], [null], [undefined]])('%j is empty', (raw) => expect(parseNumberInput(raw)).toBeUndefined());
  it.each([['abc'], ['1,2'], ['12,00'], ['1.2.3']])('%j is left for zod to reject', (raw) => expect(parseNumberInput(raw)).toBe(raw));
});

describe('parseDateInput', () => {
  it.each([
    ['2020-3-5', '2020-03-05'], ['2020/03/05', '2020-03-05'], ['2020.3.5', '2020-03-05'],
    ['2020年3月5日', '2020-03-05'], ['２０２０年３月５日', '2020-03-05'], [' 2020 - 03 - 05 ', '2020-03-05'],
    ['2020-02-30', '2020-02-30'],
  ])('%j → %j', (raw, iso) => expect(parseDateInput(raw)).toBe(iso));

  it('turns full-width characters into half-width ones', () => expect(toHalfWidth('Ａ１／　')).toBe('A1/ '));
});

describe('regions', () => {
  it('walks county → city → province', () => {
    expect(regionChain('511703')).toEqual(['511703', '511700', '510000']);
    expect(regionChain('421321')).toEqual(['421321', '421300', '420000']);
    expect(regionChain('330300')).toEqual(['330300', '330000']);
    expect(regionChain('450000')).toEqual(['450000']);
  });

  it('gives a county its province documents', () => {
    expect(documentsFor('451024')).toEqual(['guangxi']);
    expect(documentsFor('340102')).toEqual(['anhui']);
    expect(documentsFor('330324')).toEqual(['wenzhou']);
    expect(documentsFor('511702')).toEqual([]);
    expect(documentsFor('110101')).toEqual([]);
  });
});
