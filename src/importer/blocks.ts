/**
 * Non-numbered lines before and after the provisions: title, 文号, addressee, 附件, signature,
 * date, 抄送 and ordinary paragraphs.
 */
import { chineseNumeralToNumber } from '../lib/numbering.ts';
import type { LocatedBlock, SourceLine } from './types.ts';

const DOC_NUMBER = /^[\u4e00-\u9fffA-Za-z]{1,20}[\s\u3000]*[〔\[［(（][\s\u3000]*\d{4}[\s\u3000]*[〕\]］)）][\s\u3000]*第?\d{1,4}[\s\u3000]*号$/;
const ARABIC_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const CHINESE_DATE = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const ORG_SUFFIX = /(办公室|办公厅|委员会|人民政府|政府|小组|中心|公司|委|厅|局|部|办|院|会|社|所|处|队)$/;
const TITLE_WORDS = /(关于|意见|通知|方案|办法|决定|规定|细则|规划|计划|措施|纲要)/;

/** Reads a printed date ("2018年8月7日", "二〇一八年八月七日") as YYYY-MM-DD, or null. */
export function parsePrintedDate(text: string): string | null {
  const t = text.replace(/[\s\u3000]/g, '');
  let parts: number[] | null = null;
  const arabic = ARABIC_DATE.exec(t);
  if (arabic) parts = [Number(arabic[1]), Number(arabic[2]), Number(arabic[3])];
  const chinese = CHINESE_DATE.exec(t);
  if (chinese) {
    const year = Number([...chinese[1]!].map((d) => '〇一二三四五六七八九'.indexOf(d === '零' ? '〇' : d)).join(''));
    parts = [year, chineseNumeralToNumber(chinese[2]!), chineseNumeralToNumber(chinese[3]!)];
  }
  if (!parts) return null;
  const [y, m, d] = parts as [number, number, number];
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const isDocNumber = (text: string) => DOC_NUMBER.test(text);
export const isCopyTo = (text: string) => /^抄送[:：]/.test(text);
export const isAttachmentLabel = (text: string) => /^附件[\s\u3000]*\d*$/.test(text);
const isAttachmentList = (text: string) => /^附件[\s\u3000]*\d*[:：]/.test(text);
const isAddressee = (text: string) => /[:：]$/.test(text) && text.length <= 60 && !/[。；]|如下/.test(text);
const isTitleLike = (text: string) => text.length <= 120 && TITLE_WORDS.test(text) && !/[。；！？:：]/.test(text);
const isSignatureCandidate = (text: string) =>
  text.length <= 40 && ORG_SUFFIX.test(text) && !/[。，,、:：；;“”《》]/.test(text);

/**
 * Length of the signature block starting at `i`: one or more issuer lines followed by a date line
 * (or a date line alone); 0 when `lines[i]` does not start one.
 */
export function signatureRunLength(lines: readonly SourceLine[], i: number): number {
  let j = i;
  while (j < lines.length && isSignatureCandidate(lines[j]!.text)) j++;
  if (j < lines.length && parsePrintedDate(lines[j]!.text)) return j - i + 1;
  return 0;
}

/** Classifies the non-empty lines of a preamble (expectTitle) or a closing into blocks. */
export function classifyBlocks(lines: readonly SourceLine[], expectTitle: boolean): LocatedBlock[] {
  const present = lines.filter((l) => l.text !== '');
  const blocks: LocatedBlock[] = [];
  let titleNext = expectTitle;
  for (let i = 0; i < present.length; i++) {
    const { text, line } = present[i]!;
    const signature = signatureRunLength(present, i);
    if (signature > 0) {
      for (let k = 0; k < signature; k++) {
        const l = present[i + k]!;
        blocks.push({ kind: k === signature - 1 ? 'date' : 'signature', text: l.text, line: l.line });
      }
      i += signature - 1;
      titleNext = false;
      continue;
    }
    const kind: LocatedBlock['kind'] = isCopyTo(text)
      ? 'copy-to'
      : isAttachmentLabel(text)
        ? 'attachment-label'
        : isAttachmentList(text)
          ? 'attachment-list'
          : isDocNumber(text)
            ? 'doc-number'
            : titleNext && isTitleLike(text)
              ? 'title'
              : isAddressee(text)
                ? 'addressee'
                : 'paragraph';
    blocks.push({ kind, text, line });
    titleNext = kind === 'attachment-label';
  }
  return blocks;
}
