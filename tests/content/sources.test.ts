import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';

const OURS = 'content/sources';
const SEEDS = '../shared/seeds';
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the raw sources kept in the repo', () => {
  it.skipIf(!existsSync(SEEDS))('are byte-identical to ../shared/seeds/ when that folder exists', () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(readdirSync(OURS).filter((f) => f.endsWith('.txt')).sort()).toEqual(seeds);
    for (const f of seeds) expect(sha(join(OURS, f)), f).toBe(sha(join(SEEDS, f)));
  });

  it('each back exactly one document of the corpus', () => {
    const used = loadCorpus().map((d) => d.data.source.file).sort();
    expect(used).toEqual(readdirSync(OURS).filter((f) => f.endsWith('.txt')).sort());
  });
});
