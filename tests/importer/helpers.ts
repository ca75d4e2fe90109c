/** Shared helpers of the importer tests: parse with complete metadata, flatten, collect text. */
import type { Provision, ProvisionInput } from '../../src/schemas/document.ts';
import { parsePolicyText, type ImportOptions, type ImportResult } from '../../src/importer/index.ts';
import { anchorFromPath, parseLabel } from '../../src/lib/numbering.ts';

export const COMPLETE: ImportOptions = {
  sourceFile: 'test.txt',
  level: 'county',
  region: { code: '511703', name: '达州市达川区' },
  shortTitle: '测试',
  workingTitle: '测试文件',
  status: { value: '未知', reason: '测试' },
  sourceNote: '测试',
};

export function parse(text: string): ImportResult {
  return parsePolicyText(text, COMPLETE);
}

type AnyProvision = ProvisionInput | Provision;

/** "anchor label heading" lines of the whole tree, in order. */
export function outline(provisions: readonly AnyProvision[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly AnyProvision[], numbers: number[]) => {
    for (const p of list) {
      const path = [...numbers, parseLabel(p.label)!.number];
      out.push(`${anchorFromPath(path)} ${p.label}${p.heading ? ` ${p.heading}` : ''}`);
      walk(p.children ?? [], path);
    }
  };
  walk(provisions, []);
  return out;
}

/** Every text field of the document in reading order (blocks, labels, headings, paragraphs, notes). */
export function documentText(doc: ImportResult['document']): string {
  const parts: string[] = [];
  for (const b of doc.preamble ?? []) parts.push(b.text);
  const walk = (list: readonly AnyProvision[]) => {
    for (const p of list) {
      parts.push(p.label, p.heading ?? '', ...(p.paragraphs ?? []), p.units?.note ?? '');
      walk(p.children ?? []);
    }
  };
  walk(doc.provisions);
  for (const b of doc.closing ?? []) parts.push(b.text);
  return parts.join('\n');
}

export const noWhitespace = (s: string) => s.replace(/\s/g, '');
