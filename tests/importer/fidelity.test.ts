/**
 * Fidelity: every character of a seed that is not reported chrome ends up in the parsed document,
 * in order — only whitespace may change.
 */
import { describe, expect, it } from 'vitest';
import { removeChrome } from '../../src/importer/index.ts';
import { documentText, noWhitespace, parse } from './helpers.ts';
import { readSource, SEEDS } from './seeds.ts';

describe.each(SEEDS)('$file keeps every character', ({ file }) => {
  const source = readSource(file);
  const result = parse(source);

  it('parses without errors', () => {
    expect(result.errors).toEqual([]);
  });

  it('text fields in order = source without chrome (whitespace aside)', () => {
    expect(noWhitespace(documentText(result.document))).toBe(noWhitespace(removeChrome(source, result.chrome)));
  });

  it('chrome entries are exact substrings of their lines', () => {
    const lines = source.split(/\r\n|\r|\n/);
    for (const entry of result.chrome) expect(lines[entry.line - 1]).toContain(entry.text);
  });
});
