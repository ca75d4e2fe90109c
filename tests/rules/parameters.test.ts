/**
 * content/parameters/*.yaml is the human-edited source of truth; src/rules/parameters.ts
 * is its runtime copy. They must be equal, valid, and every value must cite a provision.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_CITATION_KEYS } from '../../src/rules/citations.ts';
import { isExternalCitation } from '../../src/rules/external-sources.ts';
import { parameterFileSchema } from '../../src/rules/parameters-schema.ts';
import { PARAMETERS } from '../../src/rules/parameters.ts';

const DIR = fileURLToPath(new URL('../../content/parameters/', import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('parameters', () => {
  it('has one YAML file per runtime group', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, ''))).toEqual(Object.keys(PARAMETERS).sort());
  });

  for (const file of files) {
    const name = file.replace(/\.yaml$/, '') as keyof typeof PARAMETERS;
    const yaml = parse(readFileSync(DIR + file, 'utf8'));

    it(`${file} matches the schema`, () => {
      const result = parameterFileSchema.safeParse(yaml);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    });

    it(`${file} equals src/rules/parameters.ts`, () => {
      expect(yaml).toEqual(JSON.parse(JSON.stringify(PARAMETERS[name])));
    });
  }

  it('every value cites a known provision or external source', () => {
    for (const group of Object.values(PARAMETERS)) {
      for (const param of Object.values(group)) {
        for (const v of param.values) {
          expect(CORPUS_CITATION_KEYS.includes(v.reference) || isExternalCitation(v.reference), v.reference).toBe(true);
        }
      }
    }
  });
});
