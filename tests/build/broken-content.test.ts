import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Builds the site from a copy of the valid fixture with one file broken; returns the output.
 * `full`: the whole `npm run build` (scripts/build.mjs: Astro and the search records side by
 * side, then postbuild), else Astro alone.
 */
function buildBroken(edit: (yaml: string) => string, { full = false } = {}): { code: number; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'broken-content-'));
  dirs.push(root);
  cpSync('tests/fixtures/valid/content', join(root, 'content'), { recursive: true });
  const file = join(root, 'content/documents/sample-doc/document.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  const [command, args] = full ? [process.execPath, ['scripts/build.mjs']] : ['npx', ['astro', 'build', '--outDir', join(root, 'dist')]];
  try {
    const out = execFileSync(command, args, {
      env: { ...process.env, CONTENT_ROOT: root, DIST_DIR: join(root, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: out };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}\n${err.stderr}` };
  }
}
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a content error fails the build', () => {
  it('a numbering gap stops the build with the file, the field and the problem', () => {
    const { code, output } = buildBroken((y) => y.replace('- label: (二)', '- label: (三)'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/documents/sample-doc/document.yaml: provisions[0].children[1].label: 编号不连续');
  }, 120_000);

  it('a reference to a document that is not in the corpus stops the build', () => {
    const { code, output } = buildBroken((y) => y.replace('document: null', 'document: no-such-doc'));
    expect(code).not.toBe(0);
    expect(output).toContain('content/documents/sample-doc/document.yaml: basedOn[0].document: 语料中没有文件“no-such-doc”');
  }, 120_000);

  it('the whole build stops too: the search records, prepared beside Astro, name the same error and postbuild never runs', () => {
    const { code, output } = buildBroken((y) => y.replace('- label: (二)', '- label: (三)'), { full: true });
    expect(code).not.toBe(0);
    // Both lanes read the corpus and both report it: Astro and the search records ([索引]).
    expect(output).toMatch(/\[索引\].*content\/documents\/sample-doc\/document\.yaml: provisions\[0\]\.children\[1\]\.label: 编号不连续/);
    expect(output).toContain('[build]');
    expect(output).not.toContain('[postbuild] 搜索索引');
  }, 120_000);
});
