/**
 * Draft metadata read from the text only: title, issuers, 文号, dates, 依据. What the text does
 * not say stays null with a reason in `missing` — never guessed.
 */
import type { PolicyDocumentInput } from '../schemas/document.ts';
import { parsePrintedDate } from './blocks.ts';
import type { ChromeFacts } from './chrome.ts';
import type { LocatedBlock } from './types.ts';

type Missing = NonNullable<PolicyDocumentInput['missing']>;
type Reference = NonNullable<PolicyDocumentInput['basedOn']>[number];

export interface DraftMetadata {
  title: string | null;
  issuers: string[] | null;
  docNumber: string | null;
  writtenOn: string | null;
  publishedOn: string | null;
  missing: Missing;
  basedOn: Reference[];
}

const ORG_SUFFIX = /(委员会|人民政府|政府|办公室|办公厅|委|厅|局|部|办)$/;

/** "中共广西壮族自治区委员会 广西壮族自治区人民政府 关于…的意见" → issuers + title. */
export function splitIssuersFromTitle(titleLine: string): { issuers: string[]; title: string } | null {
  const parts = titleLine.split(/[\s\u3000]+/).filter(Boolean);
  const at = parts.findIndex((p) => p.startsWith('关于'));
  if (at < 1) return null;
  const issuers = parts.slice(0, at);
  if (!issuers.every((p) => ORG_SUFFIX.test(p))) return null;
  return { issuers, title: parts.slice(at).join(' ') };
}

/**
 * 《title》 and 《title》(文号) cited in the preamble before the words that introduce this
 * document itself (特制定…, 现印发…, 现提出…) — the documents it says it is based on. Titles
 * after those words name the document itself or its attachment, so they are left out.
 */
export function findBasedOn(preamble: readonly LocatedBlock[]): Reference[] {
  const refs: Reference[] = [];
  for (const block of preamble) {
    if (block.kind !== 'paragraph') continue;
    const basis = block.text.split(/特制定|现印发|现提出|制定了|制定本/)[0] ?? '';
    for (const m of basis.matchAll(/《([^《》]+)》(?:[\s\u3000]*[(（]([^()（）]+?号)[\s\u3000]*[)）])?/g)) {
      const docNumber = m[2]?.trim() ?? null;
      refs.push({ title: m[1]!.trim(), docNumber: docNumber && /\d{4}/.test(docNumber) ? docNumber : null, document: null });
    }
  }
  return refs;
}

export function draftMetadata(preamble: readonly LocatedBlock[], closing: readonly LocatedBlock[], facts: ChromeFacts): DraftMetadata {
  const missing: Missing = {};
  const blocks = [...preamble, ...closing];

  const titleBlock = preamble.find((b) => b.kind === 'title');
  const fromTitle = titleBlock ? splitIssuersFromTitle(titleBlock.text) : null;
  const title = fromTitle?.title ?? titleBlock?.text ?? null;
  if (!title) missing.title = '原文未印标题';

  const signatures = blocks.filter((b) => b.kind === 'signature').map((b) => b.text);
  const issuers = signatures.length ? [...new Set(signatures)] : (fromTitle?.issuers ?? null);
  if (!issuers) missing.issuers = '原文未署发文机关（无落款，标题中也未列出）';

  const docNumber = blocks.find((b) => b.kind === 'doc-number')?.text ?? null;
  if (!docNumber) missing.docNumber = '原文未载文号';

  const signedDate = blocks.find((b, i) => b.kind === 'date' && blocks[i - 1]?.kind === 'signature');
  const anyDate = signedDate ?? closing.find((b) => b.kind === 'date');
  const writtenOn = anyDate ? parsePrintedDate(anyDate.text) : null;
  if (!writtenOn) missing.writtenOn = '原文未载成文日期（无落款日期）';

  const publishedOn = facts.publishedOn;
  if (!publishedOn) missing.publishedOn = '原文及页面均未载发布日期';

  return { title, issuers, docNumber, writtenOn, publishedOn, missing, basedOn: findBasedOn(preamble) };
}
