import { describe, expect, it } from 'vitest';
import { fieldOf, memberCount, screenInput } from '../../src/lib/calculator-screener.ts';
import { screenEntitlements } from '../../src/rules/index.ts';

describe('the screener form', () => {
  it('shows one block per person for 1 to 30 people, full-width digits included', () => {
    expect(memberCount('３')).toEqual({ count: 3 });
    expect(memberCount('')).toEqual({ count: 0 });
  });

  it('refuses 0, 100 and fractions with the Chinese message, showing no blocks', () => {
    for (const bad of ['0', '100', '2.5', '-1']) {
      expect(memberCount(bad)).toEqual({ count: 0, error: '家庭人数必须是 1 到 30 之间的整数' });
    }
    expect(memberCount('三口').error).toBe('家庭人数必须是数字');
  });

  it('turns flat answers into the rule input, and the rule accepts them', () => {
    const input = screenInput({ r: '450000', n: '1', a0: '40', w0: 'yes', ww0: 'yes', e0: 'no', d0: 'none', al0: 'yes', inc: '0', prop: 'yes', sup: 'no' });
    expect(input.household.members[0]).toMatchObject({ age: '40', livesAlone: 'yes' });
    const r = screenEntitlements(input);
    expect(r.ok).toBe(true);
  });

  it('maps rule issue paths back to the field that needs fixing', () => {
    expect(fieldOf('household.members.2.age')).toBe('a2');
    expect(fieldOf('household.members.0.disability')).toBe('d0');
    expect(fieldOf('household.monthlyIncomeYuan')).toBe('inc');
    expect(fieldOf('household.members')).toBe('n');
    expect(fieldOf('region')).toBe('r');
  });
});
