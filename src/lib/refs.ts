/**
 * Finds references to other documents in verbatim text: 文号 such as 达川脱贫攻坚办[2018]84号,
 * 川脱贫办发〔2018〕26号 or "发改办振兴 〔2023〕242号", and titles in 《…》 (with 〈…〉 inside).
 * A title immediately followed by its 文号 in brackets is one reference.
 *
 * Pure and index-free: each text is scanned once with two regular expressions.
 */

/** One reference as it occurs in a text. */
export interface TextReference {
  /** Title as cited, without 《》 and with spaces removed, or null when only a 文号 is cited. */
  title: string | null;
  /** 文号 in canonical form (〔〕 brackets, no spaces), or null when only a title is cited. */
  docNumber: string | null;
  /** The exact characters of the citation in the text, e.g. "《…》(川脱贫办发〔2018〕26号)". */
  raw: string;
  /** Offset of `raw` in the text. */
  start: number;
  end: number;
}

const OPEN = '〔\\[［(（';
const CLOSE = '〕\\]］)）';
/**
 * Issuer code (Chinese characters, 1–12), optional spaces, year in any bracket, serial number,
 * 号. Spaces are allowed around the brackets because the Anhui page prints "发改办振兴 〔2023〕242号".
 */
const DOC_NUMBER = new RegExp(`([\\u4e00-\\u9fff]{1,12})\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*(\\d{1,4})\\s*号`, 'gu');
/** 《…》 possibly containing 〈…〉 or a nested 《…》; no line breaks inside. */
const TITLE = /《((?:[^《》\n]|《[^《》\n]*》)+)》/gu;
/** What may sit between a title and its 文号: spaces and an opening bracket. */
const TITLE_NUMBER_GAP = /^\s*[(（]\s*$/u;

/** Words that end a sentence fragment before an issuer code, e.g. "根据川脱贫办发…" → drop "根据". */
const LEAD_WORDS = /^(?:根据|按照|依据|依照|贯彻|落实|执行|印发|参照|对照|结合|和|及|与|、)+/u;

/** Canonical 文号: issuer + 〔year〕 + number + 号, no spaces, e.g. "发改办振兴〔2023〕242号". */
export function normalizeDocNumber(text: string): string | null {
  const m = new RegExp(DOC_NUMBER.source, 'u').exec(text.trim());
  if (!m) return null;
  return `${m[1]!.replace(LEAD_WORDS, '')}〔${m[2]}〕${Number(m[3])}号`;
}

/** The 文号 without brackets, as people type it into a search box: "发改办振兴2023242号". */
export function compactDocNumber(docNumber: string): string {
  return docNumber.replace(/[\s〔〕[\]［］()（）]/gu, '');
}

/**
 * Canonical title for matching: spaces removed, nested 《》 and ⟨⟩/<> shown as 〈〉, half-width
 * parentheses as full-width. "关于印发 〈巩固…方案 〉的通知" → "关于印发〈巩固…方案〉的通知".
 */
export function normalizeTitle(title: string): string {
  return title
    .replace(/\s+/gu, '')
    .replace(/[《⟨<]/gu, '〈')
    .replace(/[》⟩>]/gu, '〉')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）');
}

/** Every 文号 and 《》 title in `text`, in order of position. */
export function findReferences(text: string): TextReference[] {
  const titles: TextReference[] = [];
  for (const m of text.matchAll(TITLE)) {
    titles.push({ title: normalizeTitle(m[1]!), docNumber: null, raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  const numbers: TextReference[] = [];
  for (const m of text.matchAll(DOC_NUMBER)) {
    const lead = m[1]!.match(LEAD_WORDS)?.[0].length ?? 0;
    const start = m.index + lead;
    const issuer = m[1]!.slice(lead);
    if (!issuer) continue;
    // A 文号-like run inside a title (e.g. a year range) belongs to the title, not to the text.
    if (titles.some((t) => start >= t.start && start < t.end)) continue;
    numbers.push({
      title: null,
      docNumber: `${issuer}〔${m[2]}〕${Number(m[3])}号`,
      raw: m[0].slice(lead),
      start,
      end: m.index + m[0].length,
    });
  }
  const out: TextReference[] = [];
  const paired = new Set<TextReference>();
  for (const t of titles) {
    const n = numbers.find((x) => !paired.has(x) && x.start >= t.end && TITLE_NUMBER_GAP.test(text.slice(t.end, x.start)));
    if (n) {
      paired.add(n);
      const close = /^\s*[)）]/u.exec(text.slice(n.end));
      const end = n.end + (close ? close[0].length : 0);
      out.push({ title: t.title, docNumber: n.docNumber, raw: text.slice(t.start, end), start: t.start, end });
    } else {
      out.push(t);
    }
  }
  for (const n of numbers) if (!paired.has(n)) out.push(n);
  return out.sort((a, b) => a.start - b.start);
}
