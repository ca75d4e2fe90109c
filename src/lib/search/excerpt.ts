/**
 * Result excerpts from the verbatim text (kept in the record's meta): a window around the first
 * place the query's words occur, as segments so the UI marks them without innerHTML.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

/** Up to `length` characters of `text` around the matched words, with the matches marked. */
export function makeExcerpt(text: string, words: readonly string[], length = 90): Segment[] {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const wanted = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  // Start where the window covers the most (and the rarest) query words, not just the first.
  const positions = new Map(wanted.map((w) => {
    const at: number[] = [];
    for (let i = flat.indexOf(w); i >= 0; i = flat.indexOf(w, i + 1)) at.push(i);
    return [w, at] as const;
  }));
  let best = -1;
  let bestScore = 0;
  for (const at of [...positions.values()].flat().sort((a, b) => a - b)) {
    let score = 0;
    for (const [w, list] of positions) {
      if (list.some((i) => i >= at && i + w.length <= at + (length * 2) / 3)) score += 1 / list.length;
    }
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  const start = best >= 0 ? Math.max(0, best - Math.floor(length / 3)) : 0;
  const end = Math.min(flat.length, start + length);
  const window = flat.slice(start, end);
  const segments: Segment[] = [];
  let plain = start > 0 ? '…' : '';
  let i = 0;
  while (i < window.length) {
    const w = wanted.find((x) => window.startsWith(x, i));
    if (w) {
      if (plain) segments.push({ text: plain, mark: false });
      plain = '';
      segments.push({ text: w, mark: true });
      i += w.length;
    } else {
      plain += window[i];
      i += 1;
    }
  }
  if (end < flat.length) plain += '…';
  if (plain) segments.push({ text: plain, mark: false });
  return segments;
}
