/**
 * Walks a document's provision tree: anchors, numbering paths and citation text.
 * Pure; used by pages, search, the citation graph and the rules' citation checks.
 */
import type { PolicyDocument, Provision } from '../schemas/document.ts';
import { anchorFromPath, parseLabel } from './numbering.ts';

export interface FlatProvision {
  provision: Provision;
  /** HTML id, e.g. "p2-10". */
  anchor: string;
  /** Printed labels from the top, e.g. ["二、", "(十)"]. */
  labels: string[];
  /** Depth, 1 for top-level provisions. */
  depth: number;
  /** Anchor of the parent provision, or null at the top. */
  parentAnchor: string | null;
}

/** All provisions in document order with their anchors. */
export function flattenProvisions(provisions: readonly Provision[]): FlatProvision[] {
  const out: FlatProvision[] = [];
  const walk = (list: readonly Provision[], numbers: number[], labels: string[], parentAnchor: string | null) => {
    for (const provision of list) {
      const number = parseLabel(provision.label)?.number ?? 0;
      const path = [...numbers, number];
      const anchor = anchorFromPath(path);
      const here = [...labels, provision.label.trim()];
      out.push({ provision, anchor, labels: here, depth: path.length, parentAnchor });
      walk(provision.children, path, here, anchor);
    }
  };
  walk(provisions, [], [], null);
  return out;
}

/** The title shown for a document: the printed one, or the editor's with “（编者拟）”. */
export function displayTitle(doc: Pick<PolicyDocument, 'title' | 'workingTitle'>): string {
  return doc.title ?? `${doc.workingTitle ?? '未注明'}（编者拟）`;
}

/** Human citation, e.g. 《关于进一步强化易地扶贫搬迁后续扶持工作的意见》二、(十). */
export function citationText(doc: Pick<PolicyDocument, 'title' | 'workingTitle' | 'docNumber'>, labels: readonly string[]): string {
  const title = doc.title ? `《${doc.title}》` : `《${doc.workingTitle ?? '未注明'}》（编者拟题）`;
  const number = doc.docNumber ? `（${doc.docNumber}）` : '';
  return `${title}${number}${labels.join('')}`;
}

/** Citation key `<slug>#<anchor>`. */
export function citationKey(slug: string, anchor: string): string {
  return `${slug}#${anchor}`;
}
