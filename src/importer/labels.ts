/**
 * Reading a numbered line: its label (via the lead's parseLabel), a second label on the same line,
 * and whether the words after the label are a heading or the start of the body.
 */
import { kindRank, parseLabel, type ParsedLabel } from '../lib/numbering.ts';

/** A heading alone on its line: a phrase without sentence punctuation, at most this long. */
const MAX_LONE_HEADING = 40;
/** A heading sentence before the body ("强化教育保障。建立台账…"): at most this many characters before 。. */
const MAX_HEADING_SENTENCE = 20;

export interface LabelledLine {
  label: ParsedLabel;
  /** The words after the label, trimmed (may be empty). */
  rest: string;
}

/** The label at the start of a trimmed line and the rest of the line, or null. */
export function readLabel(text: string): LabelledLine | null {
  const label = parseLabel(text);
  if (!label) return null;
  return { label, rest: text.trimStart().slice(label.label.length).trim() };
}

/**
 * Splits "(三)提升职业技能,实施就业帮扶 8.灵活开展职业技能培训。…" into the heading line of
 * (三) and the line of item 8: a short phrase without sentence punctuation, whitespace, and a
 * label of a deeper style. Returns the pieces in order (one piece when nothing splits).
 */
export function splitRunOnLabels(text: string): string[] {
  const first = readLabel(text);
  if (!first) return [text];
  const rest = first.rest;
  for (const m of rest.matchAll(/[\s\u3000]+/g)) {
    const before = rest.slice(0, m.index);
    if (before.length > MAX_LONE_HEADING || /[。；;！？!?]/.test(before)) break;
    const next = readLabel(rest.slice(m.index + m[0].length));
    if (next && kindRank(next.label.kind) > kindRank(first.label.kind)) {
      const head = `${first.label.label}${before}`;
      return [head, ...splitRunOnLabels(rest.slice(m.index + m[0].length).trim())];
    }
  }
  return [text];
}

export interface HeadingSplit {
  heading: string | null;
  /** What is left of the label line for the body ('' when nothing). */
  body: string;
}

/**
 * Heading or body? A short phrase alone on the line is a heading ("一、总体要求"); a short first
 * sentence followed by more text is a heading ("强化教育保障。" + body); anything else is body
 * ("推动将安置区产业发展纳入…" opens with a long sentence, so it has no heading).
 * `moreFollows` says whether body text or sub-provisions follow on later lines.
 */
export function splitHeading(rest: string, moreFollows: boolean): HeadingSplit {
  if (rest === '') return { heading: null, body: '' };
  if (rest.length <= MAX_LONE_HEADING && !/[。；;！？!?：:]/.test(rest)) return { heading: rest, body: '' };
  const end = rest.search(/[。！？]/);
  if (end < 0) return { heading: null, body: rest };
  const sentence = rest.slice(0, end + 1);
  const after = rest.slice(end + 1).trim();
  const short = end <= MAX_HEADING_SENTENCE && !/[、；;：:《（(“]/.test(sentence);
  if (short && (after !== '' || moreFollows)) return { heading: sentence, body: after };
  return { heading: null, body: rest };
}

const CN_DIGIT_NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 21 → 二十一, 105 → 一百零五 (up to 999). */
export function numberToChinese(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${CN_DIGIT_NAMES[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : CN_DIGIT_NAMES[tens]}十`;
  else if (hundreds && ones) out += '零';
  if (ones) out += CN_DIGIT_NAMES[ones];
  return out || '零';
}

/** The same label style with another number: ("(三)", 2) → "(二)", ("8．", 7) → "7．". */
export function formatLabelLike(label: ParsedLabel, n: number): string {
  if (/[0-9０-９]/.test(label.label)) {
    const fullWidth = /[０-９]/.test(label.label);
    const digits = fullWidth ? String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xff10 - 48)) : String(n);
    return label.label.replace(/[0-9０-９]+/, digits);
  }
  return label.label.replace(/[零〇一二两三四五六七八九十百]+/, numberToChinese(n));
}
