/**
 * The envelope every rule returns, and the guard that makes rules total: validation
 * problems become Chinese `issues`, unexpected exceptions and non-finite numbers become a
 * generic issue instead of escaping to the page.
 */
import * as z from 'zod/mini';
import { INTERNAL_ERROR } from './messages.ts';

// Zod compiles fast parsers with `new Function` where it can. The site's CSP has no
// 'unsafe-eval', so in the browser even zod's probe for eval logs a CSP violation. Every
// rule imports this module, so parsing is jitless everywhere; inputs are calculator-sized.
// zod/mini shares zod's core (and this global config) with classic zod.
z.config({ jitless: true });

/** One problem with the input, at a dotted path such as `household.members.0.age`. */
export interface Issue {
  path: string;
  message: string;
}

export interface Failure {
  ok: false;
  issues: Issue[];
}

export type Success<T> = { ok: true; citations: string[] } & T;

export type RuleResult<T> = Success<T> | Failure;

const HAS_CJK = /[\u4e00-\u9fff]/;

const FALLBACK_BY_CODE: Record<string, string> = {
  invalid_type: '这一项没有填写，或填写的内容不对',
  invalid_value: '请从给出的选项中选择',
  too_small: '数值太小',
  too_big: '数值太大',
};

function toIssue(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.map(String).join('.');
  const message = HAS_CJK.test(issue.message)
    ? issue.message
    : (FALLBACK_BY_CODE[issue.code] ?? '填写的内容不对');
  return { path, message };
}

/** True when any number inside `value` is NaN or ±Infinity. */
export function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNonFinite);
  if (value && typeof value === 'object') return Object.values(value).some(hasNonFinite);
  return false;
}

/** Drops duplicate citation keys, keeping first-seen order. */
export function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

/** Yuan rounded to the fen (0.01). */
export function roundYuan(amount: number): number {
  return Math.round((amount + Math.sign(amount) * Number.EPSILON) * 100) / 100;
}

/** "1200" / "1200.5" → "1,200" / "1,200.50", for explanations. */
export function formatYuan(amount: number): string {
  const fixed = Number.isInteger(amount) ? amount.toFixed(0) : amount.toFixed(2);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * Validates `raw` with `schema`, runs `compute`, and never throws: the last line of
 * defence for code that decides something about a person.
 */
export function runRule<S extends z.ZodMiniType, T extends object>(
  schema: S,
  raw: unknown,
  compute: (input: z.output<S>) => Success<T> | Failure,
): RuleResult<T> {
  try {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(toIssue) };
    const result = compute(parsed.data);
    if (hasNonFinite(result)) return { ok: false, issues: [{ path: '', message: INTERNAL_ERROR }] };
    return result.ok ? { ...result, citations: unique(result.citations) } : result;
  } catch {
    return { ok: false, issues: [{ path: '', message: INTERNAL_ERROR }] };
  }
}
