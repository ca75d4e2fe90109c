/**
 * What the documents require of a resettlement site (安置点/安置区) of a given size.
 * Only obligations of documents that apply in the site's region are listed.
 */
import * as z from 'zod/mini';
import * as C from './citations.ts';
import { compareDates, formatIsoDate, parseIsoDate } from './dates.ts';
import { numberField, optionalDateField } from './input.ts';
import { NO_DOCUMENTS_FOR_REGION } from './messages.ts';
import { dateParameter, numberParameter } from './parameters.ts';
import { documentsFor, regionSchema, type DocumentKey } from './regions.ts';
import { runRule, type RuleResult } from './result.ts';
import { todayInChina } from './today.ts';

export const siteObligationsInputSchema = z
  .object(
    {
      /** GB/T 2260 code of the site's county (or city / province). */
      region: regionSchema,
      /** Number of resettled households at the site. */
      households: numberField({ label: '安置户数', min: 1, max: 200_000, integer: true }),
      /** Number of resettled people at the site. */
      persons: numberField({ label: '安置人数', min: 1, max: 2_000_000, integer: true }),
      /** Date to compare deadlines with; defaults to today's date in China. */
      today: optionalDateField('今天的日期'),
    },
    { error: '请填写地区、安置户数和安置人数' },
  )
  .check(z.refine((v) => v.persons >= v.households, { error: '安置人数不能少于安置户数', path: ['persons'] }));

export type SiteObligationsInput = z.input<typeof siteObligationsInputSchema>;

export interface SiteObligation {
  id: string;
  title: string;
  /** When this applies, in the document's own terms. */
  condition: string;
  /** `YYYY-MM-DD`, or null when the document sets no date. */
  deadline: string | null;
  /** The deadline as the source words it, e.g. "2020年8月底前". */
  deadlineText: string | null;
  status: 'passed' | 'upcoming' | 'none';
  citations: string[];
}

interface Catalogue {
  id: string;
  document: DocumentKey;
  title: string;
  condition: string;
  applies: (site: { households: number; persons: number }) => boolean;
  deadline?: string;
  deadlineText?: string;
  citations: string[];
}

const always = () => true;
const planHouseholds = numberParameter('dachuan', 'site_plan_min_households');
const ninePersons = numberParameter('guangxi', 'nine_centres_min_persons');
const focusPersons = numberParameter('guangxi', 'employment_focus_min_persons');
const taskForcePersons = numberParameter('guangxi', 'employment_task_force_min_persons');
const AUGUST_2020 = '2020年8月底前';

