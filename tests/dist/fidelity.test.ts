import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { removeChrome } from '../../src/importer/index.ts';
import { policyText, readPage, sentences, squash } from './page-text.ts';

const corpus = loadCorpus();

describe('fidelity: every sentence of every source is on its built page, verbatim and contiguous', () => {
  it('the corpus holds the five documents', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(5);
  });

  for (const doc of corpus) {
    it(`${doc.slug}: all sentences of ${doc.data.source.file}, less the reported page chrome, appear in the page`, () => {
      const source = readFileSync(`content/sources/${doc.data.source.file}`, 'utf8');
      const kept = removeChrome(source, doc.data.chrome);
      const page = squash(policyText(readPage(`documents/${doc.slug}/index.html`), 'article'));
      const missing = sentences(kept).filter((s) => !page.includes(s));
      expect(missing, `页面中缺少这些句子：\n${missing.join('\n')}`).toEqual([]);
    });

    it(`${doc.slug}: every reported piece of chrome stands on the line it names`, () => {
      const lines = readFileSync(`content/sources/${doc.data.source.file}`, 'utf8').split('\n');
      for (const c of doc.data.chrome) expect(lines[c.line - 1] ?? '', `第 ${c.line} 行`).toContain(c.text);
    });
  }
});
