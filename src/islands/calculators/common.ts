/** Choices and small helpers shared by the calculator islands (UI text only, no rules). */
import { formatChineseDate } from '../../rules/dates.ts';
import { OTHER_REGION, REGION_NAMES } from '../../rules/regions.ts';
import { todayInChina } from '../../rules/today.ts';
import type { Choice } from './fields.tsx';

/** The regions the corpus covers, then "其他地区" (documents silent). */
export const REGION_CHOICES: readonly Choice[] = [
  ...Object.entries(REGION_NAMES).map(([value, name]) => ({
    value,
    label: value.endsWith('0000') ? `${name}（区内各市、县）` : name,
  })),
  { value: OTHER_REGION, label: '其他地区（本站没有收录当地文件）' },
];

/** Label of a region code for the slip. */
export function regionLabel(code: string | undefined): string {
  return REGION_CHOICES.find((c) => c.value === code)?.label ?? '';
}

/** Label of a chosen value in a list of choices, for the slip. */
export function choiceLabel(choices: readonly Choice[], value: string | undefined): string {
  return choices.find((c) => c.value === value)?.label ?? '';
}

/** Today in China as "2025年5月1日", for the slip. */
export function todayText(): string {
  return formatChineseDate(todayInChina());
}
