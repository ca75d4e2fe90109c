/**
 * 文号 (document numbers) in any form people type them: 达川脱贫攻坚办[2018]84号,
 * 〔2018〕84号, （2018）84号, 2018年84号, "84号文", with or without the issuer. Pagefind splits
 * brackets and digits unpredictably, so both the index and the query carry one canonical ASCII
 * token per 文号: `wh2018n84` (year and number) and `whn84` (number only, for "84号文").
 */

/** A 文号 found in text. */
export interface DocNumberHit {
  /** The characters matched. */
  text: string;
  /** Issuer prefix as typed ("达川脱贫攻坚办"), or "" when none. */
  issuer: string;
  year: string | null;
  number: string;
}

const OPEN = '\\[〔［【(（';
const CLOSE = '\\]〕］】)）';
/** issuer? [year]? number 号 文? — the issuer is Chinese characters right before the year bracket. */
const WITH_YEAR = new RegExp(`([\\u4e00-\\u9fff]{0,16}?)\\s*[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,4})\\s*号`, 'gu');
const PLAIN_YEAR = /([\u4e00-\u9fff]{0,16}?)\s*(\d{4})\s*年?\s*第?\s*(\d{1,4})\s*号/gu;
const NUMBER_ONLY = /(?<![\d\]〕］】)）])(\d{1,4})\s*号\s*(?:文件?|令)/gu;

/** Every 文号 in `text`, left to right, longest form first at a position. */
export function findDocNumbers(text: string): DocNumberHit[] {
  const hits: (DocNumberHit & { index: number })[] = [];
  const taken: [number, number][] = [];
  const add = (m: RegExpExecArray, issuer: string, year: string | null, number: string) => {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && a < end)) return;
    taken.push([start, end]);
    hits.push({ index: start, text: m[0], issuer: issuer.trim(), year, number: String(Number(number)) });
  };
  for (const m of text.matchAll(WITH_YEAR)) add(m, m[1] ?? '', m[2]!, m[3]!);
  for (const m of text.matchAll(PLAIN_YEAR)) add(m, m[1] ?? '', m[2]!, m[3]!);
  for (const m of text.matchAll(NUMBER_ONLY)) add(m, '', null, m[1]!);
  return hits.sort((a, b) => a.index - b.index).map(({ index: _index, ...h }) => h);
}

/** Canonical search tokens of a 文号: ["wh2018n84", "whn84"], or ["whn84"] without a year. */
export function docNumberTokens(hit: Pick<DocNumberHit, 'year' | 'number'>): string[] {
  const n = `whn${hit.number}`;
  return hit.year ? [`wh${hit.year}n${hit.number}`, n] : [n];
}

/**
 * Index-side words for a printed 文号: the canonical tokens, the punctuation-free form
 * (达川脱贫攻坚办2018年84号) and "84号文", so every way of typing it finds the document.
 */
export function docNumberIndexWords(printed: string): string[] {
  const hit = findDocNumbers(printed.replace(/\s+/gu, ''))[0];
  if (!hit) return [];
  const plain = hit.year ? `${hit.issuer}${hit.year}年${hit.number}号` : `${hit.number}号`;
  return [...docNumberTokens(hit), plain, `${hit.number}号文`, ...(hit.issuer ? [hit.issuer] : [])];
}
