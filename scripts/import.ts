/**
 * npm run import -- <file.txt> [--slug x] [--out dir] [--force] [--report]
 *   [--level county] [--region-code 511703] [--region-name 达州市达川区] [--region-note …]
 *   [--short-title …] [--working-title …] [--status 未知] [--status-reason …] [--source-note …]
 *
 * Turns a raw policy text into <out>/<slug>/document.yaml (default out: content/documents).
 * Only files and the command line live here; the parsing is src/importer (pure).
 * --report prints the import report and writes nothing; --force overwrites an existing file.
 * Exit code 1 on any error, and when fields are left for a human to fill (the draft is written).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { documentSchema, type PolicyDocumentInput } from '../src/schemas/document.ts';
import { decodeUtf8, describeChrome, parsePolicyText, type ImportOptions } from '../src/importer/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    out: { type: 'string', default: 'content/documents' },
    force: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    level: { type: 'string' },
    'region-code': { type: 'string' },
    'region-name': { type: 'string' },
    'region-note': { type: 'string' },
    'short-title': { type: 'string' },
    'working-title': { type: 'string' },
    status: { type: 'string' },
    'status-reason': { type: 'string' },
    'source-note': { type: 'string' },
  },
});

const say = (line: string) => process.stderr.write(`${line}\n`);
const file = positionals[0];
if (!file || positionals.length > 1) {
  say('用法：npm run import -- <file.txt> [--slug x] [--out dir] [--force] [--report]');
  process.exit(1);
}

const decoded = decodeUtf8(readFileSync(file));
if (!decoded.ok) {
  say(`${file}:${decoded.error.line}: ${decoded.error.message}`);
  process.exit(1);
}

const options: ImportOptions = { sourceFile: basename(file) };
if (values.level) options.level = values.level as ImportOptions['level'] & string;
if (values['region-code'] || values['region-name']) {
  options.region = { code: values['region-code'] ?? '', name: values['region-name'] ?? '' };
  if (values['region-note']) options.region.note = values['region-note'];
}
if (values['short-title']) options.shortTitle = values['short-title'];
if (values['working-title']) options.workingTitle = values['working-title'];
if (values.status || values['status-reason']) {
  options.status = { value: (values.status ?? '') as '未知', reason: values['status-reason'] ?? '' };
}
if (values['source-note']) options.sourceNote = values['source-note'];

const result = parsePolicyText(decoded.text, options);

say(`导入报告：${file}`);
for (const entry of result.chrome) say(`  ${describeChrome(entry)}`);
if (result.chrome.length === 0) say('  未发现页面元素');
for (const w of result.warnings) say(`  ${file}:${w.line}: 提示：${w.message}`);
for (const [field, reason] of Object.entries(result.document.missing ?? {})) say(`  ${field} 未注明：${reason}`);
for (const e of result.errors) say(`${file}:${e.line}: ${e.message}`);
if (result.errors.length) process.exit(1);

const slug = values.slug ?? basename(file, '.txt').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const outPath = join(values.out, slug, 'document.yaml');
const checked = documentSchema.safeParse(result.document);
const yamlText = toYaml(checked.success ? checked.data : result.document);

if (!checked.success) {
  const lines = new LineCounter();
  const tree = parseDocument(yamlText, { lineCounter: lines });
  for (const issue of checked.error.issues) {
    let path = issue.path as (string | number)[];
    let node = tree.getIn(path, true) as { range?: [number, number, number] } | undefined;
    while (!node?.range && path.length) {
      path = path.slice(0, -1);
      node = (path.length ? tree.getIn(path, true) : tree.contents) as typeof node;
    }
    const line = node?.range ? lines.linePos(node.range[0]).line : 1;
    say(`${outPath}:${line}: ${issue.path.join('.')}: ${issue.message}`);
  }
}
if (values.report) process.exit(checked.success ? 0 : 1);
if (!checked.success && result.toFill.length === 0) {
  say('文档未通过校验，未写入。');
  process.exit(1);
}
if (existsSync(outPath) && !values.force) {
  say(`${outPath} 已存在；如要覆盖（会丢失手工添加的注释），请加 --force`);
  process.exit(1);
}
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, yamlText);
say(`已写入 ${relative(process.cwd(), outPath)}`);
if (result.toFill.length) {
  say(`草稿尚未通过校验，请在 ${outPath} 中填写：`);
  for (const field of result.toFill) say(`  - ${field}`);
  process.exit(1);
}

/** YAML for humans: long lines unfolded, empty defaults (children, annotations, units) left out. */
function toYaml(doc: PolicyDocumentInput): string {
  const prune = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(prune);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'children' || key === 'annotations') && Array.isArray(v) && v.length === 0) continue;
        if (key === 'units' && v === null) continue;
        out[key] = prune(v);
      }
      return out;
    }
    return value;
  };
  return stringify(prune(doc), { lineWidth: 0 });
}
