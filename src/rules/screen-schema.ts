/**
 * Questionnaire answers for {@link screenEntitlements}. Every yes/no question also takes
 * "不清楚" ('unknown'), which can only ever lead to a 'check' verdict.
 */
import * as z from 'zod/mini';
import { MAX_MONTHLY_YUAN } from './dibao.ts';
import { choiceField, numberField, optionalNumberField, yesNoUnknown } from './input.ts';
import { regionSchema } from './regions.ts';

export const SCHOOL_STAGES = ['none', 'preschool', 'primary', 'junior', 'senior', 'vocational', 'college'] as const;

export const memberSchema = z.object({
  /** Age in whole years. */
  age: numberField({ label: '年龄', min: 0, max: 120, integer: true, rangeMessage: '年龄必须是 0 到 120 之间的整数' }),
  /** 有劳动能力? */
  canWork: yesNoUnknown('是否有劳动能力'),
  /** 有就业意愿? */
  wantsWork: yesNoUnknown('是否想找工作'),
  /** 已经就业（务工、上班）? */
  employed: yesNoUnknown('是否已就业'),
  /** 残疾情况: none 无, mild 轻度, severe 重度. */
  disability: choiceField(['none', 'mild', 'severe'], '请选择残疾情况：无、轻度或重度'),
  /** 在读阶段; leave out when not asked. */
  schoolStage: z.optional(choiceField(SCHOOL_STAGES, '请选择在读阶段')),
  /** 独居或空巢. */
  livesAlone: z.optional(yesNoUnknown('是否独居或空巢')),
  /** 留守（家人外出务工，本人留在家里）. */
  leftBehind: z.optional(yesNoUnknown('是否留守')),
  /** 失能（生活不能自理）. */
  needsCare: z.optional(yesNoUnknown('是否失能')),
});

const householdSizeMessage = '家庭人数必须是 1 到 30 之间的整数';

export const householdSchema = z.object(
  {
    /** Everyone living together (共同生活的家庭成员). */
    members: z
      .array(memberSchema, { error: '请填写家庭成员' })
      .check(z.minLength(1, { error: householdSizeMessage }), z.maxLength(30, { error: householdSizeMessage })),
    /** Household's total monthly income (元/月), if known. */
    monthlyIncomeYuan: optionalNumberField({
      label: '家庭月收入', min: 0, max: MAX_MONTHLY_YUAN,
      belowMessage: '家庭月收入不能是负数',
      aboveMessage: '家庭月收入不能超过 1,000,000 元/月，请检查是否多写了 0',
    }),
    /** 当地低保标准 (元/人·月), if the user knows it; never supplied by the site. */
    localDibaoStandardYuan: optionalNumberField({
      label: '当地低保标准', min: 0.01, max: 100_000,
      belowMessage: '当地低保标准必须大于 0',
      aboveMessage: '当地低保标准不能超过 100,000 元/人·月，请检查是否多写了 0',
    }),
    /** 家庭财产状况符合当地规定? */
    propertyWithinRules: yesNoUnknown('家庭财产是否符合当地规定'),
    /** 有赡养人或扶养人（且有能力赡养、扶养）? */
    hasSupporter: yesNoUnknown('是否有赡养人或扶养人'),
    /** 建档立卡户或防返贫监测对象? */
    registeredPoor: z.optional(yesNoUnknown('是否建档立卡户或监测对象')),
  },
  { error: '请填写家庭情况' },
);

export const screenEntitlementsInputSchema = z.object(
  {
    /** GB/T 2260 code of the place of resettlement. */
    region: regionSchema,
    household: householdSchema,
  },
  { error: '请选择地区并填写家庭情况' },
);

export type ScreenEntitlementsInput = z.input<typeof screenEntitlementsInputSchema>;
export type Household = z.output<typeof householdSchema>;
export type Member = z.output<typeof memberSchema>;
