/**
 * Builds the provision tree from numbered and plain lines. Nesting follows the style rank of the
 * labels (a deeper style nests under the current one; levels may be skipped); numbers go up by
 * one and may run on across sections (广西 (一)…(十五), 安徽 1–40).
 */
import { kindRank, NUMBERING_KIND_NAMES, type NumberingKind, type ParsedLabel } from '../lib/numbering.ts';
import type { ProvisionInput } from '../schemas/document.ts';
import { formatLabelLike, splitHeading } from './labels.ts';
import type { ImportIssue } from './types.ts';
import { extractUnits } from './units.ts';

/** A line of the provisions part: a label with the words after it, or a plain body line. */
export type ProvisionLine =
  | { type: 'label'; line: number; label: ParsedLabel; rest: string }
  | { type: 'body'; line: number; text: string };

interface OpenProvision {
  label: ParsedLabel;
  line: number;
  rest: string;
  body: string[];
  children: OpenProvision[];
}

export interface TreeResult {
  provisions: ProvisionInput[];
  errors: ImportIssue[];
}

export function buildTree(lines: readonly ProvisionLine[]): TreeResult {
  const roots: OpenProvision[] = [];
  const stack: OpenProvision[] = [];
  const lastOfKind = new Map<NumberingKind, number>();
  const errors: ImportIssue[] = [];

  for (const item of lines) {
    if (item.type === 'body') {
      const current = stack.at(-1);
      if (current) current.body.push(item.text);
      continue;
    }
    const { label, line } = item;
    while (stack.length && kindRank(stack.at(-1)!.label.kind) >= kindRank(label.kind)) stack.pop();
    const parent = stack.at(-1);
    const siblings = parent ? parent.children : roots;
    const previous = siblings.at(-1);
    if (previous && previous.label.kind !== label.kind) {
      errors.push({
        line,
        message: `编号样式无法嵌套：“${label.label}”（${NUMBERING_KIND_NAMES[label.kind]}）出现在同级的“${previous.label.label}”（${NUMBERING_KIND_NAMES[previous.label.kind]}）之后，${NUMBERING_KIND_NAMES[label.kind]} 不能排在 ${NUMBERING_KIND_NAMES[previous.label.kind]} 之下`,
      });
    } else {
      const numberingError = checkNumber(label, previous?.label ?? null, lastOfKind.get(label.kind) ?? 0);
      if (numberingError) errors.push({ line, message: numberingError });
    }
    lastOfKind.set(label.kind, label.number);
    const open: OpenProvision = { label, line, rest: item.rest, body: [], children: [] };
    siblings.push(open);
    stack.push(open);
  }
  return { provisions: roots.map(finish), errors };
}

/** Numbers go up by one; a first child starts at 1 or runs on from the last number of its style. */
function checkNumber(label: ParsedLabel, previous: ParsedLabel | null, lastOfSameKind: number): string | null {
  const allowed = previous ? [previous.number + 1] : [1, lastOfSameKind + 1];
  if (allowed.includes(label.number)) return null;
  if (previous && label.number === previous.number) return `编号“${label.label}”重复`;
  const missing = Math.max(...allowed.filter((n) => n < label.number));
  if (Number.isFinite(missing)) return `编号“${label.label}”之前缺少“${formatLabelLike(label, missing)}”`;
  return `编号“${label.label}”不连续：应为“${allowed.map((n) => formatLabelLike(label, n)).join('”或“')}”`;
}

/** Heading, paragraphs and unit note of one provision, from its label line and body lines. */
function finish(open: OpenProvision): ProvisionInput {
  const parts = [open.rest, ...open.body];
  let units: ProvisionInput['units'] = null;
  const lastIndex = parts.length - 1;
  const found = extractUnits(parts[lastIndex]!);
  if (found) {
    units = found.units;
    parts[lastIndex] = found.before;
  }
  const moreFollows = parts.slice(1).some((p) => p !== '') || open.children.length > 0;
  const { heading, body } = splitHeading(parts[0]!, moreFollows);
  const paragraphs = [body, ...parts.slice(1)].filter((p) => p !== '');
  return {
    label: open.label.label,
    heading,
    paragraphs,
    units,
    annotations: [],
    children: open.children.map(finish),
  };
}
