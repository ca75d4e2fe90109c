/**
 * Synonym groups ("concepts") for query understanding and the index: glossary term + aliases +
 * the everyday forms in synonyms.ts, plus the plain-word groups. Each group has one index token
 * (`zq` + 3 digits): every record containing any searchable form of the group carries it, so one
 * Pagefind term finds a whole idea however it is worded.
 */
import { EXTRA_FORMS, PLAIN_GROUPS } from './synonyms.ts';

/** All forms of a glossary term: its printed forms and the everyday ones people type. */
export function termForms(id: string, term: { term: string; aliases: readonly string[] }): string[] {
  return [...new Set([term.term, ...term.aliases, ...(EXTRA_FORMS[id] ?? [])])];
}

/** Equivalence groups: every glossary term's forms (in glossary order), and the plain-word groups. */
export function synonymGroups(glossary: ReadonlyMap<string, { term: string; aliases: readonly string[] }>): string[][] {
  const groups = [...glossary].map(([id, t]) => termForms(id, t));
  for (const [id, forms] of Object.entries(EXTRA_FORMS)) if (!glossary.has(id)) groups.push([...forms]);
  return [...groups, ...PLAIN_GROUPS.map((g) => [...g])];
}

/**
 * The index token of group `index`. Fixed width, so Pagefind's prefix matching of query words
 * never lets one group's token match another's (zq01 would match zq010…zq019).
 */
export function conceptToken(index: number): string {
  if (index < 0 || index > 999) throw new RangeError(`concept group ${index} out of range`);
  return `zq${String(index).padStart(3, '0')}`;
}

/** Forms of a group that are searched for; "~" forms are only recognised in queries. */
export const searchableForms = (group: readonly string[]): string[] => group.filter((f) => !f.startsWith('~'));

/**
 * Concept tokens for a text: one token per occurrence of any searchable form of a group (at most
 * 3, so a long provision does not outrank a focused one just by repetition).
 */
export function conceptTokens(text: string, groups: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  groups.forEach((group, i) => {
    let count = 0;
    for (const form of searchableForms(group)) {
      for (let at = text.indexOf(form); at >= 0 && count < 3; at = text.indexOf(form, at + form.length)) count++;
    }
    for (let k = 0; k < Math.min(count, 3); k++) out.push(conceptToken(i));
  });
  return out;
}
