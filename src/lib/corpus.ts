/**
 * Loads and validates the whole corpus from content/ with plain Node fs.
 * The Astro content loader, the tests and the scripts all go through here, so a broken file
 * fails everywhere with the same message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { documentSchema, slugSchema, type PolicyDocument } from '../schemas/document.ts';
import { ContentError, formatIssues } from './content-errors.ts';
import { citationKey, flattenProvisions } from './provisions.ts';

export interface CorpusDocument {
  slug: string;
  /** Path of the YAML file relative to the project root, for messages. */
  file: string;
  data: PolicyDocument;
}

/** Parses and validates one document file; throws ContentError naming file and field. */
export function parseDocumentFile(file: string, text: string, displayPath = file): PolicyDocument {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new ContentError(`${displayPath}: YAML 语法错误：${(e as Error).message}`);
  }
  const result = documentSchema.safeParse(raw);
  if (!result.success) throw new ContentError(formatIssues(displayPath, result.error.issues));
  return result.data;
}

/** Checks what no single file can: folder names are slugs, referenced corpus documents and source files exist. */
export function checkCorpus(docs: readonly CorpusDocument[], root: string): void {
  const slugs = new Set(docs.map((d) => d.slug));
  const problems: string[] = [];
  for (const d of docs) {
    // The folder name is the slug, i.e. the document's URL.
    const slug = slugSchema.safeParse(d.slug);
    if (!slug.success) problems.push(`${d.file}: 文件夹名“${d.slug}”不能用作网址：${slug.error.issues.map((i) => i.message).join('；')}`);
    d.data.basedOn.forEach((ref, i) => {
      if (ref.document && !slugs.has(ref.document)) {
        problems.push(`${d.file}: basedOn[${i}].document: 语料中没有文件“${ref.document}”（如为外部文件，请写 document: null）`);
      }
    });
    if (!existsSync(join(root, 'content', 'sources', d.data.source.file))) {
      problems.push(`${d.file}: source.file: content/sources/ 中没有 ${d.data.source.file}`);
    }
  }
  if (problems.length) throw new ContentError(problems.join('\n'));
}

/**
 * The folder that holds content/: the project root, or CONTENT_ROOT (used by the tests that
 * build broken fixtures and by the scale benchmark's synthetic corpus).
 */
export function contentRoot(): string {
  return process.env.CONTENT_ROOT ?? process.cwd();
}

/** All documents under `<root>/content/documents/<slug>/document.yaml`, sorted by slug. */
export function loadCorpus(root: string = contentRoot()): CorpusDocument[] {
  const dir = join(root, 'content', 'documents');
  const docs = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'document.yaml')))
    .map((e) => e.name)
    .sort()
    .map((slug) => {
      const path = join(dir, slug, 'document.yaml');
      const file = relative(root, path);
      return { slug, file, data: parseDocumentFile(path, readFileSync(path, 'utf8'), file) };
    });
  checkCorpus(docs, root);
  return docs;
}

/** Every `<slug>#<anchor>` citation key of the corpus. */
export function listCitationKeys(root?: string): Set<string> {
  const keys = new Set<string>();
  for (const d of loadCorpus(root)) {
    for (const f of flattenProvisions(d.data.provisions)) keys.add(citationKey(d.slug, f.anchor));
  }
  return keys;
}
