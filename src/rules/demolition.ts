/**
 * Guangxi 二、(十) 强化拆旧复垦: when the old house must be demolished, which houses may be
 * kept, when the reward is paid, and what follows (复垦 / 复草复绿).
 */
import * as z from 'zod/mini';
import * as C from './citations.ts';
import {
  addDays, addYearsPeriodEnd, compareDates, daysBetween, daysInMonth, formatChineseDate,
  formatIsoDate, formatIsoMonth, parseIsoDate, type CivilDate,
} from './dates.ts';
import { choiceField, dateField, optionalDateField } from './input.ts';
import { numberParameter } from './parameters.ts';
import { appliesIn, regionSchema } from './regions.ts';
import { runRule, type RuleResult } from './result.ts';
import { todayInChina } from './today.ts';

export const HOUSE_TYPES = ['self-built-detached', 'shared-or-connected'] as const;
export const VILLAGE_PROTECTIONS = [
  'none', 'traditional-village', 'ethnic-minority-village', 'rural-tourism-key-village', 'cultural-tourism-village',
] as const;

/** Words of the source for each protected-village kind. */
export const VILLAGE_PROTECTION_LABELS: Readonly<Record<(typeof VILLAGE_PROTECTIONS)[number], string>> = {
  'none': '不属于下列村落',
  'traditional-village': '国家有关部门核定的传统保护村落',
  'ethnic-minority-village': '国家有关部门核定的少数民族特色村落',
  'rural-tourism-key-village': '国家乡村旅游扶贫重点村',
  'cultural-tourism-village': '自治区划定的具有重点文化旅游开发价值村落',
};

export const planDemolitionInputSchema = z.object(
  {
    /** GB/T 2260 code; the rule is Guangxi's, shown elsewhere only as a labelled reference. */
    region: regionSchema,
    /** Date the household actually moved into the new home (实际入住新房). */
    movedInOn: dateField('实际入住新房的日期'),
    /** 自建独立房, or 与亲属(邻居)共居(共建)连体房. */
    houseType: choiceField(HOUSE_TYPES, '请选择旧房类型：自建独立房，或与亲属（邻居）共居（共建）连体房'),
    /** Whether the old house is in a protected / ethnic / tourism / cultural village. */
    villageProtection: choiceField(VILLAGE_PROTECTIONS, '请选择旧房所在村落的情况'),
    /** Date the old house was demolished, if it has been. */
    demolishedOn: optionalDateField('旧房拆除日期'),
    /** Date to count days from; defaults to today's date in China. */
    today: optionalDateField('今天的日期'),
  },
  { error: '请填写地区、入住日期、旧房类型和村落情况' },
);

export type PlanDemolitionInput = z.input<typeof planDemolitionInputSchema>;

export interface DemolitionStep {
  id: string;
  title: string;
  date: string | null;
  citations: string[];
}

export type PlanDemolitionResult = RuleResult<{
  appliesInRegion: boolean;
  mustDemolish: boolean;
  deadline: string | null;
  exemption: { path: string; citations: string[] } | null;
  rewardMonth: string | null;
  daysLeft: number | null;
  planned: boolean;
  working: string;
  notes: string[];
  steps: DemolitionStep[];
}>;

const RULE = [C.GUANGXI_DEMOLITION];
const PERIOD = [C.CIVIL_CODE_ART201, C.CIVIL_CODE_ART202];

/** The 民法典 period computation, in words. */
export function explainPeriod(start: CivilDate, years: number): { end: CivilDate; text: string } {
  const end = addYearsPeriodEnd(start, years);
  const target = start.year + years;
  const hasCorresponding = start.day <= daysInMonth(target, start.month);
  const text =
    `实际入住 ${formatChineseDate(start)}。按民法典第二百零一条，开始的当日不计入，自 ${formatChineseDate(addDays(start, 1))} 起算；` +
    `按第二百零二条，${years} 年期间到期月的对应日为最后一日` +
    (hasCorresponding
      ? `，即 ${formatChineseDate(end)}。`
      : `；${target}年${start.month}月没有${start.day}日，以月末日 ${formatChineseDate(end)} 为最后一日。`);
  return { end, text };
}

