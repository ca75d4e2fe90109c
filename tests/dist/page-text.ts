/**
 * The policy text of a built page: the page's HTML with UI blocks ([data-ui],
 * [data-pagefind-ignore]) removed and tags stripped. Used by the fidelity test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';

export const DIST = process.env.DIST_DIR ?? 'dist';

export function readPage(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** Text of `selector` in the page with UI blocks removed. */
export function policyText(html: string, selector = 'main'): string {
  const root = parse(html, { blockTextElements: { script: false, style: false } });
  const scope = root.querySelector(selector);
  if (!scope) throw new Error(`页面中没有 ${selector}`);
  for (const el of scope.querySelectorAll('[data-ui], [data-pagefind-ignore]')) el.remove();
  return scope.textContent;
}

/** Whitespace carries no meaning in this Chinese text; the comparison ignores all of it. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Sentences of a source: split after 。！？；? and at line breaks; empty ones dropped. */
export function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[。！？；?])/)
    .map(squash)
    .filter((s) => s.length > 0);
}
