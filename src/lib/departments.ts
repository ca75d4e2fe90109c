/**
 * 牵头 / 配合 / 责任单位 from the unit notes printed after provisions, normalised and grouped by
 * function across levels.
 *
 * The note is parsed again (not only the importer's arrays) because the separators carry
 * meaning: in "自治区发展改革委、财政厅、人力资源社会保障厅" the names after the first inherit
 * its level prefix (自治区财政厅), while "," starts a new list. Names are never invented beyond
 * that prefix; anything not recognised keeps its printed form and goes to 其他.
 */
import { splitOutsideBrackets } from './split.ts';

export type Role = 'lead' | 'support' | 'responsible';

export const ROLE_NAMES: Record<Role, string> = { lead: '牵头', support: '配合', responsible: '责任' };

export interface UnitMention {
  /** Normalised name, e.g. "自治区财政厅". */
  name: string;
  /** As printed in the note, e.g. "财政厅". */
  printed: string;
  role: Role;
}

/** Level prefixes, longest first; "市场监管局" does not start with the level 市. */
const LEVELS: { prefix: RegExp; level: string; passesOn: boolean }[] = [
  { prefix: /^自治区/u, level: '自治区', passesOn: true },
  { prefix: /^共青团广西/u, level: '自治区', passesOn: false },
  { prefix: /^广西/u, level: '自治区', passesOn: true },
  { prefix: /^设区市/u, level: '市', passesOn: true },
  { prefix: /^团省委/u, level: '省', passesOn: false },
  { prefix: /^团县委/u, level: '县', passesOn: false },
  { prefix: /^省/u, level: '省', passesOn: true },
  { prefix: /^市(?!场)/u, level: '市', passesOn: true },
  { prefix: /^县/u, level: '县', passesOn: true },
  { prefix: /^区/u, level: '区', passesOn: true },
  { prefix: /^各镇/u, level: '乡镇', passesOn: false },
];

/** Government bodies whose prefix may be inherited; banks, companies and units like 消防大队 are not. */
const INHERITS = /(?:厅|局|委|办|部|联|会|社|中心)$/u;
const NEVER_INHERITS = /银行|公司|集团|支行|分行|大队/u;

/** Level of a normalised name, or null when it names none (e.g. 人民银行南宁中心支行). */
export function levelOf(name: string): string | null {
  if (/^设区市、县/u.test(name)) return '市、县';
  return LEVELS.find((l) => l.prefix.test(name))?.level ?? null;
}

/** The prefix a name passes on to the names after it in a 、 list ("自治区党委编办" passes on "自治区"). */
function prefixOf(name: string): string | null {
  const l = LEVELS.find((x) => x.prefix.test(name));
  return l?.passesOn ? name.match(l.prefix)![0] : null;
}


/** Names in one comma group, with level prefixes inherited along the 、 list. */
function namesInGroup(group: string): { name: string; printed: string }[] {
  // Compound subjects printed as one: "各镇、场、景区", "设区市、县(市、区)党委和人民政府".
  if (/^各/u.test(group) || /^设区市、县/u.test(group)) return [{ name: group, printed: group }];
  const out: { name: string; printed: string }[] = [];
  let inherited: string | null = null;
  for (const printed of splitOutsideBrackets(group, '、')) {
    const own = prefixOf(printed);
    let name = printed;
    if (own || levelOf(printed)) inherited = own;
    else if (inherited && levelOf(printed) === null && INHERITS.test(printed) && !NEVER_INHERITS.test(printed)) name = inherited + printed;
    else inherited = null;
    out.push({ name, printed });
  }
  return out;
}

/**
 * Every unit named in a note such as "〔牵头单位:自治区教育厅;配合单位:自治区党委编办,…〕",
 * "(责任单位:县人社局,各镇、场、景区)" or "(省民政厅、省住房城乡建设厅牵头指导推进)".
 */
export function parseUnitNote(note: string): UnitMention[] {
  const body = note.trim().replace(/^[〔(（[]/u, '').replace(/[〕)）\]]$/u, '');
  const out: UnitMention[] = [];
  for (const section of splitOutsideBrackets(body, ';；')) {
    const labelled = /^(牵头单位|配合单位|责任单位)[:：]\s*(.*)$/u.exec(section);
    let role: Role;
    let list: string;
    if (labelled) {
      role = labelled[1] === '牵头单位' ? 'lead' : labelled[1] === '配合单位' ? 'support' : 'responsible';
      list = labelled[2]!;
    } else {
      const trailing = /^(.*?)牵头(?:指导推进|推进|具体落实|负责)?$/u.exec(section);
      if (!trailing) continue;
      role = 'lead';
      list = trailing[1]!;
    }
    for (const group of splitOutsideBrackets(list, ',，')) {
      for (const n of namesInGroup(group.replace(/\s+/gu, ''))) out.push({ ...n, role });
    }
  }
  return out;
}

