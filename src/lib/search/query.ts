/**
 * Query understanding for policy Chinese: normalise what people type, pull out 文号, split the
 * rest into concepts (a glossary/synonym group or a leftover word), drop question words.
 * Pure; the same code runs in the island and in the unit tests.
 */
import { docNumberTokens, findDocNumbers } from './doc-number.ts';
import { conceptToken, searchableForms } from './expand.ts';

/** One idea in the query: any of its forms may match. */
export interface Concept {
  /** What the reader typed for it. */
  typed: string;
  /** Equivalent forms to search for (Chinese phrases), or ASCII tokens when `raw`. */
  forms: string[];
  /** Forms are ready-made index tokens (文号), not text to encode. */
  raw?: boolean;
  /** Weaker fallbacks: the character pairs of an unknown word ("开网店" → 开网, 网店). */
  partial?: string[];
  /** Synonym group index and its index token (expand.ts conceptToken): one search for the idea. */
  group?: number;
  token?: string;
}

/** Question and function words that carry no policy meaning, longest first when matched. */
const STOPWORDS = [
  '什么时候', '能不能', '可不可以', '有没有', '是不是', '怎么办', '怎么样', '为什么', '哪几个', '哪九个',
  '什么', '怎么', '怎样', '如何', '哪些', '哪个', '哪里', '多少', '多久', '是否', '可以', '能够', '需要',
  '请问', '一下', '我们', '我家', '家里', '政策', '规定', '文件', '要求', '相关', '关于', '以后', '之后',
  '是', '吗', '呢', '吧', '啊', '呀', '么', '的', '了', '有', '能', '会', '要', '给', '让', '被', '把', '和',
  '与', '及', '或', '在', '去', '到', '还', '就', '都', '也', '后', '里', '时', '我', '你', '他', '她', '谁',
  '几', '啥', '咋', '哪', '领', '拿', '讲', '建', '做', '办', '没', '人', '个', '些', '对', '从', '为', '向',
];

/** Full-width → half-width (NFKC), every bracket style → [], punctuation → space, lower case. */
export function normaliseQuery(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[〔【［\[]/gu, '[')
    .replace(/[〕】］\]]/gu, ']')
    .replace(/[“”"'‘’《》〈〉<>?？!！。，,、;；:：…·~～]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Word → index of its synonym group, for longest-match scanning. */
export interface Dictionary {
  groups: readonly (readonly string[])[];
  byFirst: Map<string, { word: string; group: number }[]>;
}

/** Builds the scanning dictionary from synonym groups (see expand.ts). */
export function buildDictionary(groups: readonly (readonly string[])[]): Dictionary {
  const byFirst = new Map<string, { word: string; group: number }[]>();
  groups.forEach((forms, group) => {
    for (const form of forms) {
      const word = form.replace(/^~/u, '');
      const list = byFirst.get(word[0]!) ?? [];
      list.push({ word, group });
      byFirst.set(word[0]!, list);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  return { groups, byFirst };
}

/** Removes stopwords from a leftover run; returns the meaningful pieces. */
function stripStopwords(run: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let i = 0;
  while (i < run.length) {
    const stop = STOPWORDS.find((w) => run.startsWith(w, i));
    if (stop) {
      if (current) pieces.push(current);
      current = '';
      i += stop.length;
    } else {
      current += run[i];
      i += 1;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * The concepts of a query. "搬迁后没有工作能领低保吗" → 搬迁 (group), 工作 (group: 就业 …),
 * 低保 (group: 最低生活保障 …); "84号文 公岗" → 文号 whn84, 公岗 (group: 公益性岗位 …).
 */
export function understandQuery(raw: string, dict: Dictionary): Concept[] {
  let text = normaliseQuery(raw);
  const concepts: Concept[] = [];
  for (const hit of findDocNumbers(text)) {
    concepts.push({ typed: hit.text.trim(), forms: docNumberTokens(hit), raw: true });
    text = text.replace(hit.text, ' ');
  }
  const seenGroups = new Set<number>();
  const leftovers: string[] = [];
  for (const chunk of text.split(' ').filter(Boolean)) {
    let run = '';
    let i = 0;
    while (i < chunk.length) {
      const entry = dict.byFirst.get(chunk[i]!)?.find((e) => chunk.startsWith(e.word, i));
      if (entry) {
        if (run) leftovers.push(run);
        run = '';
        if (!seenGroups.has(entry.group)) {
          seenGroups.add(entry.group);
          const searchable = searchableForms(dict.groups[entry.group]!);
          const own = searchable.includes(entry.word) ? [entry.word] : [];
          concepts.push({ typed: entry.word, forms: [...new Set([...own, ...searchable])], group: entry.group, token: conceptToken(entry.group) });
        }
        i += entry.word.length;
      } else {
        run += chunk[i];
        i += 1;
      }
    }
    if (run) leftovers.push(run);
  }
  for (const run of leftovers) {
    for (const piece of stripStopwords(run)) {
      // A lone Chinese character left over ("后", "房") matches too much to be useful.
      if (/^[\u3400-\u9fff]$/u.test(piece) && concepts.length + leftovers.length > 1) continue;
      const chars = [...piece];
      const pairs = chars.length > 2 && /^[\u3400-\u9fff]+$/u.test(piece) ? chars.slice(1).map((c, k) => chars[k] + c) : [];
      concepts.push({ typed: piece, forms: [piece], ...(pairs.length ? { partial: pairs } : {}) });
    }
  }
  if (concepts.length === 0 && text) concepts.push({ typed: text, forms: [text.replace(/\s+/gu, '')] });
  return concepts;
}

/**
 * True when a query is too short to search usefully: a single Chinese character that is not a
 * word of its own ("公" while typing "公岗" matches every 公X pair, so 公司 and 公共 win).
 */
export function isTooShort(concepts: readonly Concept[]): boolean {
  return concepts.length === 1 && concepts[0]!.token === undefined && !concepts[0]!.raw && /^[\u3400-\u9fff]$/u.test(concepts[0]!.typed);
}
