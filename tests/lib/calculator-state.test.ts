import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, forget, loadSaved, save, storageKey } from '../../src/lib/calculator-state.ts';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('calculator answers in the URL hash', () => {
  it('round-trips answers typed with full-width digits, commas and units', () => {
    const answers = { r: '450000', n: '３', inc: '1,200元', m: '2020年3月5日' };
    expect(decodeAnswers(`#${encodeAnswers(answers)}`)).toEqual(answers);
  });

  it('leaves out empty answers, so a cleared form gives an empty hash', () => {
    expect(encodeAnswers({ n: '', r: '' })).toBe('');
  });

  it('ignores the skip link #main and other hashes that carry no answer', () => {
    expect(decodeAnswers('#main')).toEqual({});
    expect(decodeAnswers('#p2-10')).toEqual({});
    expect(decodeAnswers('')).toEqual({});
  });

  it('cuts overlong values and drops odd field names from a crafted link', () => {
    const decoded = decodeAnswers(`#n=${'9'.repeat(500)}&bad-name=1&__proto__=x`);
    expect(decoded.n).toHaveLength(40);
    expect(Object.keys(decoded)).toEqual(['n']);
  });
});

describe('remembering answers on this device', () => {
  it('saves, loads and forgets under one key per calculator', () => {
    const storage = memoryStorage();
    expect(loadSaved(storage, 'dibao')).toBeNull();
    expect(save(storage, 'dibao', { n: '3' })).toBe(true);
    expect(storage.data.get(storageKey('dibao'))).toBe('n=3');
    expect(loadSaved(storage, 'dibao')).toEqual({ n: '3' });
    forget(storage, 'dibao');
    expect(loadSaved(storage, 'dibao')).toBeNull();
  });

  it('never throws when storage is blocked', () => {
    const blocked = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    expect(loadSaved(blocked, 'x')).toBeNull();
    expect(save(blocked, 'x', { n: '1' })).toBe(false);
    expect(() => forget(blocked, 'x')).not.toThrow();
    expect(save(undefined, 'x', { n: '1' })).toBe(false);
  });
});
