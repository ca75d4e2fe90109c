/**
 * "What might this household be entitled to?" — a screen, never a decision. Each item
 * combines a household-level finding (from the answers) with what the region's documents
 * say; a document that is silent contributes nothing, and "不清楚" never rules anything out.
 */
import * as C from './citations.ts';
import { dibaoTopUp } from './dibao.ts';
import { ASK, mayQualify, NOT_IN_REGION_DOCUMENTS, pleaseCheck, PROBABLY_NOT_APPLICABLE } from './messages.ts';
import { numberParameter } from './parameters.ts';
import { documentsFor } from './regions.ts';
import { runRule, type RuleResult } from './result.ts';
import { screenEntitlementsInputSchema, type Household, type Member } from './screen-schema.ts';
import { DOCUMENT_SHORT_NAMES, SCREEN_SOURCES, SCREEN_TITLES, type ScreenItemId } from './screen-sources.ts';

export type Verdict = 'likely' | 'check' | 'not-indicated';

export interface ScreenItem {
  id: ScreenItemId;
  title: string;
  verdict: Verdict;
  reason: string;
  /** Whom to ask next. */
  nextStep: string;
  citations: string[];
}

/** The household-level finding before the documents are consulted. */
interface Finding {
  verdict: Verdict;
  /** Plain sentence about this household (no "可能符合" wrapper). */
  why: string;
  /** Citations that apply whatever the region (national rules). */
  national?: string[];
}

const yes = (v: string | undefined) => v === 'yes';
const unknown = (v: string | undefined) => v === 'unknown';

function employment(h: Household): Finding {
  const candidates = h.members.filter((m) => yes(m.canWork) && yes(m.wantsWork) && !yes(m.employed));
  if (h.members.some((m) => yes(m.employed))) return { verdict: 'not-indicated', why: '家里已经有人就业。' };
  if (candidates.some((m) => m.employed === 'no')) return { verdict: 'likely', why: '家里有人有劳动能力、想找工作，但还没有就业。' };
  if (h.members.some((m) => unknown(m.canWork) || unknown(m.wantsWork) || unknown(m.employed)))
    return { verdict: 'check', why: '家里有人的劳动能力、就业意愿或就业情况还不清楚。' };
  return { verdict: 'not-indicated', why: '家里没有既有劳动能力又想找工作的成员。' };
}

function workers(h: Household, minAge: number): { known: Member[]; unsure: boolean } {
  const adults = h.members.filter((m) => m.age >= minAge);
  return { known: adults.filter((m) => yes(m.canWork)), unsure: adults.some((m) => unknown(m.canWork)) };
}

function training(h: Household): Finding {
  const minAge = numberParameter('guangxi', 'training_focus_min_age');
  const { known, unsure } = workers(h, minAge);
  if (known.some((m) => m.wantsWork !== 'no')) return { verdict: 'likely', why: `家里有${minAge}岁以上、有劳动能力的成员。` };
  if (unsure || known.length > 0) return { verdict: 'check', why: '家里有人是否有劳动能力或培训意愿还不清楚。' };
  return { verdict: 'not-indicated', why: `家里没有${minAge}岁以上、有劳动能力的成员。` };
}

function publicWelfareJobs(h: Household): Finding {
  const { known, unsure } = workers(h, 16);
  if (known.some((m) => !yes(m.employed)) || unsure)
    return { verdict: 'check', why: '公益性岗位数量有限，按条件优先安排；家里有劳动能力但没有就业的成员可以问问。' };
  return { verdict: 'not-indicated', why: '家里有劳动能力的成员都已就业，或没有有劳动能力的成员。' };
}

