/**
 * Glossary links for one provision: the first use of each term, avoiding annotated passages
 * (which are already wrapped in <mark>), as character ranges per part for VerbatimText.
 */
import { splitRuns } from '../../lib/highlight.ts';
import { firstUses, type Blocked, type TermHit, type TermMatcher } from '../../lib/glossary.ts';
import { xrefPaths } from '../../lib/xref-paths.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';

export interface TermLink {
  start: number;
  end: number;
  href: string;
  title: string;
  describedBy: string;
}

/** Id of the definition of a term under a provision, for aria-describedby. */
export const definitionId = (anchor: string, termId: string) => `def-${anchor}-${termId}`;

export function provisionTermLinks(
  matcher: TermMatcher,
  glossary: ReadonlyMap<string, GlossaryTerm>,
  anchor: string,
  parts: readonly string[],
  quotes: readonly string[],
): { links: TermLink[][]; used: TermHit[] } {
  const blocked: Blocked[] = [];
  parts.forEach((text, part) => {
    let at = 0;
    for (const r of splitRuns(text, quotes)) {
      if (r.match !== null) blocked.push({ part, start: at, end: at + r.text.length });
      at += r.text.length;
    }
  });
  const used = firstUses(matcher, parts, blocked);
  const links = parts.map((_, part) =>
    used
      .filter((h) => h.part === part)
      .map((h) => ({
        start: h.start,
        end: h.end,
        href: xrefPaths.term(h.id),
        title: `${glossary.get(h.id)?.term ?? h.text}：${glossary.get(h.id)?.plain ?? ''}`,
        describedBy: definitionId(anchor, h.id),
      })),
  );
  return { links, used };
}
