/**
 * Which policy documents apply to a place. A place inherits the documents of every
 * level above it, following the GB/T 2260 code chain county → city → province
 * (511703 → 511700 → 510000), so adding a city- or province-level document later makes
 * it apply to every county below without touching the rules.
 */
import * as z from 'zod/mini';
import { preprocess, toHalfWidth } from './input.ts';

export const DOCUMENT_SLUGS = {
  dachuan: 'dachuan-houxu-tuopin',
  wenzhou: 'wenzhou-jingzhun-fupin',
  suixian: 'suixian-anzhiqu-fangan',
  guangxi: 'guangxi-houxu-fuchi',
  anhui: 'anhui-gonggu-chengguo',
} as const;

export type DocumentKey = keyof typeof DOCUMENT_SLUGS;

/** Documents issued for exactly this code (not inherited). */
const DOCUMENTS_BY_CODE: Readonly<Record<string, readonly DocumentKey[]>> = {
  '511703': ['dachuan'],
  '330300': ['wenzhou'],
  '421321': ['suixian'],
  '450000': ['guangxi'],
  '340000': ['anhui'],
};

/** Names people type instead of a code. */
const NAMES: Readonly<Record<string, string>> = {
  达川区: '511703', 达州市达川区: '511703',
  温州市: '330300', 温州: '330300',
  随县: '421321', 随州市随县: '421321',
  广西: '450000', 广西壮族自治区: '450000',
  安徽: '340000', 安徽省: '340000',
};

/** The place names of the regions this site has documents for. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  '511703': '四川省达州市达川区',
  '330300': '浙江省温州市',
  '421321': '湖北省随州市随县',
  '450000': '广西壮族自治区',
  '340000': '安徽省',
};

/**
 * Code the calculators send for "其他地区" (a place this site has no documents for). 100000
 * is not assigned in GB/T 2260 (province codes start at 11), so no document can ever apply
 * to it, and rules answer "本地区文件未提及" instead of guessing.
 */
export const OTHER_REGION = '100000';

/** The code itself, then its city and province codes: 511703 → [511703, 511700, 510000]. */
export function regionChain(code: string): string[] {
  const chain = [code];
  if (code.slice(4) !== '00') chain.push(`${code.slice(0, 4)}00`);
  if (code.slice(2, 4) !== '00') chain.push(`${code.slice(0, 2)}0000`);
  return chain;
}

/** Every document that applies in `code`, own level first. */
export function documentsFor(code: string): DocumentKey[] {
  return regionChain(code).flatMap((c) => DOCUMENTS_BY_CODE[c] ?? []);
}

export function appliesIn(code: string, document: DocumentKey): boolean {
  return documentsFor(code).includes(document);
}

/** A region: a 6-digit GB/T 2260 code, or one of the place names above. */
export const regionSchema = preprocess(
  (raw: string | null | undefined) => {
    if (typeof raw !== 'string') return raw ?? undefined;
    const text = toHalfWidth(raw).trim();
    if (text === '') return undefined;
    return NAMES[text] ?? text;
  },
  z
    .string({ error: (iss) => (iss.input === undefined ? '请选择地区' : '地区代码不对，应为 6 位数字') })
    .check(z.regex(/^[1-9]\d{5}$/, { error: '地区代码不对，应为 6 位数字（如 511703）' })),
);

/** Like {@link regionSchema} but may be left empty. */
export const optionalRegionSchema = preprocess(
  (raw: string | null | undefined) => (raw === '' || raw === null ? undefined : raw),
  z.optional(regionSchema),
);