function dibao(h: Household, region: string): Finding {
  const national = [C.SOCIAL_ASSISTANCE_ART12];
  if (h.propertyWithinRules === 'no') return { verdict: 'not-indicated', why: '家庭财产状况不符合当地规定的，一般不能纳入低保。', national };
  if (h.monthlyIncomeYuan === undefined || h.localDibaoStandardYuan === undefined)
    return { verdict: 'check', why: '填写家庭月收入和当地低保标准后可以估算；是否符合以乡镇民政核定为准。', national };
  const r = dibaoTopUp({
    localStandardYuanPerPersonMonth: h.localDibaoStandardYuan,
    householdSize: h.members.length,
    householdMonthlyIncomeYuan: h.monthlyIncomeYuan,
    region,
  });
  if (!r.ok) return { verdict: 'check', why: '收入或低保标准无法计算，请核实。', national };
  if (!r.eligibleByIncome) return { verdict: 'not-indicated', why: `按填写的收入，${r.working}。`, national };
  const estimate = `按差额估算约 ${r.monthlyYuan} 元/月（${r.working}）。`;
  return h.propertyWithinRules === 'yes'
    ? { verdict: 'likely', why: `家庭人均收入低于当地低保标准，${estimate}`, national }
    : { verdict: 'check', why: `家庭人均收入低于当地低保标准，${estimate}还要看家庭财产是否符合规定。`, national };
}

function transitionalDibao(h: Household): Finding {
  if (h.members.some((m) => yes(m.employed))) return { verdict: 'not-indicated', why: '这项针对暂时没有就业的家庭，家里已经有人就业。' };
  if (h.propertyWithinRules === 'no') return { verdict: 'not-indicated', why: '这项要求家庭财产状况符合规定。' };
  if (h.propertyWithinRules === 'yes' && h.members.every((m) => m.employed === 'no'))
    return { verdict: 'likely', why: '家里暂时没有人就业，家庭财产符合规定；还要看是否因此生活困难。' };
  return { verdict: 'check', why: '家里的就业情况或家庭财产情况还不清楚。' };
}

function extremePoverty(h: Household): Finding {
  const unable = h.members.filter((m) => m.canWork === 'no');
  const unsure = h.members.some((m) => unknown(m.canWork));
  if (unable.length === 0 && !unsure) return { verdict: 'not-indicated', why: '家里的成员都有劳动能力。' };
  if (h.hasSupporter === 'yes') return { verdict: 'not-indicated', why: '这项针对没有赡养人或扶养人的人，你家填写了有赡养人或扶养人。' };
  if (h.members.length === 1 && (h.monthlyIncomeYuan ?? 0) > 0)
    return { verdict: 'not-indicated', why: '这项针对没有生活来源的人，你填写了有收入。' };
  if (unable.length > 0 && h.hasSupporter === 'no' && h.monthlyIncomeYuan === 0)
    return { verdict: 'likely', why: '家里有没有劳动能力、没有收入、也没有赡养人或扶养人的成员；本人自愿的可以集中供养。' };
  return { verdict: 'check', why: '是否有劳动能力、生活来源或赡养人、扶养人，还需要核实。' };
}

function disability(h: Household): Finding {
  return h.members.some((m) => m.disability !== 'none')
    ? { verdict: 'likely', why: '家里有残疾人。' }
    : { verdict: 'not-indicated', why: '家里没有残疾人。' };
}

function insurance(): Finding {
  return { verdict: 'likely', why: '搬迁后，养老保险、医疗保险要在安置地接续参保。' };
}

const STUDENT_STAGES = new Set(['preschool', 'primary', 'junior', 'senior', 'vocational', 'college']);

function school(h: Household): Finding {
  if (h.members.some((m) => m.schoolStage && STUDENT_STAGES.has(m.schoolStage)))
    return { verdict: 'likely', why: '家里有在读的孩子。' };
  if (h.members.some((m) => m.schoolStage === undefined && m.age >= 3 && m.age <= 18))
    return { verdict: 'check', why: '家里有 3 到 18 岁的孩子，请确认是否在读。' };
  return { verdict: 'not-indicated', why: '家里没有在读的学生。' };
}

function monitoring(h: Household): Finding {
  return h.registeredPoor === 'yes'
    ? { verdict: 'likely', why: '你家是脱贫户或监测对象。' }
    : { verdict: 'check', why: '搬迁脱贫户和边缘易致贫户都在监测范围内，是否纳入请核实。' };
}

