/**
 * Bad input never throws and never yields NaN: it gives `ok: false` with a Chinese message
 * at the path of the field that is wrong.
 */
import { describe, expect, it } from 'vitest';
import * as R from '../../src/rules/index.ts';
import { hasNonFinite } from '../../src/rules/result.ts';
import { RULES } from './scenario-loader.ts';

const CJK = /[\u4e00-\u9fff]/;

function issuesOf(result: unknown): { path: string; message: string }[] {
  const r = result as { ok: boolean; issues?: { path: string; message: string }[] };
  expect(r.ok).toBe(false);
  for (const issue of r.issues ?? []) expect(issue.message).toMatch(CJK);
  return r.issues ?? [];
}

function messageAt(result: unknown, path: string): string {
  const issue = issuesOf(result).find((i) => i.path === path);
  expect(issue, `no issue at ${path}: ${JSON.stringify(result)}`).toBeDefined();
  return issue!.message;
}

const dibao = { localStandardYuanPerPersonMonth: 600, householdSize: 3, householdMonthlyIncomeYuan: 1200 };
const demolition = { region: '450000', movedInOn: '2020-03-05', houseType: 'self-built-detached', villageProtection: 'none' };
const member = { age: 30, canWork: 'yes', wantsWork: 'yes', employed: 'no', disability: 'none' };
const household = { members: [member], propertyWithinRules: 'yes', hasSupporter: 'no' };

describe('dibaoTopUp rejects', () => {
  it.each([
    ['householdSize', 0, '家庭人数必须是 1 到 30 之间的整数'],
    ['householdSize', 100, '家庭人数必须是 1 到 30 之间的整数'],
    ['householdSize', 2.5, '家庭人数必须是 1 到 30 之间的整数'],
    ['householdSize', '', '请填写家庭人数'],
    ['localStandardYuanPerPersonMonth', '', '请填写当地低保标准'],
    ['localStandardYuanPerPersonMonth', undefined, '请填写当地低保标准'],
    ['localStandardYuanPerPersonMonth', 0, '请填写当地低保标准'],
    ['localStandardYuanPerPersonMonth', 'abc', '当地低保标准必须是数字'],
    ['householdMonthlyIncomeYuan', -1, '家庭月收入不能是负数'],
    ['householdMonthlyIncomeYuan', 1_000_001, '家庭月收入不能超过'],
    ['householdMonthlyIncomeYuan', Number.NaN, '家庭月收入必须是数字'],
    ['householdMonthlyIncomeYuan', Number.POSITIVE_INFINITY, '家庭月收入'],
    ['householdMonthlyIncomeYuan', '1,2', '家庭月收入必须是数字'],
  ])('%s = %j', (field, value, message) => {
    expect(messageAt(R.dibaoTopUp({ ...dibao, [field]: value }), field)).toContain(message);
  });

  it('a missing object', () => {
    expect(issuesOf(R.dibaoTopUp(undefined))[0]?.message).toBe('请填写低保标准、家庭人数和家庭月收入');
  });
});

describe('planDemolition rejects', () => {
  it.each([
    ['2020-02-30', '实际入住新房的日期不存在：2020年2月没有30日'],
    ['2021-02-29', '2021年2月没有29日'],
    ['2020-13-01', '没有 13 月'],
    ['２０２０年２月３０日', '2020年2月没有30日'],
    ['', '请填写实际入住新房的日期'],
    ['yesterday', '格式不对'],
    ['0202-03-05', '年份不对'],
  ])('movedInOn = %j', (value, message) => {
    expect(messageAt(R.planDemolition({ ...demolition, movedInOn: value }), 'movedInOn')).toContain(message);
  });

  it('an unknown house type and village kind', () => {
    const r = R.planDemolition({ ...demolition, houseType: 'castle', villageProtection: 'x' });
    expect(messageAt(r, 'houseType')).toContain('请选择旧房类型');
    expect(messageAt(r, 'villageProtection')).toContain('请选择');
  });

  it('an impossible demolition date', () => {
    expect(messageAt(R.planDemolition({ ...demolition, demolishedOn: '2021/4/31' }), 'demolishedOn')).toContain('4月没有31日');
  });

  it('a malformed region', () => {
    expect(messageAt(R.planDemolition({ ...demolition, region: '45' }), 'region')).toContain('6 位数字');
    expect(messageAt(R.planDemolition({ ...demolition, region: '' }), 'region')).toBe('请选择地区');
  });
});

