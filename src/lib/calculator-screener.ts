/**
 * The screener's answers ↔ the rule's input. Answers are flat (so they fit in a URL hash):
 * `n` 人数, and per member i: `a{i}` 年龄, `w{i}` 劳动能力, `ww{i}` 就业意愿, `e{i}` 已就业,
 * `d{i}` 残疾, `s{i}` 上学, `al{i}`/`lb{i}`/`nc{i}` 独居/留守/失能 (ticked = 'yes').
 */
import type { Answers, Choice } from './calculator-state.ts';
import { numberField } from '../rules/input.ts';

/** Same bounds and message as the rule's household (1–30 people). */
const householdSize = numberField({ label: '家庭人数', min: 1, max: 30, integer: true, rangeMessage: '家庭人数必须是 1 到 30 之间的整数' });

/** Number of member blocks to show, or the Chinese message for an unusable 人数. */
export function memberCount(raw: string | undefined): { count: number; error?: string } {
  if (!raw || raw.trim() === '') return { count: 0 };
  const r = householdSize.safeParse(raw);
  return r.success ? { count: r.data } : { count: 0, error: r.error.issues[0]?.message ?? '家庭人数必须是 1 到 30 之间的整数' };
}

export const DISABILITY: readonly Choice[] = [
  { value: 'none', label: '无' }, { value: 'mild', label: '轻度' }, { value: 'severe', label: '重度' },
];

export const SCHOOL: readonly Choice[] = [
  { value: 'none', label: '不在上学' }, { value: 'preschool', label: '幼儿园' }, { value: 'primary', label: '小学' },
  { value: 'junior', label: '初中' }, { value: 'senior', label: '高中' }, { value: 'vocational', label: '中职、技工学校' },
  { value: 'college', label: '大专、大学' },
];

export const SPECIAL = [
  { key: 'al', label: '独居或空巢' }, { key: 'lb', label: '留守（家人外出务工，本人留在家里）' }, { key: 'nc', label: '生活不能自理（失能）' },
] as const;

const blankToUndefined = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);

/** The rule input built from answers (raw text; the rule parses and validates it). */
export function screenInput(a: Answers) {
  const { count } = memberCount(a.n);
  const members = Array.from({ length: count }, (_, i) => ({
    age: blankToUndefined(a[`a${i}`]),
    canWork: a[`w${i}`] ?? '',
    wantsWork: a[`ww${i}`] ?? '',
    employed: a[`e${i}`] ?? '',
    disability: blankToUndefined(a[`d${i}`]),
    schoolStage: blankToUndefined(a[`s${i}`]),
    ...Object.fromEntries(SPECIAL.flatMap(({ key }) => (a[`${key}${i}`] === 'yes' ? [[key === 'al' ? 'livesAlone' : key === 'lb' ? 'leftBehind' : 'needsCare', 'yes']] : []))),
  }));
  return {
    region: a.r ?? '',
    household: {
      members,
      monthlyIncomeYuan: a.inc ?? '',
      localDibaoStandardYuan: a.std ?? '',
      propertyWithinRules: a.prop ?? '',
      hasSupporter: a.sup ?? '',
      registeredPoor: a.poor ?? '',
    },
  };
}

const MEMBER_FIELDS: Record<string, string> = { age: 'a', canWork: 'w', wantsWork: 'ww', employed: 'e', disability: 'd', schoolStage: 's' };
const HOUSEHOLD_FIELDS: Record<string, string> = {
  members: 'n', monthlyIncomeYuan: 'inc', localDibaoStandardYuan: 'std', propertyWithinRules: 'prop', hasSupporter: 'sup', registeredPoor: 'poor',
};

/** Issue path (`household.members.0.age`) → answer field (`a0`). */
export function fieldOf(path: string): string {
  const m = /^household\.members\.(\d+)\.(\w+)/.exec(path);
  if (m) return `${MEMBER_FIELDS[m[2]!] ?? 'a'}${m[1]}`;
  const h = /^household\.(\w+)/.exec(path);
  if (h) return HOUSEHOLD_FIELDS[h[1]!] ?? 'n';
  return path === 'region' ? 'r' : 'n';
}