function careVisits(h: Household): Finding {
  const flagged = h.members.some((m) => yes(m.livesAlone) || yes(m.leftBehind) || yes(m.needsCare) || m.disability !== 'none');
  if (flagged) return { verdict: 'likely', why: '家里有独居、留守、失能或残疾的成员。' };
  const unsure = h.members.some((m) => unknown(m.livesAlone) || unknown(m.leftBehind) || unknown(m.needsCare));
  if (unsure || h.members.some((m) => m.age >= 60)) return { verdict: 'check', why: '家里有老人，或有人是否独居、留守、失能还不清楚。' };
  return { verdict: 'not-indicated', why: '家里没有老人、独居、留守、失能或残疾的成员。' };
}

function focusHousehold(): Finding {
  return { verdict: 'check', why: '重点帮扶对象以村为单位认定，有比例上限；是否认定请向村委会了解。' };
}

const NEXT_STEP: Readonly<Record<ScreenItemId, string>> = {
  'employment': ASK.humanResources, 'training': ASK.humanResources, 'public-welfare-jobs': ASK.humanResources,
  'dibao': ASK.civilAffairs, 'transitional-dibao': ASK.civilAffairs, 'extreme-poverty-support': ASK.civilAffairs,
  'disability': ASK.disabledFederation, 'insurance': ASK.medicalInsurance, 'school': ASK.school,
  'monitoring': ASK.village, 'care-visits': ASK.villageOrCivilAffairs, 'wenzhou-focus-household': ASK.village,
};

function toItem(id: ScreenItemId, finding: Finding, region: string): ScreenItem {
  const sources = documentsFor(region).flatMap((d) => {
    const s = SCREEN_SOURCES[id][d];
    return s ? [{ ...s, doc: d }] : [];
  });
  const national = finding.national ?? [];
  const base = { id, title: SCREEN_TITLES[id], nextStep: NEXT_STEP[id] };
  if (sources.length === 0 && national.length === 0)
    return { ...base, verdict: 'not-indicated', reason: `${NOT_IN_REGION_DOCUMENTS}。`, citations: [] };
  const quoted = sources.map((s) => `${DOCUMENT_SHORT_NAMES[s.doc]}写道：“${s.says}”。`).join('');
  const capped = sources.length > 0 && sources.every((s) => s.cap === 'check');
  const verdict: Verdict = finding.verdict === 'likely' && capped ? 'check' : finding.verdict;
  const lead = verdict === 'likely'
    ? mayQualify(`“${SCREEN_TITLES[id]}”`, base.nextStep)
    : verdict === 'check' ? pleaseCheck(base.nextStep) : PROBABLY_NOT_APPLICABLE;
  const silent = sources.length === 0 ? `${NOT_IN_REGION_DOCUMENTS}，以下依据国家规定。` : '';
  return {
    ...base,
    verdict,
    reason: `${lead}${finding.why}${silent}${quoted}`,
    citations: [...national, ...sources.flatMap((s) => s.citations)],
  };
}

export type ScreenEntitlementsResult = RuleResult<{ items: ScreenItem[]; hasDocuments: boolean }>;

/** Screens a household against the documents of its region (and the levels above it). */
export function screenEntitlements(input: unknown): ScreenEntitlementsResult {
  return runRule(screenEntitlementsInputSchema, input, ({ region, household: h }) => {
    const findings: [ScreenItemId, Finding][] = [
      ['employment', employment(h)],
      ['training', training(h)],
      ['public-welfare-jobs', publicWelfareJobs(h)],
      ['dibao', dibao(h, region)],
      ['transitional-dibao', transitionalDibao(h)],
      ['extreme-poverty-support', extremePoverty(h)],
      ['disability', disability(h)],
      ['insurance', insurance()],
      ['school', school(h)],
      ['monitoring', monitoring(h)],
      ['care-visits', careVisits(h)],
      ['wenzhou-focus-household', focusHousehold()],
    ];
    const items = findings.map(([id, f]) => toItem(id, f, region));
    return {
      ok: true,
      items,
      hasDocuments: documentsFor(region).length > 0,
      citations: items.flatMap((i) => i.citations),
    };
  });
}
