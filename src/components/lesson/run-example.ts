/**
 * Runs a lesson's worked example through the real calculator rules at build time and turns
 * each result into what a slide shows: the inputs in words, the working, the result lines and
 * the citations. A rule that rejects the input fails the build (the example is wrong, not the
 * reader), naming the lesson and the rule's own Chinese messages.
 */
import {
  dibaoTopUp, focusHouseholdQuota, planDemolition, REGION_NAMES, screenEntitlements, siteObligations,
  transitionalDibao, VILLAGE_PROTECTION_LABELS,
} from '../../rules/index.ts';
import { formatYuan } from '../../rules/result.ts';
import { formatChineseIso } from '../../rules/dates.ts';
import type { ExampleRun } from '../../schemas/lesson.ts';

/** What one rule run looks like on a slide and on the handout. */
export interface ExampleView {
  /** Heading, e.g. "低保差额估算". */
  title: string;
  /** Calculator page (site path without base) where attendees can try their own numbers. */
  calculator: string;
  inputs: [label: string, value: string][];
  working: string[];
  result: string[];
  citations: string[];
}

const VERDICT_WORDS = { likely: '可能符合', check: '需要核实', 'not-indicated': '文件未指明' } as const;
const DISABILITY_WORDS = { none: '', mild: '，轻度残疾', severe: '，重度残疾' } as const;
const region = (code: unknown) => REGION_NAMES[String(code)] ?? String(code);
const chineseDate = (iso: unknown) => formatChineseIso(String(iso));

function failed(where: string, result: { ok: false; issues: { message: string }[] }): never {
  throw new Error(`${where}：例子的输入不被计算规则接受：${result.issues.map((i) => i.message).join('；')}`);
}

/** Run one example rule; `where` names the lesson in error messages. */
export function runExample(run: ExampleRun, where: string): ExampleView {
  const i = run.input as Record<string, unknown>;
  const show = <T extends { id: string }>(items: T[]) => (run.only.length ? items.filter((x) => run.only.includes(x.id)) : items);
  switch (run.rule) {
    case 'dibao': {
      const r = dibaoTopUp(i);
      if (!r.ok) failed(where, r);
      return {
        title: '低保差额估算', calculator: 'calculators/dibao/',
        inputs: [
          ...(i.region ? [['地区', region(i.region)] as [string, string]] : []),
          ['当地低保标准（假设）', `${formatYuan(Number(i.localStandardYuanPerPersonMonth))} 元/人·月`],
          ['共同生活的家庭人数', `${i.householdSize} 人`],
          ['全家每月总收入', `${formatYuan(Number(i.householdMonthlyIncomeYuan))} 元`],
        ],
        working: [r.working],
        result: [r.eligibleByIncome ? `每月差额约 ${formatYuan(r.monthlyYuan)} 元` : '按收入计算没有差额', ...r.notes],
        citations: r.citations,
      };
    }
    case 'transitional-dibao': {
      const r = transitionalDibao(i);
      if (!r.ok) failed(where, r);
      return {
        title: '广西：在安置地申请 6 个月低保', calculator: 'calculators/dibao/',
        inputs: [['地区', region(i.region)], ['每月低保金额', `${formatYuan(Number(i.monthlyYuan))} 元`]],
        working: [r.reason],
        result: [r.applies ? `${r.months} 个月合计约 ${formatYuan(r.totalYuan)} 元` : '本地区文件未提及'],
        citations: r.citations,
      };
    }
    case 'demolition': {
      const r = planDemolition(i);
      if (!r.ok) failed(where, r);
      return {
        title: '旧房拆除期限', calculator: 'calculators/demolition/',
        inputs: [
          ['地区', region(i.region)],
          ['实际入住新房', chineseDate(i.movedInOn)],
          ['旧房类型', i.houseType === 'self-built-detached' ? '自建独立房' : '与亲属（邻居）共居（共建）连体房'],
          ['村落情况', VILLAGE_PROTECTION_LABELS[i.villageProtection as keyof typeof VILLAGE_PROTECTION_LABELS] ?? String(i.villageProtection)],
          ...(i.today ? [['按哪一天计算', chineseDate(i.today)] as [string, string]] : []),
        ],
        working: [r.working],
        result: [
          r.mustDemolish && r.deadline ? `最迟 ${chineseDate(r.deadline)} 前整体拆除旧房` : (r.exemption?.path ?? '不需要拆除'),
          ...(r.daysLeft !== null && r.daysLeft >= 0 ? [`按 ${chineseDate(i.today)} 计算，还有 ${r.daysLeft} 天`] : []),
          '奖励：原则上在旧房拆除的当月兑现',
        ],
        citations: r.citations,
      };
    }
    case 'quota': {
      const r = focusHouseholdQuota(i);
      if (!r.ok) failed(where, r);
      return {
        title: '温州：重点帮扶对象名额上限', calculator: 'calculators/quota/',
        inputs: [['地方类型', i.areaType === 'county' ? '县' : '区或县级市'], ['农村户籍人数', `${formatYuan(Number(i.ruralHukouPopulation))} 人`]],
        working: [r.working],
        result: [`一般不超过约 ${formatYuan(r.maxPersons)} 人`],
        citations: r.citations,
      };
    }
    case 'site': {
      const r = siteObligations(i);
      if (!r.ok) failed(where, r);
      return {
        title: '安置点要有哪些服务', calculator: 'calculators/site/',
        inputs: [['地区', region(i.region)], ['安置户数', `${i.households} 户`], ['安置人数', `${i.persons} 人`]],
        working: [`把 ${i.persons} 人、${i.households} 户和文件里的规模门槛比较（${r.note}）`],
        result: show(r.items).map((x) => `${x.title}${x.deadlineText ? `（${x.deadlineText}）` : ''}`),
        citations: [...new Set(show(r.items).flatMap((x) => x.citations))],
      };
    }
    case 'screener': {
      const r = screenEntitlements(i);
      if (!r.ok) failed(where, r);
      const household = i.household as { members: { age: number; canWork: boolean; wantsWork: boolean; employed: boolean; disability: keyof typeof DISABILITY_WORDS }[] };
      return {
        title: '待遇自查', calculator: 'calculators/screener/',
        inputs: [
          ['地区', region(i.region)],
          ...household.members.map((m, n) => [`家庭成员 ${n + 1}`, `${m.age} 岁，${m.canWork ? '有劳动能力' : '没有劳动能力'}${m.wantsWork ? '，想工作' : ''}${m.employed ? '，已就业' : '，还没有就业'}${DISABILITY_WORDS[m.disability]}`] as [string, string]),
        ],
        working: ['按每个成员的年龄、劳动能力、就业和残疾情况，逐项对照本地区的文件'],
        // Never a promise: every "可能符合" names whom to confirm with, as the calculator does.
        result: show(r.items).map((x) => `${x.title}：${VERDICT_WORDS[x.verdict]}${x.verdict === 'not-indicated' ? '' : `，请向${x.nextStep}确认`}`),
        citations: [...new Set(show(r.items).flatMap((x) => x.citations))],
      };
    }
  }
}
