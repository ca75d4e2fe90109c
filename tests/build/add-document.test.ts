/**
 * Adding a document is a data change: put a text in content/sources, run the importer with the
 * facts the text cannot tell, build. Done on a private copy of the project (no file of the real
 * project is touched, no code is edited), with a synthetic county document as the sixth one.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../../scripts/lib/private-build.mjs';
import { writtenPage } from '../../scripts/lib/build-steps.mjs';
import { synthesizeDocument } from '../../scripts/lib/synthetic-corpus.mjs';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { flattenProvisions } from '../../src/lib/provisions.ts';

const SLUG = 'ceshi-houxu-fuchi';
const FILE = '900_synthetic_county.txt';

describe('adding a sixth document needs only a text file and the importer', () => {
  let root = '';
  let dist = '';
  let importOutput = '';
  let buildOutput = '';
  // The text of a synthetic county document (recombined provisions of the real five).
  const expected = synthesizeDocument(0, loadCorpus());

  beforeAll(async () => {
    root = copyProject({ prefix: 'add-document-' });
    writeFileSync(join(root, 'content', 'sources', FILE), expected.source);
    const { stderr } = await promisify(execFile)(
      'npm',
      ['run', 'import', '--', `content/sources/${FILE}`, '--slug', SLUG, '--level', 'county', '--region-code', '520101', '--region-name', '测试省测试县', '--region-note', '规模与导入测试用的合成文件', '--short-title', '测试县后续扶持意见', '--status', '未知', '--status-reason', '合成测试文件，非真实政策', '--source-note', '由测试生成的合成文本'],
      { cwd: root, env: { ...process.env } },
    );
    importOutput = stderr;
    ({ dist, output: buildOutput } = await buildCopy(root));
  }, 600_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('the importer writes a document.yaml that passes validation with the five real documents', () => {
    expect(importOutput).toContain(`content/documents/${SLUG}/document.yaml`);
    const corpus = loadCorpus(root);
    expect(corpus.map((d) => d.slug)).toContain(SLUG);
    expect(corpus).toHaveLength(6);
  });

  it('the build publishes the new document page with every provision at its anchor, verbatim', () => {
    const page = readFileSync(join(dist, 'documents', SLUG, 'index.html'), 'utf8');
    const text = page.replace(/<[^>]+>/g, '');
    const imported = loadCorpus(root).find((d) => d.slug === SLUG)!;
    const flat = flattenProvisions(imported.data.provisions);
    const countExpected = (list: { children?: unknown[] }[]): number => list.reduce((n, p) => n + 1 + countExpected((p.children ?? []) as never), 0);
    expect(flat).toHaveLength(countExpected(expected.data.provisions));
    for (const f of flat) {
      expect(page.includes(`id="${f.anchor}"`), `anchor ${f.anchor}`).toBe(true);
      for (const paragraph of f.provision.paragraphs) expect(text.includes(paragraph), `${f.anchor}: ${paragraph.slice(0, 30)}…`).toBe(true);
    }
  });

  it('the new document is listed, in the sitemap and in the search index, with no code change', () => {
    // Booleans, so a failure does not print a whole page.
    expect(readFileSync(join(dist, 'documents', 'index.html'), 'utf8').includes(`href="/documents/${SLUG}/"`), 'listed on /documents/').toBe(true);
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8').includes(`/documents/${SLUG}/</loc>`), 'in sitemap.xml').toBe(true);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(root, 'src'))).toBe(true);
  });

  // Not about documents, but this is the suite's one full build whose output is kept: the build
  // compresses pages while Astro renders the rest by reading these lines (scripts/build.mjs). An
  // Astro upgrade that prints them differently would not break the site, only slow big builds.
  it("astro build names every page it writes in a line the build can read", () => {
    const written = new Set(buildOutput.split('\n').map(writtenPage).filter(Boolean));
    const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((p) => !written.has(p.split('\\').join('/')))).toEqual([]);
  });
});
