/** Shared types of the importer: a problem found in the source, named by its line. */
import type { z } from 'astro/zod';
import type { blockSchema, chromeSchema } from '../schemas/document.ts';

/** A problem in the source text; `line` is 1-based in the source file. */
export interface ImportIssue {
  line: number;
  message: string;
}

export type ChromeEntry = z.output<typeof chromeSchema>;
export type BlockKind = z.output<typeof blockSchema>['kind'];

/** One line of the source after page chrome was cut out of it. */
export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** Text with chrome removed and surrounding whitespace trimmed; may be empty. */
  text: string;
}

/** A non-numbered block plus the source line it came from (for metadata and messages). */
export interface LocatedBlock {
  kind: BlockKind;
  text: string;
  line: number;
}

/** Chinese “第 N 行：…” form used in every importer message. */
export function formatIssue(issue: ImportIssue): string {
  return `第 ${issue.line} 行：${issue.message}`;
}