const CATALOGUE: readonly Catalogue[] = [
  { id: 'dachuan-annual-plan', document: 'dachuan', title: '制定年度后续脱贫规划',
    condition: `${planHouseholds}户以上（含${planHouseholds}户）的集中安置点`,
    applies: (s) => s.households >= planHouseholds, deadlineText: '每年（年度规划）', citations: [C.DACHUAN_SITE_PLAN] },
  { id: 'dachuan-household-measures', document: 'dachuan', title: '对每户搬迁对象要有具体帮扶措施并落实到位，并在相关手册中体现',
    condition: '每户搬迁对象', applies: always, citations: [C.DACHUAN_SITE_PLAN] },
  { id: 'dachuan-infrastructure', document: 'dachuan', title: '配套完善安置点水、电、路、基础电信网络及垃圾、污水处理设施等基础设施',
    condition: '所有安置点', applies: always, citations: [C.DACHUAN_FACILITIES] },
  { id: 'wenzhou-piecework', document: 'wenzhou', title: '实现来料加工在异地搬迁小区全覆盖',
    condition: '异地搬迁小区', applies: always, citations: [C.WENZHOU_PIECEWORK] },
  { id: 'wenzhou-ecommerce', document: 'wenzhou', title: '支持在异地搬迁小区设立电商服务网点',
    condition: '异地搬迁小区（支持类措施）', applies: always, citations: [C.WENZHOU_ECOMMERCE] },
  { id: 'suixian-police', document: 'suixian', title: '落实“一村一警（或辅警）”，分阶段推进智慧安防小区建设',
    condition: '根据安置区规模、治安状况等确定', applies: always, citations: [C.SUIXIAN_POLICE] },
  { id: 'suixian-employment-station', document: 'suixian', title: '设立就业服务站，专人负责就业帮扶工作',
    condition: '安置区', applies: always, citations: [C.SUIXIAN_EMPLOYMENT_STATION] },
  { id: 'suixian-service-facilities', document: 'suixian', title: '实现综合服务设施、养老服务设施、儿童之家、殡葬设施有效覆盖',
    condition: '安置区', applies: always, citations: [C.SUIXIAN_SERVICE_FACILITIES] },
  { id: 'suixian-utilities', document: 'suixian', title: '推动邮政、金融、通讯、燃气、电力等公共事业和资源回收商业网点全覆盖',
    condition: '安置区', applies: always, citations: [C.SUIXIAN_UTILITIES] },
  { id: 'guangxi-medical', document: 'guangxi', title: '原则上每个安置点应有医疗卫生服务机构，实现安置点医疗机构全覆盖',
    condition: '每个安置点（附近医疗机构能满足需求的，可升级改造后整合使用）', applies: always,
    deadline: dateParameter('guangxi', 'medical_coverage_deadline'), deadlineText: AUGUST_2020, citations: [C.GUANGXI_MEDICAL] },
  { id: 'guangxi-schools', document: 'guangxi', title: '配套义务教育学校全部建设完成并交付使用',
    condition: '安置规模大、现有教育资源严重不足，需同步配套建设小学、初中的安置点', applies: always,
    deadline: dateParameter('guangxi', 'school_completion_deadline'), deadlineText: AUGUST_2020, citations: [C.GUANGXI_EDUCATION] },
  { id: 'guangxi-nine-centres', document: 'guangxi', title: '完成建设便民利民“九个中心”服务工程',
    condition: `人口规模在${ninePersons}人以上（含${ninePersons}人）的大型安置点`, applies: (s) => s.persons >= ninePersons,
    deadline: dateParameter('guangxi', 'nine_centres_deadline'), deadlineText: AUGUST_2020, citations: [C.GUANGXI_COMMUNITY] },
  { id: 'guangxi-employment-focus', document: 'guangxi', title: '作为解决搬迁群众就业问题的重点区域，予以重点帮扶',
    condition: `搬迁人口规模${focusPersons}人以上（含${focusPersons}人）的安置点（城镇和工业园区安置点不论规模）`,
    applies: (s) => s.persons >= focusPersons, citations: [C.GUANGXI_EMPLOYMENT] },
  { id: 'guangxi-employment-task-force', document: 'guangxi', title: '派出专门就业帮扶工作队，开展就业帮扶专项行动',
    condition: `万人以上（含${taskForcePersons}人）大型安置点`, applies: (s) => s.persons >= taskForcePersons, citations: [C.GUANGXI_EMPLOYMENT] },
  { id: 'guangxi-funeral', document: 'guangxi', title: '将安置点纳入殡葬改革管理范围，解决安置点殡葬和公墓等突出问题',
    condition: '所有安置点', applies: always, citations: [C.GUANGXI_SOCIAL_SECURITY] },
  { id: 'anhui-police', document: 'anhui', title: '为安置区所在地配齐辅警或警务助理',
    condition: '安置区所在地', applies: always,
    deadline: dateParameter('anhui', 'auxiliary_police_deadline'), deadlineText: '2023年底前', citations: [C.ANHUI_POLICE] },
  { id: 'anhui-workshops', document: 'anhui', title: '支持建设就业帮扶车间',
    condition: '“规模较大的安置区”——文件没有给出人数标准，请向县发展改革部门确认', applies: always, citations: [C.ANHUI_WORKSHOPS] },
  { id: 'anhui-network', document: 'anhui', title: '支持推进网络基础设施、应用基础设施等建设，打造数字化社区',
    condition: '“较大型安置区”——文件没有给出人数标准', applies: always, citations: [C.ANHUI_NETWORK] },
  { id: 'anhui-medical', document: 'anhui', title: '确保安置区基本医疗卫生服务全覆盖',
    condition: '所有安置区', applies: always, citations: [C.ANHUI_MEDICAL] },
  { id: 'anhui-monitoring', document: 'anhui', title: '作为防止发生规模性返贫重点区域，建立监测台账，每年至少开展一次集中排查',
    condition: '集中安置区', applies: always, deadlineText: '每年至少一次', citations: [C.ANHUI_MONITORING] },
];

export type SiteObligationsResult = RuleResult<{ items: SiteObligation[]; note: string }>;

/** The obligations the region's documents attach to a site of this size. */
export function siteObligations(input: unknown): SiteObligationsResult {
  return runRule(siteObligationsInputSchema, input, (v) => {
    const today = (v.today && parseIsoDate(v.today)) || todayInChina();
    const docs = documentsFor(v.region);
    const items = CATALOGUE.filter((o) => docs.includes(o.document) && o.applies(v)).map((o): SiteObligation => {
      const deadline = o.deadline ?? null;
      const due = deadline ? parseIsoDate(deadline) : null;
      return {
        id: o.id,
        title: o.title,
        condition: o.condition,
        deadline,
        deadlineText: o.deadlineText ?? null,
        status: !due ? 'none' : compareDates(today, due) > 0 ? 'passed' : 'upcoming',
        citations: o.citations,
      };
    });
    const note = docs.length === 0
      ? NO_DOCUMENTS_FOR_REGION
      : `按 ${formatIsoDate(today)} 判断期限是否已过。“以上”均含本数。`;
    return { ok: true, items, note, citations: items.flatMap((i) => i.citations) };
  });
}
