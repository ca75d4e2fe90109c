/**
 * The importer: raw Chinese policy text → a draft `document.yaml` object matching documentSchema.
 * Pure (no fs); scripts/import.ts does the files and the command line.
 */
import type { PolicyDocumentInput } from '../schemas/document.ts';
import { classifyBlocks, isAttachmentLabel, isCopyTo, parsePrintedDate, signatureRunLength } from './blocks.ts';
import { chromeFacts, cleanLines, detectChrome } from './chrome.ts';
import { readLabel, splitRunOnLabels } from './labels.ts';
import { draftMetadata } from './metadata.ts';
import { buildTree, type ProvisionLine } from './tree.ts';
import type { ChromeEntry, ImportIssue, LocatedBlock, SourceLine } from './types.ts';

export { removeChrome, detectChrome, describeChrome } from './chrome.ts';
export { decodeUtf8 } from './encoding.ts';
export { formatIssue, type ChromeEntry, type ImportIssue } from './types.ts';

/** Facts the text cannot tell (from CLI flags); missing ones become placeholders that fail validation. */
export interface ImportOptions {
  /** File name in content/sources/. */
  sourceFile: string;
  level?: PolicyDocumentInput['level'];
  region?: PolicyDocumentInput['region'];
  shortTitle?: string;
  workingTitle?: string;
  status?: PolicyDocumentInput['status'];
  sourceNote?: string;
}

export interface ImportResult {
  /** The draft document (placeholders where `toFill` says so). */
  document: PolicyDocumentInput;
  chrome: ChromeEntry[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Fields a human must fill before the document validates. */
  toFill: string[];
}

/** Marks a value the importer cannot know; it is chosen so that documentSchema rejects it. */
export const PLACEHOLDER = '待填（导入程序无法从原文得知，请人工填写）';

interface Sections {
  preamble: SourceLine[];
  provisionLines: ProvisionLine[];
  closing: SourceLine[];
}

/** Splits the cleaned lines into preamble, numbered part and closing. */
function splitSections(lines: readonly SourceLine[], errors: ImportIssue[], warnings: ImportIssue[]): Sections {
  const present = lines.filter((l) => l.text !== '');
  const first = present.findIndex((l) => readLabel(l.text));
  if (first < 0) return { preamble: [...present], provisionLines: [], closing: [] };
  const provisionLines: ProvisionLine[] = [];
  const closing: SourceLine[] = [];
  for (let i = first; i < present.length; i++) {
    const { text, line } = present[i]!;
    if (closing.length) {
      if (readLabel(text) && !parsePrintedDate(text)) errors.push({ line, message: `落款、日期或抄送之后又出现编号“${readLabel(text)!.label.label}”，无法判断其归属` });
      closing.push({ text, line });
      continue;
    }
    if (signatureRunLength(present, i) > 0 || isCopyTo(text) || isAttachmentLabel(text)) {
      closing.push({ text, line });
      continue;
    }
    // "…(省发展改革委牵头指导推进) 抄送:…" — the 抄送 may trail the last provision on its line.
    const copyTo = text.search(/[\s\u3000]抄送[:：]/);
    const main = copyTo > 0 ? text.slice(0, copyTo).trim() : text;
    if (readLabel(main)) {
      const pieces = splitRunOnLabels(main);
      if (pieces.length > 1) warnings.push({ line, message: `一行含 ${pieces.length} 个编号，已拆开：${pieces.map((p) => `“${readLabel(p)!.label.label}”`).join('、')}` });
      for (const piece of pieces) {
        const { label, rest } = readLabel(piece)!;
        provisionLines.push({ type: 'label', line, label, rest });
      }
    } else {
      provisionLines.push({ type: 'body', line, text: main });
    }
    if (copyTo > 0) closing.push({ text: text.slice(copyTo).trim(), line });
  }
  return { preamble: present.slice(0, first), provisionLines, closing };
}

export function parsePolicyText(text: string, options: ImportOptions): ImportResult {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const toFill: string[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const chrome = body.trim() === '' ? [] : detectChrome(body);
  const lines = cleanLines(body, chrome);
  if (body.trim() === '') errors.push({ line: 1, message: '文件为空' });

  const { preamble, provisionLines, closing } = splitSections(lines, errors, warnings);
  if (body.trim() !== '' && provisionLines.length === 0) {
    const firstLine = lines.find((l) => l.text !== '')?.line ?? 1;
    errors.push({ line: firstLine, message: '全文未找到编号条款（一、 (一) 1. (1) 第X章 第X条）；无法建立条款结构' });
  }
  const tree = buildTree(provisionLines);
  errors.push(...tree.errors);

  const preambleBlocks = classifyBlocks(preamble, true);
  const closingBlocks = classifyBlocks(closing, false);
  const facts = chromeFacts(chrome);
  const meta = draftMetadata(preambleBlocks, closingBlocks, facts);

  const need = <T>(value: T | undefined, field: string, placeholder: T): T => {
    if (value !== undefined) return value;
    toFill.push(field);
    return placeholder;
  };
  const workingTitle = options.workingTitle ?? null;
  if (meta.title === null && workingTitle === null) toFill.push('workingTitle（原文无标题，须给出编者拟题）');

  const document: PolicyDocumentInput = {
    title: meta.title,
    workingTitle,
    shortTitle: need(options.shortTitle, 'shortTitle（≤16 字简称）', `${PLACEHOLDER}：简称`),
    issuers: meta.issuers,
    docNumber: meta.docNumber,
    writtenOn: meta.writtenOn,
    publishedOn: meta.publishedOn,
    missing: meta.missing,
    level: need(options.level, 'level（province / city / county）', PLACEHOLDER as 'county'),
    region: need(options.region, 'region（code：GB/T 2260 六位代码；name；必要时 note）', { code: PLACEHOLDER, name: PLACEHOLDER }),
    source: {
      file: options.sourceFile,
      site: facts.site,
      note: options.sourceNote ?? draftSourceNote(facts.pageInfo),
    },
    status: need(options.status, 'status（value：现行 / 已失效 / 未知；reason）', { value: PLACEHOLDER as '未知', reason: PLACEHOLDER }),
    basedOn: meta.basedOn,
    preamble: toBlocks(preambleBlocks),
    provisions: tree.provisions,
    closing: toBlocks(closingBlocks),
    chrome,
  };
  return { document, chrome, errors: sortIssues(errors), warnings: sortIssues(warnings), toFill };
}

function draftSourceNote(pageInfo: readonly string[]): string {
  return pageInfo.length ? `网页所载：${pageInfo.join('；')}` : '原文未载来源信息';
}

const toBlocks = (blocks: readonly LocatedBlock[]) => blocks.map(({ kind, text }) => ({ kind, text }));
const sortIssues = (issues: ImportIssue[]) => [...issues].sort((a, b) => a.line - b.line);
