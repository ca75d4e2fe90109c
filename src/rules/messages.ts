/**
 * User-facing sentences shared by every rule, kept in one place so pages, islands and
 * printed result slips say the same thing.
 */

/** The standing caveat: a screen is never a promise. */
export const DISCLAIMER =
  '以下结果只是根据文件条文作出的初步提示，不是审批结果。可能符合的项目，请向村委会或乡镇民政、人社等部门确认。';

/** "可能符合…，请向…确认" — the only way a 'likely' verdict is phrased. */
export function mayQualify(what: string, askWhom: string): string {
  return `可能符合${what}，请向${askWhom}确认。`;
}

/** "需要进一步核实，请向…了解" — for 'check' verdicts. */
export function pleaseCheck(askWhom: string): string {
  return `需要进一步核实，请向${askWhom}了解。`;
}

/** Lead sentence of a 'not-indicated' verdict that rests on the answers given. */
export const PROBABLY_NOT_APPLICABLE = '从填写的情况看，这一项可能不适用。';

export const NOT_IN_REGION_DOCUMENTS = '本地区文件未提及';

export const NO_DOCUMENTS_FOR_REGION = '本站收录的文件中，没有适用于这个地区的文件。';

export const DIBAO_TIER_NOTE =
  '很多地方按档次（分档）发放低保金，实际金额以乡镇民政核定为准；这里的数字只是按差额估算。';

export const DIBAO_PROPERTY_NOTE =
  '是否能纳入低保，还要看家庭财产等其他条件，不只看收入。';

export const INTERNAL_ERROR = '计算时出了问题，请检查填写的内容后再试。';

/** Whom to ask, in the words a migrant would use. */
export const ASK = {
  village: '村委会（社区居委会）',
  civilAffairs: '乡镇民政',
  villageOrCivilAffairs: '村委会或乡镇民政',
  humanResources: '乡镇人社（就业服务站）',
  school: '安置地学校或县教育局',
  medicalInsurance: '乡镇医保或社保经办窗口',
  disabledFederation: '乡镇残联或民政',
  township: '乡镇人民政府',
  county: '县级人民政府',
} as const;
