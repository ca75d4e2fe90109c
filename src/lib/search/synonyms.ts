/**
 * How people say it vs. how the documents print it. The glossary (content/glossary/*.yaml) lists
 * the forms the documents use; these are the extra everyday words and abbreviations a cadre or a
 * migrant types, keyed by glossary term id where one exists. Each group is a set of equivalents:
 * a query word from a group also searches the others, and a provision using any glossary form
 * of the term is indexed under these words too.
 *
 * Only words a reader would really type go here — never a policy claim.
 */
export const EXTRA_FORMS: Readonly<Record<string, readonly string[]>> = {
  'minimum-living-allowance': ['低保', '最低生活保障', '吃低保', '低保户', '兜底'],
  'public-welfare-jobs': ['公岗', '公益岗', '公益岗位'],
  relocation: ['易迁', '扶贫搬迁', '异地搬迁', '易地搬迁'],
  'demolition-reclamation': ['拆旧', '旧房拆除', '拆老房', '复垦'],
  'farmers-night-school': ['夜校', '农民夜校'],
  'resident-medical-insurance': ['医保', '医疗保险', '医疗保障', '看病报销'],
  'resident-pension': ['养老保险', '社保'],
  'employee-pension': ['职工养老', '养老保险'],
  'extreme-poverty-support': ['特困', '五保', '集中供养', '特困供养'],
  'skills-training': ['技能培训', '职业培训', '学手艺'],
  'assistance-workshops': ['扶贫车间', '帮扶车间', '就业车间'],
  'nine-centres': ['九个中心'],
  'left-behind-children': ['留守儿童'],
  'resettlement-site': ['安置点', '安置区', '安置社区', '小区'],
  'place-of-resettlement': ['安置地', '迁入地'],
  'place-of-origin': ['迁出地', '老家'],
  'settle-hukou': ['落户', '户口'],
  'poverty-microcredit': ['小额信贷', '扶贫贷款', '贷款'],
  'startup-guarantee-loan': ['创业担保贷款', '创业贷款'],
  'work-relief': ['以工代赈'],
  'property-management': ['物业'],
  'changing-customs': ['移风易俗', '红白喜事', '大操大办'],
  'labour-export': ['外出务工', '劳务输出', '出去打工', '打工'],
};

/**
 * Everyday words with no glossary term: each group lists equivalents. The first word is the
 * one the documents use most. A word starting with "~" is recognised in a query but not
 * searched for itself, because the documents use it for everything (工作 = 后续扶持工作).
 */
export const PLAIN_GROUPS: readonly (readonly string[])[] = [
  ['旧房', '老房子', '老房', '旧宅'],
  ['拆除', '拆', '拆掉'],
  ['就业', '~工作', '找工作', '上班', '没活干', '~没工作', '务工'],
  ['老年人', '老人', '老年'],
  ['学校', '上学', '读书', '就学', '入学'],
  ['医疗', '看病', '就医'],
  ['残疾人', '残疾'],
  ['奖励', '奖金', '补贴'],
  ['培训', '讲课', '上课'],
  ['800人以上', '800人'],
  ['万人以上', '一万人', '上万人'],
  ['殡葬', '丧葬', '墓地', '公墓'],
  ['治安', '安全', '警务'],
  // 零就业家庭: the documents set the target "家庭至少有1人实现就业" / "至少一人就业".
  ['至少一人就业', '至少有1人实现就业', '至少1人就业', '零就业家庭', '~零就业', '~没有一个人有工作', '~一个人都没工作', '~没人有工作', '~家里没人上班'],
];
