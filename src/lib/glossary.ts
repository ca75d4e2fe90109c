/**
 * Glossary term matching over verbatim text. Every surface form (term and aliases) goes into a
 * Map keyed by its first character, longest form first, so a text is scanned once and a long
 * form ("农村最低生活保障") wins over a short one inside it ("最低生活保障").
 *
 * Matching never changes the text: it returns offsets, and `glossaryRuns` returns runs whose
 * concatenation is the input (the same contract as highlight.ts splitRuns).
 */
import type { Run } from './highlight.ts';

export interface TermForms {
  /** English code name, e.g. "minimum-living-allowance". */
  id: string;
  /** Main Chinese term, e.g. "低保". */
  term: string;
  /** Other ways the corpus writes it. */
  aliases: readonly string[];
}

export interface TermHit {
  id: string;
  /** The characters matched, exactly as printed. */
  text: string;
  /** Which part of the provision (heading, paragraph i, unit note), as given to the linker. */
  part: number;
  start: number;
  end: number;
}

/** A half-open character range [start, end) in one part, where no link may start or end. */
export interface Blocked {
  part: number;
  start: number;
  end: number;
}

export interface TermMatcher {
  /** Every occurrence in `text`, left to right, longest form at each position, no overlaps. */
  scan(text: string, part?: number): TermHit[];
  /** Form → term id (for tests and diagnostics). */
  readonly forms: ReadonlyMap<string, string>;
}

/** Builds the first-character index. Throws when two terms claim the same form. */
export function buildMatcher(terms: readonly TermForms[]): TermMatcher {
  const forms = new Map<string, string>();
  for (const t of terms) {
    for (const form of [t.term, ...t.aliases]) {
      const owner = forms.get(form);
      if (owner && owner !== t.id) throw new Error(`词汇“${form}”同时属于 ${owner} 和 ${t.id}`);
      forms.set(form, t.id);
    }
  }
  const byFirst = new Map<string, string[]>();
  for (const form of forms.keys()) {
    const first = form[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(form);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  return {
    forms,
    scan(text, part = 0) {
      const hits: TermHit[] = [];
      let i = 0;
      while (i < text.length) {
        const candidates = byFirst.get(text[i]!);
        const form = candidates?.find((f) => text.startsWith(f, i));
        if (form) {
          hits.push({ id: forms.get(form)!, text: form, part, start: i, end: i + form.length });
          i += form.length;
        } else {
          i += 1;
        }
      }
      return hits;
    },
  };
}

/**
 * The first use of each term in a provision, given its parts in reading order (heading,
 * paragraphs, unit note). Occurrences that touch a blocked range (e.g. an annotated passage
 * already wrapped in <mark>) are passed over and the next occurrence is linked instead.
 */
export function firstUses(matcher: TermMatcher, parts: readonly string[], blocked: readonly Blocked[] = []): TermHit[] {
  const seen = new Set<string>();
  const out: TermHit[] = [];
  parts.forEach((text, part) => {
    for (const hit of matcher.scan(text, part)) {
      if (seen.has(hit.id)) continue;
      const clash = blocked.some((b) => b.part === part && hit.start < b.end && b.start < hit.end);
      if (clash) continue;
      seen.add(hit.id);
      out.push(hit);
    }
  });
  return out;
}

/** Runs for one part: term hits get `match` = index into `ids`; joining the runs gives `text`. */
export function glossaryRuns(text: string, hits: readonly TermHit[], ids: readonly string[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    if (h.start < at) continue;
    if (h.start > at) runs.push({ text: text.slice(at, h.start), match: null });
    runs.push({ text: text.slice(h.start, h.end), match: ids.indexOf(h.id) });
    at = h.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), match: null });
  return runs;
}

/**
 * Which provisions use each term (any occurrence), from the text: term id → citation keys in
 * corpus order. `provisions` yields each provision's key and its own text once.
 */
export function termUsage(matcher: TermMatcher, provisions: Iterable<{ key: string; text: string }>): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  for (const p of provisions) {
    const ids = new Set(matcher.scan(p.text).map((h) => h.id));
    for (const id of ids) {
      const list = usage.get(id) ?? [];
      list.push(p.key);
      usage.set(id, list);
    }
  }
  return usage;
}
