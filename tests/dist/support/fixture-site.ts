/**
 * Throwaway built sites for testing post-build checks: write a few HTML files to a temp dir
 * instead of running astro, so each scenario shows exactly the markup it is about.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** A minimal valid page around `body`, so fixtures only spell out what matters. */
export function page(body: string, title = '测试页'): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/**
 * Create a fixture dist/ from `{ 'documents/a/index.html': page('…'), … }` and return its
 * path. Every directory made this way is deleted after the calling test file.
 */
export function fixtureSite(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bqzct-dist-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  created.push(dir);
  return dir;
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});