export interface DepartmentFunction {
  id: string;
  /** Chinese name shown to readers. */
  name: string;
  /** Matches normalised unit names of this function. */
  pattern: RegExp;
}

/** Function groups, checked in order (the first match wins). */
export const DEPARTMENT_FUNCTIONS: readonly DepartmentFunction[] = [
  { id: 'local-government', name: '地方党委和政府', pattern: /^各镇|党委和人民政府$|^设区市、县/u },
  { id: 'party', name: '党委部门', pattern: /组织部|宣传部|编办|纪委|监委/u },
  { id: 'political-legal', name: '政法、司法与信访', pattern: /政法委|司法|信访/u },
  { id: 'human-resources', name: '人力资源和社会保障', pattern: /人力资源社会保障|人社/u },
  { id: 'civil-affairs', name: '民政', pattern: /民政/u },
  { id: 'development-reform', name: '发展改革', pattern: /发展改革|发改/u },
  { id: 'rural-revitalization', name: '乡村振兴与扶贫', pattern: /乡村振兴|扶贫|易地安置中心/u },
  { id: 'natural-resources', name: '自然资源', pattern: /自然资源|国土资源/u },
  { id: 'agriculture', name: '农业农村', pattern: /农业农村/u },
  { id: 'forestry', name: '林业', pattern: /林业/u },
  { id: 'education', name: '教育', pattern: /教育/u },
  { id: 'health', name: '卫生健康与医保', pattern: /卫生健康|卫健|医保/u },
  { id: 'public-security', name: '公安与消防', pattern: /公安|消防/u },
  { id: 'finance', name: '财政与税务', pattern: /财政|税务/u },
  { id: 'housing', name: '住房和城乡建设', pattern: /住房城乡建设|住建/u },
  { id: 'culture-tourism', name: '文化、旅游、体育与广电', pattern: /文化和旅游|体育|广电/u },
  { id: 'commerce-industry', name: '商务、工信与市场监管', pattern: /商务|科经|经济和信息化|工业和信息化|市场监|投资促进|供销/u },
  { id: 'science', name: '科技', pattern: /科技|科协/u },
  { id: 'environment-water', name: '生态环境与水利', pattern: /生态环境|水利/u },
  { id: 'financial-institutions', name: '金融机构与金融监管', pattern: /银行|银保监|金融/u },
  { id: 'utilities', name: '交通、能源、通信与公用事业', pattern: /交通运输|能源|通信|电网|供电|网络公司|邮政|燃气/u },
  { id: 'mass-organizations', name: '群团组织', pattern: /妇联|团省委|团县委|共青团|工会|残联/u },
  { id: 'other', name: '其他', pattern: /.*/u },
];

export function functionOf(name: string): DepartmentFunction {
  return DEPARTMENT_FUNCTIONS.find((f) => f.pattern.test(name))!;
}

/** One unit with every provision it is named in. */
export interface Department {
  name: string;
  level: string | null;
  functionId: string;
  /** Printed forms seen, e.g. ["财政厅", "自治区财政厅"]. */
  printed: string[];
  /** Citation keys by role, in corpus order. */
  provisions: Record<Role, string[]>;
}

/** Index of all departments: name → department. `notes` yields each provision's key and unit note. */
export function indexDepartments(notes: Iterable<{ key: string; note: string }>): Map<string, Department> {
  const index = new Map<string, Department>();
  for (const { key, note } of notes) {
    for (const m of parseUnitNote(note)) {
      let d = index.get(m.name);
      if (!d) {
        d = { name: m.name, level: levelOf(m.name), functionId: functionOf(m.name).id, printed: [], provisions: { lead: [], support: [], responsible: [] } };
        index.set(m.name, d);
      }
      if (!d.printed.includes(m.printed)) d.printed.push(m.printed);
      if (!d.provisions[m.role].includes(key)) d.provisions[m.role].push(key);
    }
  }
  return index;
}

/** Departments grouped by function, groups in DEPARTMENT_FUNCTIONS order, names sorted by level then name. */
export function groupByFunction(index: ReadonlyMap<string, Department>): { fn: DepartmentFunction; departments: Department[] }[] {
  const order = ['自治区', '省', '市', '市、县', '县', '区', '乡镇'];
  const rank = (d: Department) => (d.level ? order.indexOf(d.level) : order.length);
  return DEPARTMENT_FUNCTIONS.map((fn) => ({
    fn,
    departments: [...index.values()]
      .filter((d) => d.functionId === fn.id)
      .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN')),
  })).filter((g) => g.departments.length > 0);
}
