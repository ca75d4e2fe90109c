/**
 * Turns zod issues into messages a content editor can act on:
 * "content/documents/x/document.yaml: provisions[1].children[3].label: 编号不连续…".
 */
import type { z } from 'astro/zod';

/** "provisions.1.children.3.label" → "provisions[1].children[3].label" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `${file}: ${formatPath(i.path) || '(整个文件)'}: ${i.message}`).join('\n');
}

/** A content error that fails the build; its message names the file, the field and the problem. */
export class ContentError extends Error {
  constructor(message: string) {
    super(`内容错误 / content error:\n${message}`);
    this.name = 'ContentError';
  }
}
