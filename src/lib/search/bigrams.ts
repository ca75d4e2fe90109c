/**
 * Chinese text as ASCII bigram tokens, shared by the index and the query.
 *
 * Why: Pagefind's Chinese segmenter splits the same words differently in a page and in a short
 * query ("九个中心" in a provision is not found by the query 九个中心), and any query word it
 * splits wrongly makes the whole query miss. Overlapping character pairs, encoded as
 * fixed-length ASCII words (`x` + two 4-digit hex code units), match exactly the same way on
 * both sides: a text contains a phrase when it contains all of the phrase's pairs. A single
 * character becomes a prefix (`x62c6`) that Pagefind's prefix match extends to every pair
 * starting with it. Letters and digits stay as they are.
 */

const hex = (ch: string) => ch.charCodeAt(0).toString(16).padStart(4, '0');
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const ALNUM = /[0-9a-z]/;

/** Runs of Han characters and of ASCII letters/digits; everything else separates. */
function runs(text: string): { han: boolean; text: string }[] {
  const out: { han: boolean; text: string }[] = [];
  for (const ch of text.toLowerCase()) {
    const han = HAN.test(ch);
    if (!han && !ALNUM.test(ch)) {
      out.push({ han: false, text: '' });
      continue;
    }
    const last = out[out.length - 1];
    if (last && last.han === han && last.text) last.text += ch;
    else out.push({ han, text: ch });
  }
  return out.filter((r) => r.text);
}

/** Index side: every pair of adjacent Han characters (and lone characters), ASCII words as-is. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const r of runs(text)) {
    if (!r.han) {
      out.push(r.text);
      continue;
    }
    const chars = [...r.text];
    if (chars.length === 1) out.push(`x${hex(chars[0]!)}`);
    for (let i = 0; i + 1 < chars.length; i++) out.push(`x${hex(chars[i]!)}${hex(chars[i + 1]!)}`);
  }
  return out;
}

/** Query side: the same pairs, deduplicated; a lone character is a prefix of its pairs. */
export function queryTokens(phrase: string): string[] {
  return [...new Set(indexTokens(phrase))];
}
