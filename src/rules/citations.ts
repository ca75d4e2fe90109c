/**
 * Every citation key the rules emit, in one place so a test can check that each one
 * resolves to a provision in the corpus (or is a registered external source).
 *
 * Anchors follow the numbering path of the source: label numbers joined by '-' with a
 * 'p' prefix. Guangxi's (一)…(十五) and Anhui's 1–40 run on across parts, so the running
 * number is kept (Guangxi 二、(十) → p2-10; Anhui 三、35. → p3-35).
 */

const DACHUAN = 'dachuan-houxu-tuopin';
const WENZHOU = 'wenzhou-jingzhun-fupin';
const SUIXIAN = 'suixian-anzhiqu-fangan';
const GUANGXI = 'guangxi-houxu-fuchi';
const ANHUI = 'anhui-gonggu-chengguo';

/** 达川区 — the attachment 《关于加强易地扶贫搬迁后续脱贫发展的指导意见》. */
export const DACHUAN_FACILITIES = `${DACHUAN}#p3-1`; // 三、(一) 完善基础建设
export const DACHUAN_EMPLOYMENT = `${DACHUAN}#p3-3`; // 三、(三) 至少有1人实现就业
export const DACHUAN_TRAINING = `${DACHUAN}#p3-3-1`; // 三、(三)1. 技能培训、培训补贴
export const DACHUAN_JOBS = `${DACHUAN}#p3-3-2`; // 三、(三)2. 公益性岗位优先大龄、残疾人
export const DACHUAN_SOCIAL_SECURITY = `${DACHUAN}#p3-4`; // 三、(四) 低保、特困、养老、残疾补贴
export const DACHUAN_SITE_PLAN = `${DACHUAN}#p4-1`; // 四、(一) 10户以上集中安置点年度规划

/** 温州市 《关于推进精准扶贫增强低收入农户发展能力的实施意见》. */
export const WENZHOU_GOALS = `${WENZHOU}#p1`; // 一、总体目标 有劳动能力的低收入人口基本就业
export const WENZHOU_QUOTA = `${WENZHOU}#p2-1-1`; // 二、(一)1. 5% / 3%
export const WENZHOU_RELAPSE = `${WENZHOU}#p2-1-2`; // 二、(一)2. 增补返贫对象
export const WENZHOU_EXIT = `${WENZHOU}#p2-1-3`; // 二、(一)3. 重点帮扶对象退出
export const WENZHOU_PIECEWORK = `${WENZHOU}#p2-2-5`; // 二、(二)5. 来料加工异地搬迁小区全覆盖
export const WENZHOU_ECOMMERCE = `${WENZHOU}#p2-2-6`; // 二、(二)6. 异地搬迁小区电商服务网点
export const WENZHOU_TRAINING = `${WENZHOU}#p2-3-8`; // 二、(三)8. 培训优先重点帮扶对象
export const WENZHOU_JOBS = `${WENZHOU}#p2-3-9`; // 二、(三)9. 公益性岗位优先重点帮扶对象
export const WENZHOU_EDUCATION_HEALTH = `${WENZHOU}#p2-5-12`; // 二、(五)12. 教育帮扶和健康帮扶
export const WENZHOU_DIBAO = `${WENZHOU}#p2-5-13`; // 二、(五)13. 低保兜底

/** 随县 “稳得住、能致富”安置区实施方案. */
export const SUIXIAN_GOALS = `${SUIXIAN}#p1-2`; // 一、(二) 至少一人就业
export const SUIXIAN_LABOUR_EXPORT = `${SUIXIAN}#p2-2-1`; // 二、(二)1. 有组织劳务输出
export const SUIXIAN_JOBS = `${SUIXIAN}#p2-2-2`; // 二、(二)2. 帮扶车间、公益性岗位
export const SUIXIAN_EMPLOYMENT_STATION = `${SUIXIAN}#p2-2-3`; // 二、(二)3. 就业服务站
export const SUIXIAN_EDUCATION = `${SUIXIAN}#p2-3-2`; // 二、(三)2. 教育资源扩容
export const SUIXIAN_MEDICAL = `${SUIXIAN}#p2-3-3`; // 二、(三)3. 卫生院、卫生室
export const SUIXIAN_SERVICE_FACILITIES = `${SUIXIAN}#p2-3-4`; // 二、(三)4. 综合服务、养老、儿童之家
export const SUIXIAN_UTILITIES = `${SUIXIAN}#p2-3-6`; // 二、(三)6. 邮政、金融等网点全覆盖
export const SUIXIAN_DISABILITY = `${SUIXIAN}#p2-3-7`; // 二、(三)7. 残疾人和丧失劳动能力群众
export const SUIXIAN_POLICE = `${SUIXIAN}#p2-4-5`; // 二、(四)5. 一村一警(或辅警)
export const SUIXIAN_CARE = `${SUIXIAN}#p2-5-2`; // 二、(五)2. 重点关爱特困供养对象、留守人员