/** Plans the Guangxi old-house demolition for one household. */
export function planDemolition(input: unknown): PlanDemolitionResult {
  return runRule(planDemolitionInputSchema, input, (v) => {
    const movedIn = parseIsoDate(v.movedInOn)!;
    const today = (v.today && parseIsoDate(v.today)) || todayInChina();
    const demolished = v.demolishedOn ? parseIsoDate(v.demolishedOn) : null;
    const appliesInRegion = appliesIn(v.region, 'guangxi');
    const years = numberParameter('guangxi', 'demolition_period_years');
    const { end, text: periodText } = explainPeriod(movedIn, years);
    const selfBuilt = v.houseType === 'self-built-detached';
    const protectedVillage = v.villageProtection !== 'none';
    const mustDemolish = selfBuilt && !protectedVillage;
    const deadline = mustDemolish ? formatIsoDate(end) : null;
    const planned = compareDates(movedIn, today) > 0;
    const daysLeft = mustDemolish && !demolished ? daysBetween(today, end) : null;

    const exemptionReason = !selfBuilt
      ? '旧房属于与亲属（邻居）共居（共建）连体房'
      : `旧房位于${VILLAGE_PROTECTION_LABELS[v.villageProtection]}`;
    const exemption = mustDemolish ? null : {
      path:
        `${exemptionReason}：经县级政府批准，腾退为村集体财产进行保护利用，可以不拆除。` +
        (selfBuilt ? `如未获批准，自建独立房仍应在实际入住新房后${years}年内拆除（最迟 ${formatChineseDate(end)}）。` : ''),
      citations: RULE,
    };

    const reference = appliesInRegion ? '' : '（仅供参考：这是广西文件的规定，本地区收录的文件没有类似规定。）';
    const working = mustDemolish
      ? `${reference}自建独立房要在实际入住新房后${years}年内拆除旧房。${periodText}` + (planned ? '（入住日期在今天之后，以上为预计。）' : '')
      : `${reference}${exemption!.path}`;

    const notes = [
      '期间的最后一日是法定休假日的，依民法典第二百零三条以法定休假日结束的次日为最后一日；本工具不计算节假日，请以当地通知为准。',
      '应做到所有房屋建筑及附属设施整体性拆除，不得象征性拆除或拆一部分留一部分。',
    ];
    if (demolished && compareDates(demolished, end) > 0 && mustDemolish) {
      notes.push(`旧房拆除日期 ${formatChineseDate(demolished)} 晚于期限 ${formatChineseDate(end)}。`);
    }

    const steps: DemolitionStep[] = [
      { id: 'move-in', title: planned ? '实际入住新房（预计）' : '实际入住新房', date: formatIsoDate(movedIn), citations: RULE },
      { id: 'county-plan', title: '县级政府结合本地实际制定拆除方案', date: null, citations: RULE },
      ...(exemption
        ? [{ id: 'exemption-approval', title: '报县级政府批准，腾退为村集体财产进行保护利用（可以不拆除）', date: null, citations: RULE }]
        : []),
      ...(mustDemolish || demolished
        ? [{
            id: 'demolish',
            title: demolished ? '旧房已整体性拆除' : `整体性拆除旧房（最迟 ${formatChineseDate(end)}）`,
            date: demolished ? formatIsoDate(demolished) : deadline,
            citations: [...RULE, ...(demolished ? [] : PERIOD)],
          }]
        : []),
      ...(mustDemolish || demolished
        ? [{
            id: 'reward',
            title: demolished
              ? `兑现奖励政策：原则上在旧房拆除的当月（${demolished.year}年${demolished.month}月）`
              : '兑现奖励政策：原则上在旧房拆除的当月',
            date: null,
            citations: RULE,
          }]
        : []),
      { id: 'reclaim', title: '旧宅基地整治：具备复垦条件的复垦，用好城乡建设用地增减挂钩政策，加强建设用地指标交易；不具备复垦条件的，及时复草复绿，修复生态', date: null, citations: RULE },
      { id: 'land-title', title: '加快拆旧复垦后的土地确权颁证', date: null, citations: [C.GUANGXI_LAND] },
    ];

    return {
      ok: true,
      appliesInRegion,
      mustDemolish,
      deadline,
      exemption,
      rewardMonth: demolished ? formatIsoMonth(demolished) : null,
      daysLeft,
      planned,
      working,
      notes,
      steps,
      citations: [...RULE, ...(mustDemolish ? PERIOD : []), C.CIVIL_CODE_ART203, C.GUANGXI_LAND],
    };
  });
}
