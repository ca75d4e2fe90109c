/**
 * Responsible-unit notes printed at the end of a provision:
 * "〔牵头单位:自治区教育厅;配合单位:…〕", "(责任单位:县人社局,各镇、场、景区)",
 * "(省人力资源社会保障厅牵头指导推进)", "(团省委牵头推进)".
 */
import type { Units } from '../schemas/document.ts';
import { splitOutsideBrackets } from '../lib/split.ts';

const BRACKET_FAMILIES = [
  { open: '(（', close: ')）' },
  { open: '〔', close: '〕' },
  { open: '[［', close: ']］' },
];

/** Index of the bracket that opens the group closing at the end of `text`, or -1. */
function openingOfFinalGroup(text: string): number {
  const family = BRACKET_FAMILIES.find((f) => f.close.includes(text.at(-1) ?? ' '));
  if (!family) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (family.close.includes(ch)) depth++;
    else if (family.open.includes(ch)) depth--;
    if (depth === 0) return i;
  }
  return -1;
}

/** Splits a list of unit names on 、 , ， ; ； — never inside brackets ("县(市、区)党委" stays whole). */
export function splitUnitList(list: string): string[] {
  return splitOutsideBrackets(list, '、,，;；');
}

const ROLE_FIELDS: Record<string, keyof Omit<Units, 'note'>> = { 牵头单位: 'lead', 配合单位: 'support', 责任单位: 'responsible' };

/** Reads the inside of a bracketed note; null when it is not a unit note. */
export function parseUnitsInner(inner: string): Omit<Units, 'note'> | null {
  const units = { lead: [] as string[], support: [] as string[], responsible: [] as string[] };
  const trimmed = inner.trim();
  if (/^(牵头单位|配合单位|责任单位)[:：]/.test(trimmed)) {
    for (const part of trimmed.split(/[;；](?=\s*(?:牵头单位|配合单位|责任单位)[:：])/)) {
      const m = /^\s*(牵头单位|配合单位|责任单位)[:：](.*)$/s.exec(part);
      if (!m) return null;
      units[ROLE_FIELDS[m[1]!]!].push(...splitUnitList(m[2]!));
    }
    return units;
  }
  const lead = /^(.+?)牵头(指导推进|具体落实|推进|落实|负责|实施)?$/s.exec(trimmed);
  if (lead && !/[。；;:：]/.test(lead[1]!)) {
    units.lead.push(...splitUnitList(lead[1]!));
    return units.lead.length ? units : null;
  }
  return null;
}

/** The unit note at the very end of `text`, and the text before it; null when there is none. */
export function extractUnits(text: string): { before: string; units: Units } | null {
  const end = text.trimEnd();
  const open = openingOfFinalGroup(end);
  if (open < 0) return null;
  const note = end.slice(open);
  const parsed = parseUnitsInner(note.slice(1, -1));
  if (!parsed) return null;
  return { before: end.slice(0, open).trimEnd(), units: { note, ...parsed } };
}