describe('other rules reject', () => {
  it('a quota without a valid area type or population', () => {
    const r = R.focusHouseholdQuota({ areaType: 'town', ruralHukouPopulation: -5 });
    expect(messageAt(r, 'areaType')).toContain('请选择');
    expect(messageAt(r, 'ruralHukouPopulation')).toContain('农村户籍人数');
  });

  it('a site with fewer people than households', () => {
    expect(messageAt(R.siteObligations({ region: '450000', households: 10, persons: 5 }), 'persons')).toBe('安置人数不能少于安置户数');
  });

  it('a household with no members or 31 members', () => {
    const none = R.screenEntitlements({ region: '450000', household: { ...household, members: [] } });
    expect(messageAt(none, 'household.members')).toBe('家庭人数必须是 1 到 30 之间的整数');
    const many = R.screenEntitlements({ region: '450000', household: { ...household, members: Array(31).fill(member) } });
    expect(messageAt(many, 'household.members')).toBe('家庭人数必须是 1 到 30 之间的整数');
  });

  it('a member with an impossible age, at the member path', () => {
    const r = R.screenEntitlements({ region: '450000', household: { ...household, members: [member, { ...member, age: 130 }] } });
    expect(messageAt(r, 'household.members.1.age')).toContain('年龄');
  });

  it('a negative or absurd household income', () => {
    const r = R.screenEntitlements({ region: '450000', household: { ...household, monthlyIncomeYuan: -3 } });
    expect(messageAt(r, 'household.monthlyIncomeYuan')).toBe('家庭月收入不能是负数');
    const big = R.screenEntitlements({ region: '450000', household: { ...household, monthlyIncomeYuan: '2,000,000' } });
    expect(messageAt(big, 'household.monthlyIncomeYuan')).toContain('不能超过');
  });

  it('an answer that is not yes / no / 不清楚', () => {
    const r = R.screenEntitlements({ region: '450000', household: { ...household, hasSupporter: 'maybe' } });
    expect(messageAt(r, 'household.hasSupporter')).toContain('不清楚');
  });

  it('the Wenzhou exit test without a standard', () => {
    expect(messageAt(R.wenzhouExitTest({ annualPerCapitaIncomeYuan: 100 }), 'localMarginalStandardYuan')).toContain('请填写');
  });
});

/** A small deterministic pseudo-random generator, so failures can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const JUNK: unknown[] = [
  undefined, null, '', ' ', 'abc', '１２３', '1,200元', '2020-02-30', '2020年3月5日', -1, 0, 1, 2.5, 1e12,
  Number.NaN, Number.POSITIVE_INFINITY, -Number.MAX_VALUE, true, false, [], {}, [1, 2], { a: 1 }, '450000',
  'self-built-detached', 'county', 'yes', 'unknown', '\u0000', '😀', Symbol('x'), () => 1, BigInt(1),
];

describe('fuzz: random junk never throws and never yields NaN', () => {
  const keys = [
    'region', 'household', 'members', 'localStandardYuanPerPersonMonth', 'householdSize', 'householdMonthlyIncomeYuan',
    'monthlyYuan', 'areaType', 'ruralHukouPopulation', 'households', 'persons', 'today', 'movedInOn', 'houseType',
    'villageProtection', 'demolishedOn', 'annualPerCapitaIncomeYuan', 'localMarginalStandardYuan',
  ];
  const next = random(20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const junkValue = (depth: number): unknown =>
    depth > 0 && next() < 0.2
      ? Object.fromEntries(Array.from({ length: 3 }, () => [pick(keys), junkValue(depth - 1)]))
      : depth > 0 && next() < 0.1
        ? [junkValue(depth - 1), junkValue(depth - 1)]
        : pick(JUNK);

  for (const [name, rule] of Object.entries(RULES)) {
    it(name, () => {
      for (let i = 0; i < 400; i++) {
        const input = next() < 0.1 ? junkValue(2) : Object.fromEntries(keys.filter(() => next() < 0.5).map((k) => [k, junkValue(2)]));
        let result: unknown;
        expect(() => (result = rule(input))).not.toThrow();
        const r = result as { ok: boolean; issues?: { path: string; message: string }[] };
        expect(typeof r.ok).toBe('boolean');
        expect(hasNonFinite(r)).toBe(false);
        if (!r.ok) for (const issue of r.issues!) {
          expect(typeof issue.path).toBe('string');
          expect(issue.message).toMatch(CJK);
        }
      }
    });
  }
});
