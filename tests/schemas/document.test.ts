import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkCorpus, parseDocumentFile } from '../../src/lib/corpus.ts';
import { flattenProvisions } from '../../src/lib/provisions.ts';

const FILE = 'tests/fixtures/valid/content/documents/sample-doc/document.yaml';
const valid = () => parse(readFileSync(FILE, 'utf8'));

/** Validates a (possibly broken) document and returns the error message, or '' when valid. */
function errorOf(doc: unknown): string {
  try {
    parseDocumentFile('broken.yaml', stringify(doc), 'content/documents/broken/document.yaml');
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the document schema', () => {
  it('accepts a valid document with run-on numbering and a skipped level', () => {
    expect(errorOf(valid())).toBe('');
    const doc = parseDocumentFile(FILE, readFileSync(FILE, 'utf8'));
    expect(flattenProvisions(doc.provisions).map((f) => f.anchor)).toEqual([
      'p1', 'p1-1', 'p1-2', 'p1-2-1', 'p1-2-2', 'p1-3', 'p1-3-3', 'p2', 'p2-4', 'p2-4-4', 'p3', 'p3-5',
    ]);
  });

  it('a numbering gap names the file, the field and the expected number', () => {
    const doc = valid();
    doc.provisions[0].children[1].label = '(三)';
    expect(errorOf(doc)).toContain('content/documents/broken/document.yaml: provisions[0].children[1].label: 编号不连续：“(三)”应为第 2 项');
  });

  it('a repeated number is reported as a repeat', () => {
    const doc = valid();
    doc.provisions[1].label = '一、';
    expect(errorOf(doc)).toMatch(/provisions\[1\]\.label: 编号重复：“一、”/);
  });

  it('an unknown label is rejected with the accepted styles', () => {
    const doc = valid();
    doc.provisions[0].label = '甲、';
    expect(errorOf(doc)).toContain('provisions[0].label: 无法识别的编号“甲、”');
  });

  it('siblings in different numbering styles are rejected', () => {
    const doc = valid();
    doc.provisions[0].children[2].label = '3.';
    expect(errorOf(doc)).toContain('provisions[0].children[2].label: 同级编号样式不一致');
  });

  it('a child numbered in an outer style is rejected', () => {
    const doc = valid();
    doc.provisions[0].children[1].children = [{ label: '一、', paragraphs: ['x'] }];
    expect(errorOf(doc)).toContain('provisions[0].children[1].children[0].label: 编号“一、”的层级');
  });

  it('an annotation must quote the provision it sits on', () => {
    const doc = valid();
    doc.provisions[0].children[0].annotations[0].quote = '不存在的话';
    expect(errorOf(doc)).toContain('provisions[0].children[0].annotations[0].quote: 引文“不存在的话”不在本条原文中');
  });

  it('a null 文号 without a reason is rejected', () => {
    const doc = valid();
    doc.docNumber = null;
    expect(errorOf(doc)).toContain('missing.docNumber: docNumber 为 null（未注明），须在 missing.docNumber 写明原因');
  });

  it('an impossible date is rejected', () => {
    const doc = valid();
    doc.writtenOn = '2020-02-30';
    expect(errorOf(doc)).toContain('writtenOn: 这一天不存在');
  });

  it('a document without a title needs a working title', () => {
    const doc = valid();
    doc.title = null;
    doc.missing.title = '原文无标题';
    expect(errorOf(doc)).toContain('workingTitle: 原文无标题时须给出 workingTitle（编者拟）');
  });

  it('an unknown field type is reported with its path', () => {
    const doc = valid();
    doc.region.code = '45';
    expect(errorOf(doc)).toContain('region.code: 行政区划代码应为 6 位数字');
  });

  it('broken YAML names the file', () => {
    expect(() => parseDocumentFile('x', 'title: [unclosed', 'content/documents/x/document.yaml')).toThrow(
      /content\/documents\/x\/document\.yaml: YAML 语法错误/,
    );
  });
});

describe('a document folder name', () => {
  const corpus = (slug: string) => [{ slug, file: `content/documents/${slug}/document.yaml`, data: { ...parseDocumentFile(FILE, readFileSync(FILE, 'utf8')), basedOn: [] } }];
  const root = 'tests/fixtures/valid';

  it('that is only digits fails, because /documents/2/ is page 2 of the list', () => {
    expect(() => checkCorpus(corpus('2024'), root)).toThrow('content/documents/2024/document.yaml: 文件夹名“2024”不能用作网址：slug 至少要有一个字母');
  });

  it('with capitals or spaces fails with the allowed characters named', () => {
    expect(() => checkCorpus(corpus('Guangxi Plan'), root)).toThrow('slug 只能用小写字母、数字和连字符');
  });

  it('in kebab-case with a letter passes', () => {
    expect(() => checkCorpus(corpus('sample-doc'), root)).not.toThrow();
  });
});
