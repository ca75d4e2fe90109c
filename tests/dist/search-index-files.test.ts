import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIndexFiles } from './support/index-files.ts';

const dist = process.env.DIST_DIR ?? 'dist';

describe('the built search index', () => {
  it('has every file whole: no empty entry file, no cut-short chunk, no unreadable JSON', () => {
    const { files, problems } = checkIndexFiles(join(dist, 'pagefind'));
    expect(files).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
