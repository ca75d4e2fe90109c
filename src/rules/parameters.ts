/**
 * Runtime copy of `content/parameters/*.yaml`, so rules work unchanged in Vitest, Astro
 * pages and browser islands without a YAML parser. The YAML files stay the human-edited
 * source of truth: tests/rules/parameters.test.ts fails if the two ever differ.
 */
import * as C from './citations.ts';
import type { ParameterFile } from './parameters-schema.ts';

const DACHUAN_DATE = '2018-08-07';
const WENZHOU_DATE = '2016-09-02';
const GUANGXI_UNDATED = '本站收录的文本未注明成文日期';
const SUIXIAN_UNDATED = '本站收录的文本未注明成文日期';
const ANHUI_UNDATED = '本站收录的文本未注明成文日期（2025-04-07 是转载页面的日期）';

export const PARAMETERS = {
  dachuan: {
    site_plan_min_households: {
      description: '须制定年度后续脱贫规划的集中安置点规模（户，含本数：“10户以上”）',
      unit: 'household',
      values: [{ date: DACHUAN_DATE, value: 10, reference: C.DACHUAN_SITE_PLAN }],
    },
    min_employed_per_household: {
      description: '有劳动能力和就业意愿的家庭至少实现就业的人数',
      unit: 'person',
      values: [{ date: DACHUAN_DATE, value: 1, reference: C.DACHUAN_EMPLOYMENT }],
    },
    min_trainings_per_worker: {
      description: '有培训意愿和劳动能力的搬迁群众至少接受职业培训的次数',
      unit: 'times',
      values: [{ date: DACHUAN_DATE, value: 1, reference: C.DACHUAN_TRAINING }],
    },
  },
  wenzhou: {
    focus_household_max_rate_county: {
      description: '5个县的重点帮扶对象一般不超过农村户籍人数的比例',
      unit: 'ratio',
      values: [{ date: WENZHOU_DATE, value: 0.05, reference: C.WENZHOU_QUOTA }],
    },
    focus_household_max_rate_district_or_city: {
      description: '4区2市的重点帮扶对象一般不超过农村户籍人数的比例',
      unit: 'ratio',
      values: [{ date: WENZHOU_DATE, value: 0.03, reference: C.WENZHOU_QUOTA }],
    },
  },
  guangxi: {
    transitional_dibao_months: {
      description: '搬迁群众可以在安置地申请低保救助的月数',
      unit: 'month',
      values: [{ date: null, value: 6, reference: C.GUANGXI_SOCIAL_SECURITY, note: GUANGXI_UNDATED }],
    },
    demolition_period_years: {
      description: '自建独立房在实际入住新房后拆除旧房的期限（年）',
      unit: 'year',
      values: [{ date: null, value: 2, reference: C.GUANGXI_DEMOLITION, note: GUANGXI_UNDATED }],
    },
    nine_centres_min_persons: {
      description: '须建设“九个中心”的大型安置点人口规模（人，含本数：“800人以上”）',
      unit: 'person',
      values: [{ date: null, value: 800, reference: C.GUANGXI_COMMUNITY, note: GUANGXI_UNDATED }],
    },
    nine_centres_deadline: {
      description: '800人以上大型安置点完成“九个中心”服务工程的期限',
      unit: 'date',
      values: [{ date: null, value: '2020-08-31', reference: C.GUANGXI_COMMUNITY, note: '原文：2020年8月底前' }],
    },
    medical_coverage_deadline: {
      description: '原则上实现安置点医疗机构全覆盖的期限',
      unit: 'date',
      values: [{ date: null, value: '2020-08-31', reference: C.GUANGXI_MEDICAL, note: '原文：2020年8月底前' }],
    },
    school_completion_deadline: {
      description: '安置点配套义务教育学校全部建设完成并交付使用的期限',
      unit: 'date',
      values: [{ date: null, value: '2020-08-31', reference: C.GUANGXI_EDUCATION, note: '原文：2020年8月底前' }],
    },
    employment_focus_min_persons: {
      description: '作为解决就业问题重点区域的安置点搬迁人口规模（人，含本数：“800人以上”）',
      unit: 'person',
      values: [{ date: null, value: 800, reference: C.GUANGXI_EMPLOYMENT, note: GUANGXI_UNDATED }],
    },
    employment_task_force_min_persons: {
      description: '派出专门就业帮扶工作队的大型安置点规模（人，含本数：“万人以上”）',
      unit: 'person',
      values: [{ date: null, value: 10000, reference: C.GUANGXI_EMPLOYMENT, note: GUANGXI_UNDATED }],
    },
    training_focus_min_age: {
      description: '职业技能培训重点对象的最低年龄（“16周岁以上”）',
      unit: 'age',
      values: [{ date: null, value: 16, reference: C.GUANGXI_EMPLOYMENT, note: GUANGXI_UNDATED }],
    },
    min_employed_per_household: {
      description: '有劳动能力且有就业意愿的家庭至少实现就业的人数（“1人以上”）',
      unit: 'person',
      values: [{ date: null, value: 1, reference: C.GUANGXI_EMPLOYMENT, note: GUANGXI_UNDATED }],
    },
  },
  suixian: {
    min_employed_per_household: {
      description: '有劳动能力和就业意愿的搬迁家庭至少实现就业的人数（到2025年的目标）',
      unit: 'person',
      values: [{ date: null, value: 1, reference: C.SUIXIAN_GOALS, note: SUIXIAN_UNDATED }],
    },
  },
  anhui: {
    auxiliary_police_deadline: {
      description: '为安置区所在地配齐辅警或警务助理的期限',
      unit: 'date',
      values: [{ date: null, value: '2023-12-31', reference: C.ANHUI_POLICE, note: '原文：2023年底前' }],
    },
    monitoring_min_screenings_per_year: {
      description: '对搬迁群众每年至少开展集中排查的次数',
      unit: 'times',
      values: [{ date: null, value: 1, reference: C.ANHUI_MONITORING, note: ANHUI_UNDATED }],
    },
    care_visits_per_week: {
      description: '为特殊困难搬迁群众每周提供探访关爱服务的次数',
      unit: 'times',
      values: [{ date: null, value: 1, reference: C.ANHUI_ELDERLY_CARE, note: ANHUI_UNDATED }],
    },
  },
} as const satisfies Record<string, ParameterFile>;

type Files = typeof PARAMETERS;

/** The latest value of a numeric parameter. */
export function numberParameter<F extends keyof Files>(file: F, name: keyof Files[F]): number {
  const param = PARAMETERS[file][name] as { values: readonly { value: number | string }[] };
  const value = param.values[param.values.length - 1]?.value;
  if (typeof value !== 'number') throw new Error(`parameter ${String(file)}.${String(name)} is not a number`);
  return value;
}

/** The latest value of a date parameter (`YYYY-MM-DD`). */
export function dateParameter<F extends keyof Files>(file: F, name: keyof Files[F]): string {
  const param = PARAMETERS[file][name] as { values: readonly { value: number | string }[] };
  const value = param.values[param.values.length - 1]?.value;
  if (typeof value !== 'string') throw new Error(`parameter ${String(file)}.${String(name)} is not a date`);
  return value;
}

/** The reference (citation key) of a parameter's latest value. */
export function parameterReference<F extends keyof Files>(file: F, name: keyof Files[F]): string {
  const param = PARAMETERS[file][name] as { values: readonly { reference: string }[] };
  return param.values[param.values.length - 1]?.reference ?? '';
}
