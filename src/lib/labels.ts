/** Chinese labels for coded values, in one place (UI text shared by pages). */
import type { PolicyDocument } from '../schemas/document.ts';
import { formatChineseIso } from '../rules/dates.ts';

export const LEVEL_NAMES: Record<PolicyDocument['level'], string> = {
  province: '省级',
  city: '市级',
  county: '县级',
};

export const ANNOTATION_KIND_NAMES: Record<PolicyDocument['provisions'][number]['annotations'][number]['kind'], string> = {
  typo: '疑似错字',
  duplicate: '重复',
  garbled: '语句残缺',
  unclear: '含义不明',
};

export const CHROME_KIND_NAMES: Record<PolicyDocument['chrome'][number]['kind'], string> = {
  'site-metadata': '网页栏目信息',
  'share-widget': '分享按钮',
  'leave-site-prompt': '离站提示',
  'news-lead-in': '新闻导语',
  'site-category': '网站栏目前缀',
  'display-controls': '显示设置（文字大小/背景色）',
};

/** Shown wherever a value is not stated by the source. */
export const UNKNOWN = '未注明';

/** 2018-08-07 → 2018年8月7日; null → 未注明. */
export function formatDate(iso: string | null): string {
  return (iso && formatChineseIso(iso)) || UNKNOWN;
}

export const SITE_NAME = '搬迁政策通';
export const DISCLAIMER = '本站整理公开政策原文，便于查阅和学习，不是官方发布渠道。具体待遇以当地政府和主管部门的认定为准，请向村委会、乡镇民政或有关部门确认。';
