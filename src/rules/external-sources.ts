/**
 * Legal sources outside the corpus that rules rely on. Their citation keys look like
 * `<法律名称>#<条>`; unlike corpus keys they do not point at a page on this site.
 *
 * Article text is stored only where it could be checked against several published copies;
 * otherwise the entry carries a short paraphrase flagged `paraphrase: true`.
 */
import {
  CIVIL_CODE_ART201,
  CIVIL_CODE_ART202,
  CIVIL_CODE_ART203,
  SOCIAL_ASSISTANCE_ART12,
} from './citations.ts';

export interface ExternalSource {
  /** Short name as cited, e.g. "民法典". */
  name: string;
  /** Full title with its promulgation reference. */
  fullName: string;
  /** Article number as printed, e.g. "第二百零一条". */
  article: string;
  /** Verbatim article text, or a paraphrase when `paraphrase` is true. */
  text: string;
  /** True when `text` is a summary, not the statute's own words. */
  paraphrase: boolean;
}

export const EXTERNAL_SOURCES: Readonly<Record<string, ExternalSource>> = {
  [CIVIL_CODE_ART201]: {
    name: '民法典',
    fullName: '中华人民共和国民法典',
    article: '第二百零一条',
    text: '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。\n按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。',
    paraphrase: false,
  },
  [CIVIL_CODE_ART202]: {
    name: '民法典',
    fullName: '中华人民共和国民法典',
    article: '第二百零二条',
    text: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。',
    paraphrase: false,
  },
  [CIVIL_CODE_ART203]: {
    name: '民法典',
    fullName: '中华人民共和国民法典',
    article: '第二百零三条',
    text: '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。\n期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。',
    paraphrase: false,
  },
  [SOCIAL_ASSISTANCE_ART12]: {
    name: '社会救助暂行办法',
    fullName: '社会救助暂行办法（国务院令第649号）',
    article: '第十二条',
    text: '对批准获得最低生活保障的家庭，由县级人民政府民政部门按照家庭成员人均收入低于当地最低生活保障标准的差额，按月发给最低生活保障金（大意）。',
    paraphrase: true,
  },
};

/** True for keys of legal sources outside the corpus (they have no page on this site). */
export function isExternalCitation(key: string): boolean {
  return Object.hasOwn(EXTERNAL_SOURCES, key);
}
