/**
 * Numbering labels of Chinese policy documents: 第X章 / 第X条 / 一、 / (一) / 1. / (1).
 * Pure functions shared by the importer, the content schema and the pages.
 */

/** The numbering styles, outermost first. A child's style must come after its parent's. */
export const NUMBERING_KINDS = ['chapter', 'article', 'cn', 'paren-cn', 'arabic', 'paren-arabic'] as const;
export type NumberingKind = (typeof NUMBERING_KINDS)[number];

/** Chinese names of the styles, for error messages. */
export const NUMBERING_KIND_NAMES: Record<NumberingKind, string> = {
  chapter: '第X章',
  article: '第X条',
  cn: '一、',
  'paren-cn': '(一)',
  arabic: '1.',
  'paren-arabic': '(1)',
};

export interface ParsedLabel {
  kind: NumberingKind;
  number: number;
  /** The label exactly as printed, e.g. "(十)" or "3．". */
  label: string;
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_NUM = '[零〇一二两三四五六七八九十百]+';

/** Converts a Chinese numeral up to 999 (一, 十, 十五, 二十一, 一百零二) to a number; NaN if not one. */
export function chineseNumeralToNumber(text: string): number {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return Number.NaN;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGITS[ch] ?? Number.NaN;
    }
  }
  return total + current;
}

/** Full-width digits ０-９ to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

const PATTERNS: { kind: NumberingKind; re: RegExp; chinese: boolean }[] = [
  { kind: 'chapter', re: new RegExp(`^第(${CN_NUM})章`), chinese: true },
  { kind: 'article', re: new RegExp(`^第(${CN_NUM})条`), chinese: true },
  { kind: 'cn', re: new RegExp(`^(${CN_NUM})、`), chinese: true },
  { kind: 'paren-cn', re: new RegExp(`^[(（](${CN_NUM})[)）]`), chinese: true },
  // "1." / "1．" / "1、" but not "1.5倍" or "2020年".
  { kind: 'arabic', re: /^([0-9０-９]{1,3})[.．、](?![0-9０-９])/, chinese: false },
  { kind: 'paren-arabic', re: /^[(（]([0-9０-９]{1,3})[)）]/, chinese: false },
];

/** Reads a numbering label at the start of `text` (leading spaces allowed), or null. */
export function parseLabel(text: string): ParsedLabel | null {
  const trimmed = text.replace(/^[\s\u3000]+/, '');
  for (const { kind, re, chinese } of PATTERNS) {
    const m = re.exec(trimmed);
    if (!m || m[1] === undefined) continue;
    const number = chinese ? chineseNumeralToNumber(m[1]) : Number(toAsciiDigits(m[1]));
    if (!Number.isInteger(number) || number < 1) continue;
    return { kind, number, label: m[0] };
  }
  return null;
}

/** Rank of a style: smaller is outer. */
export function kindRank(kind: NumberingKind): number {
  return NUMBERING_KINDS.indexOf(kind);
}

/** HTML id of a provision from its numbering path, e.g. [2, 10] → "p2-10" (二、…(十)). */
export function anchorFromPath(numbers: readonly number[]): string {
  return `p${numbers.join('-')}`;
}
