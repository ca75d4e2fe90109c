/**
 * 最低生活保障 (低保) calculators: the 差额 top-up, and Guangxi's 6-month 安置地低保.
 */
import * as z from 'zod/mini';
import * as C from './citations.ts';
import { numberField } from './input.ts';
import { DIBAO_PROPERTY_NOTE, DIBAO_TIER_NOTE } from './messages.ts';
import { numberParameter } from './parameters.ts';
import { appliesIn, documentsFor, optionalRegionSchema, regionSchema, type DocumentKey } from './regions.ts';
import { formatYuan, roundYuan, runRule, type RuleResult } from './result.ts';

/** Largest monthly amount accepted, to catch an extra 0 typed by mistake. */
export const MAX_MONTHLY_YUAN = 1_000_000;

const monthlyIncome = (label: string) =>
  numberField({
    label, min: 0, max: MAX_MONTHLY_YUAN,
    belowMessage: `${label}不能是负数`,
    aboveMessage: `${label}不能超过 1,000,000 元/月，请检查是否多写了 0`,
  });

export const dibaoTopUpInputSchema = z.object(
  {
    /** 当地低保标准（元/人·月）, always typed by the user: the site never invents one. */
    localStandardYuanPerPersonMonth: numberField({
      label: '当地低保标准', min: 0.01, max: 100_000,
      belowMessage: '请填写当地低保标准（大于 0 的金额，元/人·月）',
      aboveMessage: '当地低保标准不能超过 100,000 元/人·月，请检查是否多写了 0',
    }),
    /** Number of people living together in the household (共同生活的家庭成员). */
    householdSize: numberField({ label: '家庭人数', min: 1, max: 30, integer: true }),
    /** The household's total monthly income in yuan (以户为单位计算). */
    householdMonthlyIncomeYuan: monthlyIncome('家庭月收入'),
    /** Optional region, to cite that region's own 低保 provisions as well. */
    region: optionalRegionSchema,
  },
  { error: '请填写低保标准、家庭人数和家庭月收入' },
);

export type DibaoTopUpInput = z.input<typeof dibaoTopUpInputSchema>;
export type DibaoTopUpParsed = z.output<typeof dibaoTopUpInputSchema>;

export type DibaoTopUpResult = RuleResult<{
  eligibleByIncome: boolean;
  perCapitaIncomeYuan: number;
  monthlyYuan: number;
  working: string;
  notes: string[];
}>;

/** Provisions on 低保 in each document. */
const DIBAO_PROVISIONS: Readonly<Record<DocumentKey, string | null>> = {
  dachuan: C.DACHUAN_SOCIAL_SECURITY,
  wenzhou: C.WENZHOU_DIBAO,
  suixian: null,
  guangxi: C.GUANGXI_SOCIAL_SECURITY,
  anhui: C.ANHUI_SOCIAL_ASSISTANCE,
};

/**
 * What a 低保 result cites: the national rule on 差额, then the region's own provisions
 * (without a region, 达川's "以户为单位计算…按标施保、应补尽补", which states the method).
 */
export function dibaoCitations(region: string | undefined): string[] {
  const own = region === undefined
    ? [C.DACHUAN_SOCIAL_SECURITY]
    : documentsFor(region).flatMap((d) => DIBAO_PROVISIONS[d] ?? []);
  return [C.SOCIAL_ASSISTANCE_ART12, ...own];
}

/** 差额补助: (standard − per-capita income) × household size, when below the standard. */
export function dibaoTopUp(input: unknown): DibaoTopUpResult {
  return runRule(dibaoTopUpInputSchema, input, (v) => {
    const standard = v.localStandardYuanPerPersonMonth;
    const size = v.householdSize;
    const income = v.householdMonthlyIncomeYuan;
    const perCapita = roundYuan(income / size);
    // Compare and subtract on household totals so no intermediate rounding leaks in.
    const eligibleByIncome = income < standard * size;
    const monthlyYuan = eligibleByIncome ? roundYuan(standard * size - income) : 0;
    const gap = roundYuan(standard - perCapita);
    const perCapitaText = `${formatYuan(income)} ÷ ${size} 人 = ${formatYuan(perCapita)} 元/人·月`;
    const equals = roundYuan(gap * size) === monthlyYuan ? '=' : '≈';
    const working = eligibleByIncome
      ? `人均收入 ${perCapitaText}；${formatYuan(standard)} − ${formatYuan(perCapita)} = ${formatYuan(gap)} 元/人·月 × ${size} 人 ${equals} ${formatYuan(monthlyYuan)} 元/月`
      : `人均收入 ${perCapitaText}，不低于当地低保标准 ${formatYuan(standard)} 元/人·月，按收入计算没有差额`;
    return {
      ok: true,
      eligibleByIncome,
      perCapitaIncomeYuan: perCapita,
      monthlyYuan,
      working,
      notes: [DIBAO_TIER_NOTE, DIBAO_PROPERTY_NOTE],
      citations: dibaoCitations(v.region),
    };
  });
}

export const transitionalDibaoInputSchema = z.object(
  {
    /** GB/T 2260 code of the place where the household was resettled. */
    region: regionSchema,
    /** Monthly 低保 amount in yuan (e.g. from {@link dibaoTopUp}); 0 is allowed. */
    monthlyYuan: monthlyIncome('每月低保金额'),
  },
  { error: '请填写地区和每月低保金额' },
);

export type TransitionalDibaoInput = z.input<typeof transitionalDibaoInputSchema>;

interface TransitionalDibaoBody {
  applies: boolean;
  months: number;
  totalYuan: number;
  reason: string;
}

export type TransitionalDibaoResult = RuleResult<TransitionalDibaoBody>;

/** Guangxi: 可以在安置地申请6个月的低保救助; nothing comparable in the other documents. */
export function transitionalDibao(input: unknown): TransitionalDibaoResult {
  return runRule<typeof transitionalDibaoInputSchema, TransitionalDibaoBody>(transitionalDibaoInputSchema, input, (v) => {
    if (!appliesIn(v.region, 'guangxi')) {
      const hasDocs = documentsFor(v.region).length > 0;
      return {
        ok: true,
        applies: false,
        months: 0,
        totalYuan: 0,
        reason: hasDocs
          ? '这几份文件中没有“在安置地申请6个月低保”的规定，只有广西的文件这样写。本地区能否在安置地申请低保，请向乡镇民政咨询。'
          : '这几份文件中没有适用于本地区的规定。能否在安置地申请低保，请向乡镇民政咨询。',
        citations: [],
      };
    }
    const months = numberParameter('guangxi', 'transitional_dibao_months');
    return {
      ok: true,
      applies: true,
      months,
      totalYuan: roundYuan(v.monthlyYuan * months),
      reason:
        `广西的文件规定：搬迁群众暂时无就业和产业支撑导致生活困难，且家庭财产状况符合规定的，可以在安置地申请${months}个月的低保救助。` +
        `按每月 ${formatYuan(v.monthlyYuan)} 元计算，${months} 个月共 ${formatYuan(roundYuan(v.monthlyYuan * months))} 元。是否批准以乡镇民政审核为准。`,
      citations: [C.GUANGXI_SOCIAL_SECURITY],
    };
  });
}