/** 广西 《关于进一步强化易地扶贫搬迁后续扶持工作的意见》. */
export const GUANGXI_EDUCATION = `${GUANGXI}#p2-3`; // 二、(三) 强化教育保障
export const GUANGXI_MEDICAL = `${GUANGXI}#p2-4`; // 二、(四) 强化医疗保障
export const GUANGXI_SOCIAL_SECURITY = `${GUANGXI}#p2-5`; // 二、(五) 6个月低保、养老保险
export const GUANGXI_COMMUNITY = `${GUANGXI}#p2-6`; // 二、(六) 800人以上“九个中心”
export const GUANGXI_LAND = `${GUANGXI}#p2-7`; // 二、(七) 拆旧复垦后的土地确权颁证
export const GUANGXI_EMPLOYMENT = `${GUANGXI}#p2-8`; // 二、(八) 就业帮扶 800人 / 万人以上
export const GUANGXI_DEMOLITION = `${GUANGXI}#p2-10`; // 二、(十) 强化拆旧复垦

/** 安徽 《巩固易地扶贫搬迁脱贫成果专项行动方案》. */
export const ANHUI_LABOUR_EXPORT = `${ANHUI}#p2-1-1`; // 二、(一)1. 有组织劳务输出
export const ANHUI_WORKSHOPS = `${ANHUI}#p2-1-2`; // 二、(一)2. 帮扶车间、公益性岗位
export const ANHUI_TRAINING = `${ANHUI}#p2-1-3`; // 二、(一)3. 培训补贴和生活费补助
export const ANHUI_POLICE = `${ANHUI}#p2-3-16`; // 二、(三)16. 2023年底前配齐辅警
export const ANHUI_EDUCATION = `${ANHUI}#p2-4-20`; // 二、(四)20. 义务教育、普惠学位
export const ANHUI_MEDICAL = `${ANHUI}#p2-4-22`; // 二、(四)22. 基本医疗卫生服务全覆盖
export const ANHUI_ELDERLY_CARE = `${ANHUI}#p2-4-23`; // 二、(四)23. 特困集中供养、每周探访
export const ANHUI_SOCIAL_ASSISTANCE = `${ANHUI}#p2-4-25`; // 二、(四)25. 低保、特困救助供养
export const ANHUI_NETWORK = `${ANHUI}#p2-4-27`; // 二、(四)27. 较大型安置区网络设施
export const ANHUI_MONITORING = `${ANHUI}#p3-35`; // 三、35. 集中安置区防止返贫监测

/** Every corpus citation key above, for resolution tests. */
export const CORPUS_CITATION_KEYS: readonly string[] = [
  DACHUAN_FACILITIES, DACHUAN_EMPLOYMENT, DACHUAN_TRAINING, DACHUAN_JOBS,
  DACHUAN_SOCIAL_SECURITY, DACHUAN_SITE_PLAN,
  WENZHOU_GOALS, WENZHOU_QUOTA, WENZHOU_RELAPSE, WENZHOU_EXIT, WENZHOU_PIECEWORK,
  WENZHOU_ECOMMERCE, WENZHOU_TRAINING, WENZHOU_JOBS, WENZHOU_EDUCATION_HEALTH, WENZHOU_DIBAO,
  SUIXIAN_GOALS, SUIXIAN_LABOUR_EXPORT, SUIXIAN_JOBS, SUIXIAN_EMPLOYMENT_STATION,
  SUIXIAN_EDUCATION, SUIXIAN_MEDICAL, SUIXIAN_SERVICE_FACILITIES, SUIXIAN_UTILITIES,
  SUIXIAN_DISABILITY, SUIXIAN_POLICE, SUIXIAN_CARE,
  GUANGXI_EDUCATION, GUANGXI_MEDICAL, GUANGXI_SOCIAL_SECURITY, GUANGXI_COMMUNITY,
  GUANGXI_LAND, GUANGXI_EMPLOYMENT, GUANGXI_DEMOLITION,
  ANHUI_LABOUR_EXPORT, ANHUI_WORKSHOPS, ANHUI_TRAINING, ANHUI_POLICE, ANHUI_EDUCATION,
  ANHUI_MEDICAL, ANHUI_ELDERLY_CARE, ANHUI_SOCIAL_ASSISTANCE, ANHUI_NETWORK, ANHUI_MONITORING,
];

/** External legal sources (see external-sources.ts for their text). */
export const SOCIAL_ASSISTANCE_ART12 = '社会救助暂行办法#第十二条';
export const CIVIL_CODE_ART201 = '民法典#第二百零一条';
export const CIVIL_CODE_ART202 = '民法典#第二百零二条';
export const CIVIL_CODE_ART203 = '民法典#第二百零三条';
