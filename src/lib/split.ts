/** Text splitting shared by the importer and the department index. */

const OPEN = '(（[［〔';
const CLOSE = ')）]］〕';

/**
 * Splits `text` on any of `separators` that stands outside brackets, trimming and dropping
 * empty parts: "设区市、县(市、区)党委" on "、" → ["设区市", "县(市、区)党委"].
 */
export function splitOutsideBrackets(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.includes(ch)) depth++;
    if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
