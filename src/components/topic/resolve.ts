/**
 * Checks used by the topic components at build time: a citation key must name a provision of
 * the corpus and a quote must be verbatim in that provision. A failure throws, which fails the
 * build with a message naming the key and the quote.
 */
import { getXref } from '../xref/data.ts';
import type { ProvisionRecord } from '../../lib/xref.ts';

export async function resolveCite(cite: string, where: string): Promise<ProvisionRecord> {
  const { xref } = await getXref();
  const p = xref.provisions.get(cite);
  if (!p) throw new Error(`${where}: 引用“${cite}”不存在（应为 <slug>#<anchor>，如 guangxi-houxu-fuchi#p2-10）`);
  return p;
}

export async function resolveQuote(cite: string, text: string, where: string): Promise<ProvisionRecord> {
  const p = await resolveCite(cite, where);
  if (!text || !p.text.includes(text)) {
    throw new Error(`${where}: 引文不是 ${cite} 的原文（须逐字一致，含标点）：“${text}”`);
  }
  return p;
}
