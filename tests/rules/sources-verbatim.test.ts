/**
 * Every quotation a screening result shows must appear word for word in a seed document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { SCREEN_SOURCES } from '../../src/rules/screen-sources.ts';

const DIR = fileURLToPath(new URL('../../content/sources/', import.meta.url));
const corpus = readdirSync(DIR).map((f) => readFileSync(DIR + f, 'utf8')).join('\n');

it('every quoted phrase is verbatim in the sources', () => {
  for (const [item, byDoc] of Object.entries(SCREEN_SOURCES)) {
    for (const [doc, source] of Object.entries(byDoc)) {
      for (const part of source!.says.split('；')) {
        expect(corpus.includes(part), `${item}/${doc}: ${part}`).toBe(true);
      }
    }
  }
});
