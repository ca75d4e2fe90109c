/**
 * What each document says on each screening topic: a short verbatim quote (punctuation as
 * in the source) and the provisions to cite. A document missing from a topic is silent on
 * it. `cap: 'check'` marks provisions too general to say more than "worth asking about".
 */
import * as C from './citations.ts';
import type { DocumentKey } from './regions.ts';

export interface SourceSays {
  says: string;
  citations: string[];
  cap?: 'check';
}

export type ScreenItemId =
  | 'employment' | 'training' | 'public-welfare-jobs' | 'dibao' | 'transitional-dibao'
  | 'extreme-poverty-support' | 'disability' | 'insurance' | 'school' | 'monitoring'
  | 'care-visits' | 'wenzhou-focus-household';

export const DOCUMENT_SHORT_NAMES: Readonly<Record<DocumentKey, string>> = {
  dachuan: '达川区文件',
  wenzhou: '温州市文件',
  suixian: '随县文件',
  guangxi: '广西文件',
  anhui: '安徽文件',
};

export const SCREEN_TITLES: Readonly<Record<ScreenItemId, string>> = {
  'employment': '就业帮扶',
  'training': '职业技能培训和培训补贴',
  'public-welfare-jobs': '公益性岗位',
  'dibao': '最低生活保障（低保）',
  'transitional-dibao': '在安置地申请6个月低保（广西）',
  'extreme-poverty-support': '特困人员救助供养（可自愿集中供养）',
  'disability': '残疾人补贴和保障',
  'insurance': '养老保险、医疗保险接续',
  'school': '子女上学',
  'monitoring': '防止返贫监测帮扶',
  'care-visits': '探访关爱（老人、独居、留守、残疾等）',
  'wenzhou-focus-household': '低收入农户重点帮扶对象（温州）',
};

type Sources = Readonly<Record<ScreenItemId, Partial<Record<DocumentKey, SourceSays>>>>;

