import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chineseNumeral, writeSyntheticCorpus } from '../../scripts/lib/synthetic-corpus.mjs';
import { loadCorpus } from '../../src/lib/corpus.ts';
import { flattenProvisions } from '../../src/lib/provisions.ts';
import { parsePolicyText } from '../../src/importer/index.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generate(total: number) {
  const root = mkdtempSync(join(tmpdir(), 'synthetic-corpus-'));
  dirs.push(root);
  return { root, result: writeSyntheticCorpus({ root, total }) };
}

/** Every file under dir, relative path → content. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.txt'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

describe('the synthetic corpus of the scale benchmark', () => {
  const a = generate(12);
  const corpus = loadCorpus(a.root);
  const synthetic = corpus.filter((d) => d.slug.startsWith('synthetic-'));

  it('N = 12 gives the five real documents and seven synthetic ones, all passing the schema and corpus checks', () => {
    expect(a.result).toMatchObject({ documents: 12, synthetic: 7 });
    expect(corpus).toHaveLength(12);
    expect(corpus.map((d) => d.slug)).toEqual(expect.arrayContaining(['guangxi-houxu-fuchi', 'anhui-gonggu-chengguo', 'dachuan-houxu-tuopin', 'suixian-anzhiqu-fangan', 'wenzhou-jingzhun-fupin']));
  });

  it('the same N writes byte-identical files', () => {
    const b = generate(12);
    expect(snapshot(join(b.root, 'content', 'documents'))).toEqual(snapshot(join(a.root, 'content', 'documents')));
    expect(snapshot(join(b.root, 'content', 'sources'))).toEqual(snapshot(join(a.root, 'content', 'sources')));
  });

  it('synthetic documents have distinct slugs and distinct six-digit region codes, and say they are synthetic', () => {
    expect(new Set(synthetic.map((d) => d.data.region.code)).size).toBe(synthetic.length);
    for (const d of synthetic) {
      expect(d.data.region.code).toMatch(/^\d{6}$/);
      expect(d.data.status.reason).toContain('合成测试');
      expect(d.data.region.note).toContain('非真实');
    }
  });

  it('top-level labels run 一、二、… and second-level labels run on (一)(二)… without gaps', () => {
    for (const d of synthetic) {
      expect(d.data.provisions.map((p) => p.label)).toEqual(d.data.provisions.map((_, i) => `${chineseNumeral(i + 1)}、`));
      const items = d.data.provisions.flatMap((p) => p.children.map((c) => c.label));
      expect(items).toEqual(items.map((_, i) => `(${chineseNumeral(i + 1)})`));
    }
  });

  it('every heading, paragraph and unit note of a synthetic document is in its source text, so the fidelity check would pass', () => {
    for (const d of synthetic) {
      const source = readFileSync(join(a.root, 'content', 'sources', d.data.source.file), 'utf8');
      for (const f of flattenProvisions(d.data.provisions)) {
        for (const text of [f.provision.heading, ...f.provision.paragraphs, f.provision.units?.note]) if (text) expect(source).toContain(text);
      }
    }
  });

  it('the importer reads a synthetic source back into the same provision labels', () => {
    for (const d of synthetic.slice(0, 3)) {
      const text = readFileSync(join(a.root, 'content', 'sources', d.data.source.file), 'utf8');
      const imported = parsePolicyText(text, { sourceFile: d.data.source.file });
      expect(imported.errors).toEqual([]);
      const labels = (list: readonly { label: string; children?: unknown[] }[]): string[] => list.flatMap((p) => [p.label, ...labels((p.children ?? []) as never)]);
      expect(labels(imported.document.provisions as never)).toEqual(labels(d.data.provisions));
    }
  });

  it('chineseNumeral writes the numbers used in labels', () => {
    expect([1, 9, 10, 11, 15, 20, 23].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '十五', '二十', '二十三']);
  });
});
