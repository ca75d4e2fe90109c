/**
 * Dated targets in verbatim text ("到2018年实现…", "2020年8月底前", "2023年底前", "到2025年底"),
 * each with its exact span, the clause around it, and the last day of the period it names.
 * Dates are plain `YYYY-MM-DD` strings; nothing here reads the clock (the build date is passed in).
 */

/** How the text words the period; decides the date and the label shown. */
export type DeadlineWording =
  /** "2020年8月底前" — by the end of that month. */
  | 'month-end'
  /** "2023年底前", "到2020年底" — by the end of that year. */
  | 'year-end'
  /** "到2025年", "2020年实现" — within that year (shown as 年内, dated 12-31). */
  | 'within-year';

export const WORDING_NAMES: Record<DeadlineWording, string> = {
  'month-end': '月底前',
  'year-end': '年底前',
  'within-year': '年内',
};

export interface DatedTarget {
  /** The date expression exactly as printed, e.g. "2020年8月底前". */
  text: string;
  /** Offsets of `text` in the scanned string. */
  start: number;
  end: number;
  /** Last day of the period, `YYYY-MM-DD`. */
  date: string;
  wording: DeadlineWording;
  /** The clause containing the target, verbatim, cut at 。；; or a line break. */
  clause: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Month: "(到|在)?2020年8月(底|末)?前?"; year: "到2025年(底|末)?(前)?", "2023年底前", or a bare year
 * followed by 实现/完成 ("2020年实现…"). Other years (2013年低收入农户数据库, 2023年-2025年) are
 * not targets.
 */
const TARGET = /(?:(到|在|于)\s*)?((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(底|末)?\s*(前)?|(底|末)\s*(前)?|)/gu;

/** Every dated target in `text`, skipping years inside 《》 titles and 文号 brackets. */
export function findDatedTargets(text: string): DatedTarget[] {
  const shielded = shieldedRanges(text);
  const out: DatedTarget[] = [];
  for (const m of text.matchAll(TARGET)) {
    const start = m.index;
    if (shielded.some(([a, b]) => start >= a && start < b)) continue;
    const [, by, yearText, monthText, monthEnd, monthBefore, yearEnd, yearBefore] = m;
    const year = Number(yearText);
    let date: string;
    let wording: DeadlineWording;
    if (monthText) {
      const month = Number(monthText);
      if (month < 1 || month > 12) continue;
      // "2020年8月" alone is a date, not a deadline, unless worded 到/底/前.
      if (!by && !monthEnd && !monthBefore) continue;
      date = `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
      wording = 'month-end';
    } else if (yearEnd || yearBefore) {
      date = `${year}-12-31`;
      wording = 'year-end';
    } else {
      const after = text.slice(start + m[0].length).trimStart();
      if (!by && !/^(?:实现|完成)/u.test(after)) continue;
      date = `${year}-12-31`;
      wording = 'within-year';
    }
    const raw = m[0].trimEnd();
    out.push({ text: raw, start, end: start + raw.length, date, wording, clause: clauseAround(text, start, start + raw.length) });
  }
  return out;
}

/** Ranges of 《…》 and of bracketed years (〔2018〕, (2023年-2025年)) that hold no targets. */
function shieldedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/《[^》]*》|[〔[［][^〕\]］]*[〕\]］]|[(（]\s*\d{4}\s*年?\s*[-—–至]\s*\d{4}\s*年?\s*[)）]/gu)) {
    ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** The clause around [start, end): from the previous 。；; to the next, verbatim. */
function clauseAround(text: string, start: number, end: number): string {
  const stops = /[。；;\n]/u;
  let a = start;
  while (a > 0 && !stops.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !stops.test(text[b]!)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return text.slice(a, b).trim();
}

/** 'past' when the period ended before the build date, else 'upcoming'. */
export function deadlineStatus(date: string, buildDate: string): 'past' | 'upcoming' {
  return date < buildDate ? 'past' : 'upcoming';
}

/** 2020-08-31 → "2020年8月底前"-style label from the normalised date and wording. */
export function deadlineLabel(t: Pick<DatedTarget, 'date' | 'wording'>): string {
  const [y, m] = t.date.split('-').map(Number) as [number, number];
  if (t.wording === 'month-end') return `${y}年${m}月底前`;
  if (t.wording === 'year-end') return `${y}年底前`;
  return `${y}年内`;
}

/** The build date as `YYYY-MM-DD` in China Standard Time (UTC+8), from epoch milliseconds. */
export function buildDateOf(nowMs: number): string {
  const d = new Date(nowMs + 8 * 3600 * 1000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
