/**
 * Tolerant parse layer that runs before zod: people type numbers and dates the way they
 * write them on paper ("１２００", "1,200元", "2020年3月5日"). Everything that can be read
 * unambiguously is normalised here; anything else is passed through unchanged so the zod
 * schema rejects it with a Chinese message naming the field.
 */
// zod/mini, not classic zod: this module ships in every calculator island, and mini's
// functions tree-shake where classic's methods cannot (about 16 KB gzipped less per page).
import * as z from 'zod/mini';
import { isValidCivilDate, parseIsoDate } from './dates.ts';

/** Values a form field may hand us before parsing. */
export type RawField = number | string | null | undefined;

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width digits and ASCII punctuation → half-width; ideographic spaces → spaces. */
export function toHalfWidth(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const UNIT_SUFFIX = /\s*(元\/人·月|元\/人\/月|元\/月|元每月|元|人|户|口|周岁|岁)$/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** "１,２００ 元" → 1200; "" → undefined; unreadable text is returned unchanged. */
export function parseNumberInput(raw: RawField): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'string') return raw;
  const text = toHalfWidth(raw).trim().replace(/，/g, ',').replace(UNIT_SUFFIX, '').trim();
  if (text === '') return undefined;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return raw;
}

const DATE_PATTERNS = [
  /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
];

/** "2020/3/5", "2020年3月5日", "２０２０.３.５" → "2020-03-05" (validity is checked later). */
export function parseDateInput(raw: RawField): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'string') return raw;
  const text = toHalfWidth(raw).trim();
  if (text === '') return undefined;
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return text;
}

/**
 * Classic zod's `z.preprocess` for zod/mini (which has none): normalise the raw value with
 * `fn`, then validate it with `schema` — the same pipe classic zod builds.
 */
export function preprocess<In, Out extends z.ZodMiniType>(fn: (raw: In) => unknown, schema: Out) {
  return z.pipe(z.transform(fn), schema);
}

export interface NumberFieldOptions {
  /** Field name as the user sees it, e.g. "家庭人数". */
  label: string;
  min: number;
  max: number;
  integer?: boolean;
  /** Message when the value is outside [min, max] or not whole; defaults to a range sentence. */
  rangeMessage?: string;
  /** Message for values below `min`, when it should differ (e.g. "不能是负数"). */
  belowMessage?: string;
  /** Message for values above `max`, when it should differ. */
  aboveMessage?: string;
}

/** A number typed in a form: tolerant parsing, then a range check with Chinese messages. */
export function numberField(opts: NumberFieldOptions) {
  const range = opts.rangeMessage ??
    `${opts.label}必须是 ${opts.min} 到 ${opts.max} 之间的${opts.integer ? '整数' : '数'}`;
  const inner = z.number({
    error: (iss) => (iss.input === undefined ? `请填写${opts.label}` : `${opts.label}必须是数字`),
  }).check(
    ...(opts.integer ? [z.int({ error: range })] : []),
    z.minimum(opts.min, { error: opts.belowMessage ?? range }),
    z.maximum(opts.max, { error: opts.aboveMessage ?? range }),
  );
  return preprocess((raw: RawField) => parseNumberInput(raw), inner);
}

/** Years outside this range are almost certainly typing mistakes (0202, 20200). */
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

/** A calendar date typed in a form, normalised to `YYYY-MM-DD`. */
export function dateField(label: string) {
  const inner = z
    .string({
      error: (iss) => (iss.input === undefined ? `请填写${label}` : `${label}格式不对，请写成 2020-03-05 这样`),
    })
    .check(z.superRefine((value: string, ctx) => {
      const parsed = parseIsoDate(value);
      if (parsed && parsed.year >= MIN_YEAR && parsed.year <= MAX_YEAR) return;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
      const message = !parts
        ? `${label}格式不对，请写成 2020-03-05 这样`
        : parts.year < MIN_YEAR || parts.year > MAX_YEAR
          ? `${label}的年份不对，应在 ${MIN_YEAR} 年到 ${MAX_YEAR} 年之间`
          : parts.month < 1 || parts.month > 12
          ? `${label}的月份不对：没有 ${parts.month} 月`
          : isValidCivilDate(parts)
            ? `${label}不在可计算的范围内`
            : `${label}不存在：${parts.year}年${parts.month}月没有${parts.day}日`;
      ctx.addIssue({ code: 'custom', message });
    }));
  return preprocess((raw: RawField) => parseDateInput(raw), inner);
}

/** Like {@link dateField} but may be left empty. */
export function optionalDateField(label: string) {
  return preprocess(
    (raw: RawField) => (raw === '' || raw === null ? undefined : raw),
    z.optional(dateField(label)),
  );
}

/** A choice from a fixed list; `message` says what to choose. */
export function choiceField<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

const YES = new Set<unknown>([true, 'yes', '是', '有']);
const NO = new Set<unknown>([false, 'no', '否', '没有', '无']);
const UNKNOWN = new Set<unknown>([undefined, null, '', 'unknown', '不清楚', '不知道']);

/** 'yes' | 'no' | 'unknown' — "不清楚" is always a valid answer, and so is leaving it blank. */
export function yesNoUnknown(label: string) {
  return preprocess(
    (raw: boolean | string | null | undefined) => {
      const value = typeof raw === 'string' ? raw.trim() : raw;
      if (YES.has(value)) return 'yes';
      if (NO.has(value)) return 'no';
      if (UNKNOWN.has(value)) return 'unknown';
      return value;
    },
    z.enum(['yes', 'no', 'unknown'], { error: `${label}请选择“是”“否”或“不清楚”` }),
  );
}

/** Like {@link numberField} but may be left empty. */
export function optionalNumberField(opts: NumberFieldOptions) {
  return preprocess(
    (raw: RawField) => (raw === '' || raw === null || (typeof raw === 'string' && raw.trim() === '') ? undefined : raw),
    z.optional(numberField(opts)),
  );
}
