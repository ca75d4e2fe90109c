/**
 * Wenzhou 重点帮扶对象: the ceiling on how many may be identified (二、(一)1.) and the
 * exit test (二、(一)3.).
 */
import * as z from 'zod/mini';
import * as C from './citations.ts';
import { choiceField, numberField, yesNoUnknown } from './input.ts';
import { numberParameter } from './parameters.ts';
import { formatYuan, runRule, type RuleResult } from './result.ts';

export const focusHouseholdQuotaInputSchema = z.object(
  {
    /** 'county' = one of the 5 县; 'district-or-city' = one of the 4 区 and 2 县级市. */
    areaType: choiceField(['county', 'district-or-city'], '请选择是“县”还是“区或县级市”'),
    /** 农村户籍人数 of the county/district. */
    ruralHukouPopulation: numberField({
      label: '农村户籍人数', min: 1, max: 20_000_000, integer: true,
      rangeMessage: '农村户籍人数必须是 1 到 20,000,000 之间的整数',
    }),
  },
  { error: '请选择县或区（市），并填写农村户籍人数' },
);

export type FocusHouseholdQuotaInput = z.input<typeof focusHouseholdQuotaInputSchema>;

export type FocusHouseholdQuotaResult = RuleResult<{ maxPersons: number; rate: number; working: string }>;

/** 5个县…一般不超过农村户籍人数的5%，4区2市…一般不超过…3%, floored to whole people. */
export function focusHouseholdQuota(input: unknown): FocusHouseholdQuotaResult {
  return runRule(focusHouseholdQuotaInputSchema, input, (v) => {
    const county = v.areaType === 'county';
    const rate = county
      ? numberParameter('wenzhou', 'focus_household_max_rate_county')
      : numberParameter('wenzhou', 'focus_household_max_rate_district_or_city');
    const percent = Math.round(rate * 100);
    // Integer arithmetic avoids 0.03 × 100 = 3.0000000000000004 style surprises.
    const maxPersons = Math.floor((v.ruralHukouPopulation * percent) / 100);
    const working =
      `${county ? '县' : '区或县级市'}：${v.ruralHukouPopulation.toLocaleString('en-US')} 人 × ${percent}% = ` +
      `${formatYuan((v.ruralHukouPopulation * percent) / 100)}，向下取整为 ${maxPersons} 人（“一般不超过”，具体比例和认定办法由各县（市、区）确定）`;
    return { ok: true, maxPersons, rate, working, citations: [C.WENZHOU_QUOTA] };
  });
}

const annualIncome = (label: string) =>
  numberField({
    label, min: 0, max: 12_000_000,
    belowMessage: `${label}不能是负数`,
    aboveMessage: `${label}不能超过 12,000,000 元/年，请检查是否多写了 0`,
  });

export const wenzhouExitTestInputSchema = z.object(
  {
    /** 当年家庭年人均收入 (yuan per person per year). */
    annualPerCapitaIncomeYuan: annualIncome('家庭年人均收入'),
    /** 当地低保边缘户 standard (yuan per person per year), typed by the user. */
    localMarginalStandardYuan: numberField({
      label: '当地低保边缘户标准', min: 0.01, max: 1_000_000,
      belowMessage: '请填写当地低保边缘户标准（大于 0 的金额，元/人·年）',
      aboveMessage: '当地低保边缘户标准不能超过 1,000,000 元，请检查是否多写了 0',
    }),
    /** 具有稳定的收入? */
    stableIncome: yesNoUnknown('是否有稳定收入'),
    /** 生活状况得到明显改善? */
    livingImproved: yesNoUnknown('生活状况是否明显改善'),
  },
  { error: '请填写家庭年人均收入和当地低保边缘户标准' },
);

export type WenzhouExitTestInput = z.input<typeof wenzhouExitTestInputSchema>;

export type WenzhouExitTestResult = RuleResult<{
  /** 'may-exit': all three conditions met; 'check': some unknown; 'stays': a condition is not met. */
  verdict: 'may-exit' | 'check' | 'stays';
  incomeAboveStandard: boolean;
  reason: string;
}>;

/** 具有稳定的收入，生活状况得到明显改善，当年家庭年人均收入高于当地低保边缘户的，经审核公示后退出. */
export function wenzhouExitTest(input: unknown): WenzhouExitTestResult {
  return runRule(wenzhouExitTestInputSchema, input, (v) => {
    const incomeAboveStandard = v.annualPerCapitaIncomeYuan > v.localMarginalStandardYuan;
    const compare = `年人均收入 ${formatYuan(v.annualPerCapitaIncomeYuan)} 元${incomeAboveStandard ? '高于' : '没有高于'}当地低保边缘户标准 ${formatYuan(v.localMarginalStandardYuan)} 元`;
    const others = [v.stableIncome, v.livingImproved];
    let verdict: 'may-exit' | 'check' | 'stays';
    let reason: string;
    if (!incomeAboveStandard || others.includes('no')) {
      verdict = 'stays';
      reason = `${compare}${others.includes('no') ? '，且“稳定收入”“生活明显改善”的条件未全部满足' : ''}，按文件不符合退出条件，继续作为重点帮扶对象。`;
    } else if (others.includes('unknown')) {
      verdict = 'check';
      reason = `${compare}；还要看是否有稳定收入、生活状况是否明显改善，请向村委会了解。`;
    } else {
      verdict = 'may-exit';
      reason = `${compare}，且有稳定收入、生活明显改善，可能符合退出条件；须经审核公示后才退出名单，请向村委会确认。`;
    }
    return { ok: true, verdict, incomeAboveStandard, reason, citations: [C.WENZHOU_EXIT] };
  });
}