export const SCREEN_SOURCES: Sources = {
  'employment': {
    dachuan: { says: '家庭至少有1人实现就业', citations: [C.DACHUAN_EMPLOYMENT] },
    guangxi: { says: '确保有劳动能力且有就业意愿家庭1人以上实现就业', citations: [C.GUANGXI_EMPLOYMENT] },
    suixian: { says: '有劳动能力和就业意愿的搬迁家庭实现至少一人就业', citations: [C.SUIXIAN_GOALS, C.SUIXIAN_EMPLOYMENT_STATION] },
    anhui: { says: '促进有外出务工意愿的搬迁群众外出务工就业', citations: [C.ANHUI_LABOUR_EXPORT, C.ANHUI_WORKSHOPS] },
    wenzhou: { says: '有劳动能力的低收入人口基本就业', citations: [C.WENZHOU_GOALS] },
  },
  'training': {
    dachuan: { says: '按规定落实培训补贴和职业技能鉴定补贴政策,确保有培训意愿和劳动能力的搬迁群众至少接受1次职业培训', citations: [C.DACHUAN_TRAINING] },
    guangxi: { says: '对有培训意愿的搬迁劳动力全员培训', citations: [C.GUANGXI_EMPLOYMENT] },
    anhui: { says: '对符合条件的按规定给予培训补贴和生活费补助', citations: [C.ANHUI_TRAINING] },
    wenzhou: { says: '农村劳动力素质提升培训计划优先安排重点帮扶对象的培训', citations: [C.WENZHOU_TRAINING], cap: 'check' },
  },
  'public-welfare-jobs': {
    dachuan: { says: '公益性岗位并优先安排用于搬迁户中的大龄、残疾人及其家庭的劳动力', citations: [C.DACHUAN_JOBS] },
    guangxi: { says: '统筹开发保洁保绿、治安协管、护河护路、孤寡老人和留守儿童看护等各类公益性岗位', citations: [C.GUANGXI_EMPLOYMENT] },
    suixian: { says: '优先安置无法外出、无业可扶且有能力胜任岗位工作的搬迁群众', citations: [C.SUIXIAN_JOBS] },
    anhui: { says: '统筹用好乡村公益性岗位,安置符合条件的就业困难搬迁群众就业', citations: [C.ANHUI_WORKSHOPS] },
    wenzhou: { says: '农村公益性岗位优先安排给重点帮扶对象', citations: [C.WENZHOU_JOBS] },
  },
  'dibao': {
    dachuan: { says: '以户为单位计算搬迁家庭总收入后,按标施保、应补尽补', citations: [C.DACHUAN_SOCIAL_SECURITY] },
    guangxi: { says: '易地扶贫搬迁修建或购置的房产不作为纳入安置地最低生活保障的限制条件', citations: [C.GUANGXI_SOCIAL_SECURITY] },
    anhui: { says: '对符合条件的低收入人口及时纳入低保或特困人员救助供养范围', citations: [C.ANHUI_SOCIAL_ASSISTANCE] },
    wenzhou: { says: '确保应保尽保', citations: [C.WENZHOU_DIBAO] },
  },
  'transitional-dibao': {
    guangxi: { says: '搬迁群众暂时无就业和产业支撑导致生活困难,且家庭财产状况符合规定的,可以在安置地申请6个月的低保救助', citations: [C.GUANGXI_SOCIAL_SECURITY] },
  },
  'extreme-poverty-support': {
    dachuan: { says: '对无劳动力、无生活来源、无赡养人或扶养人的特困搬迁人员,在自愿基础上实行集中供养', citations: [C.DACHUAN_SOCIAL_SECURITY] },
    anhui: { says: '对符合条件的低收入人口及时纳入低保或特困人员救助供养范围', citations: [C.ANHUI_SOCIAL_ASSISTANCE, C.ANHUI_ELDERLY_CARE] },
    suixian: { says: '重点关爱特困供养对象', citations: [C.SUIXIAN_CARE, C.SUIXIAN_DISABILITY], cap: 'check' },
  },
  'disability': {
    dachuan: { says: '加大对残疾搬迁群众的关爱帮持力度,组织发放好残疾人扶贫对象生活费补贴', citations: [C.DACHUAN_SOCIAL_SECURITY] },
    suixian: { says: '加大对安置区残疾人和丧失劳动能力群众的保障力度', citations: [C.SUIXIAN_DISABILITY], cap: 'check' },
    guangxi: { says: '提升妇女和残疾人就业水平', citations: [C.GUANGXI_EMPLOYMENT], cap: 'check' },
  },
  'insurance': {
    guangxi: { says: '搬迁群众可自愿参加安置地城乡居民基本养老保险；引导搬迁群众自愿参加安置地城乡居民基本医疗保险或城镇职工基本医疗保险', citations: [C.GUANGXI_SOCIAL_SECURITY, C.GUANGXI_MEDICAL] },
    dachuan: { says: '做好迁出地和安置地养老保险关系结转,引导搬迁群众积极参保续保', citations: [C.DACHUAN_SOCIAL_SECURITY] },
    wenzhou: { says: '完善城乡居民基本医疗保险、大病保险、医疗救助', citations: [C.WENZHOU_EDUCATION_HEALTH], cap: 'check' },
  },
  'school': {
    guangxi: { says: '让搬迁群众适龄子女在安置地公办学校接受义务教育,并继续享受相关补助政策', citations: [C.GUANGXI_EDUCATION] },
    wenzhou: { says: '落实各类教育资助政策,不让一名学生因贫困而辍学', citations: [C.WENZHOU_EDUCATION_HEALTH] },
    anhui: { says: '满足适龄儿童就学需求', citations: [C.ANHUI_EDUCATION], cap: 'check' },
    suixian: { says: '提高学前教育和义务教育的办学水平', citations: [C.SUIXIAN_EDUCATION], cap: 'check' },
    dachuan: { says: '切实解决好搬迁户就学、就医及就地就业问题', citations: [C.DACHUAN_FACILITIES], cap: 'check' },
  },
  'monitoring': {
    anhui: { says: '每年至少开展一次集中排查,定期掌握搬迁群众的返贫致贫风险', citations: [C.ANHUI_MONITORING] },
    wenzhou: { says: '对因病、因灾等原因容易返贫的农户,村两委要及时组织审核和评议', citations: [C.WENZHOU_RELAPSE], cap: 'check' },
  },
  'care-visits': {
    anhui: { says: '为空巢、独居、留守、高龄、失能、残疾、计生特殊家庭等特殊困难搬迁群众每周提供一次探访关爱服务', citations: [C.ANHUI_ELDERLY_CARE] },
    suixian: { says: '重点关爱特困供养对象、留守老人、留守儿童、留守妇女和残疾人等群体', citations: [C.SUIXIAN_CARE] },
    guangxi: { says: '一个老年服务中心,为老年人特别是空巢老人、留守老人、高龄老人等提供关爱服务', citations: [C.GUANGXI_COMMUNITY], cap: 'check' },
  },
  'wenzhou-focus-household': {
    wenzhou: { says: '认定一批收入低、负担重、能力弱、无吸毒酗酒恶习的低收入农户作为重点帮扶对象', citations: [C.WENZHOU_QUOTA, C.WENZHOU_EXIT], cap: 'check' },
  },
};
