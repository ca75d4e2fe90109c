/**
 * Schema of `content/parameters/*.yaml` (OpenFisca style): every number or date a rule
 * uses, with its unit, the date it applies from, and the provision it comes from.
 *
 * Values are a list rather than OpenFisca's date-keyed map because several sources carry
 * no date: such a value has `date: null` and a `note` saying why.
 */
import * as z from 'zod/mini';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const parameterValueSchema = z
  .object({
    /** Date the value applies from (the document's date), or null when the source has none. */
    date: z.nullable(z.string().check(z.regex(ISO_DATE))),
    /** The value: a number, or a `YYYY-MM-DD` date for deadlines. */
    value: z.union([z.number(), z.string().check(z.regex(ISO_DATE))]),
    /** Citation key of the provision (`<slug>#<anchor>`) or an external source. */
    reference: z.string().check(z.minLength(3)),
    /** How the source words it, or why the date is unknown. */
    note: z.optional(z.string()),
  })
  .check(z.refine((v) => v.date !== null || (v.note ?? '') !== '', {
    message: '没有日期的参数值必须在 note 中说明原因',
    path: ['note'],
  }));

export const parameterSchema = z.object({
  /** What the parameter means, in Chinese. */
  description: z.string().check(z.minLength(1)),
  /** Unit of `value`. */
  unit: z.enum(['month', 'year', 'ratio', 'household', 'person', 'age', 'times', 'date']),
  /** Values over time, oldest first. */
  values: z.array(parameterValueSchema).check(z.minLength(1)),
});

/** One YAML file: parameter name → parameter. */
export const parameterFileSchema = z.record(z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)), parameterSchema);

export type ParameterValue = z.output<typeof parameterValueSchema>;
export type Parameter = z.output<typeof parameterSchema>;
export type ParameterFile = z.output<typeof parameterFileSchema>;
