/**
 * Every citation key the rules can emit resolves to a provision in the corpus
 * (the document.yaml files under content/documents, via src/lib/corpus.ts) or is a registered external
 * legal source. Goes green once the corpus lands.
 */
import { describe, expect, it } from 'vitest';
import { listCitationKeys } from '../../src/lib/corpus.ts';
import { CORPUS_CITATION_KEYS } from '../../src/rules/citations.ts';
import { EXTERNAL_SOURCES, isExternalCitation } from '../../src/rules/external-sources.ts';
import { PARAMETERS } from '../../src/rules/parameters.ts';
import { loadScenarioGroups, runScenario } from './scenario-loader.ts';

const corpusKeys = listCitationKeys();
const resolves = (key: string) => corpusKeys.has(key) || isExternalCitation(key);

describe('citation keys resolve', () => {
  it.each([...CORPUS_CITATION_KEYS])('%s is in the corpus', (key) => {
    expect(corpusKeys.has(key)).toBe(true);
  });

  it('external keys are not mistaken for corpus keys', () => {
    for (const key of Object.keys(EXTERNAL_SOURCES)) {
      expect(corpusKeys.has(key)).toBe(false);
      expect(key).not.toMatch(/^[a-z0-9-]+#p[\d-]+$/);
    }
  });

  it('every parameter reference resolves', () => {
    for (const group of Object.values(PARAMETERS)) {
      for (const param of Object.values(group)) for (const v of param.values) expect(resolves(v.reference), v.reference).toBe(true);
    }
  });

  it('every citation emitted over all scenarios resolves', () => {
    const emitted = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'citations' && Array.isArray(v)) v.forEach((c) => emitted.add(String(c)));
          else collect(v);
        }
      }
    };
    for (const group of loadScenarioGroups()) for (const s of group.scenarios) collect(runScenario(group.rule, s));
    expect(emitted.size).toBeGreaterThan(20);
    expect([...emitted].filter((key) => !resolves(key))).toEqual([]);
  });
});
