import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { buildMatcher, termUsage } from '../../src/lib/glossary.ts';
import { citationKey, flattenProvisions } from '../../src/lib/provisions.ts';
import { ownText } from '../../src/schemas/document.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';

const dir = join(process.cwd(), 'content', 'glossary');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const terms = files.map((f) => ({ file: f, term: glossaryTermSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));
const topicIds = new Set(readdirSync(join(process.cwd(), 'content', 'topics')).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, '')));

describe('the glossary', () => {
  it('has at least 40 terms', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
  });

  it('names each file after its id', () => {
    for (const t of terms) expect(t.file).toBe(`${t.term.id}.yaml`);
  });

  it('gives every form (term or alias) to one term only', () => {
    const forms = terms.flatMap((t) => [t.term.term, ...t.term.aliases]);
    expect(forms.length).toBe(new Set(forms).size);
  });

  it('uses every term in at least one provision of the corpus', () => {
    const matcher = buildMatcher(terms.map((t) => t.term));
    const provisions = loadCorpus().flatMap((d) => flattenProvisions(d.data.provisions).map((f) => ({ key: citationKey(d.slug, f.anchor), text: ownText(f.provision) })));
    const usage = termUsage(matcher, provisions);
    expect(terms.filter((t) => !usage.has(t.term.id)).map((t) => t.term.term)).toEqual([]);
  });

  it('points only at topics that exist', () => {
    for (const t of terms) for (const topic of t.term.topics) expect(topicIds, `${t.file}: ${topic}`).toContain(topic);
  });

  it('explains in short sentences', () => {
    for (const t of terms) {
      for (const sentence of t.term.plain.split(/[。！？]/u)) expect(sentence.length, `${t.file}: ${sentence}`).toBeLessThanOrEqual(60);
    }
  });
});
