/**
 * Splits verbatim text into runs so some runs can be wrapped in elements (<mark>, links)
 * without adding or removing a single character: joining the runs gives the text back.
 */
export interface Run {
  text: string;
  /** Index of the matched needle, or null for plain text. */
  match: number | null;
}

/** Marks the first occurrence of each needle (earliest, longest first; no overlaps). */
export function splitRuns(text: string, needles: readonly string[]): Run[] {
  const hits: { start: number; end: number; match: number }[] = [];
  needles.forEach((needle, match) => {
    if (!needle) return;
    let from = 0;
    for (;;) {
      const start = text.indexOf(needle, from);
      if (start < 0) return;
      const end = start + needle.length;
      if (!hits.some((h) => start < h.end && h.start < end)) {
        hits.push({ start, end, match });
        return;
      }
      from = start + 1;
    }
  });
  hits.sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start > at) runs.push({ text: text.slice(at, h.start), match: null });
    runs.push({ text: text.slice(h.start, h.end), match: h.match });
    at = h.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), match: null });
  return runs;
}
