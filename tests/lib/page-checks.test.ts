/**
 * The page lane's checks in one pass (scripts/postbuild.mjs checks): CSP/headers, sitemap and
 * links read each page once and each reports; the files they write are the same as each check's
 * own pass writes.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runLinkCheck } from '../../scripts/check-links.mjs';
import { writeSitemap } from '../../scripts/sitemap.mjs';
import { writeHeaders } from '../../scripts/write-headers.mjs';
import { fixtureSite } from '../dist/support/fixture-site.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
const page = (path: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${CSP}<link rel="canonical" href="https://example.org${path}"><title>页</title></head><body>${body}</body></html>`;
const goodSite = () =>
  fixtureSite({
    'index.html': page('/', '<a href="/documents/a/#p1">条款</a> <a href="https://www.gov.cn/">政府网</a>'),
    'documents/a/index.html': page('/documents/a/', '<p id="p1">一、</p><a href="../../">首页</a>'),
  });
const reports: string[] = [];
afterAll(() => reports.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `node scripts/postbuild.mjs checks` on a built site, from a scratch folder (it writes reports/ there). */
async function checks(dist: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'page-checks-'));
  reports.push(cwd);
  const env = { ...process.env, DIST_DIR: dist, SITE_URL: 'https://example.org', BASE_PATH: '/' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(process.cwd(), 'scripts', 'postbuild.mjs'), 'checks'], { cwd, env });
    return { ok: true, output: stdout + stderr, cwd };
  } catch (e) {
    const err = e as { stdout: string; stderr: string };
    return { ok: false, output: err.stdout + err.stderr, cwd };
  }
}

describe('the page checks in one pass over the pages (scripts/postbuild.mjs checks)', () => {
  it('writes the same _headers, sitemap.xml, robots.txt and external-link report as each check alone', async () => {
    const dist = goodSite();
    const { ok, output, cwd } = await checks(dist);
    expect(ok, output).toBe(true);
    const alone = mkdtempSync(join(tmpdir(), 'page-checks-alone-'));
    reports.push(alone);
    cpSync(dist, alone, { recursive: true });
    rmSync(join(alone, '_headers'));
    rmSync(join(alone, 'sitemap.xml'));
    const prev = { SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH };
    Object.assign(process.env, { SITE_URL: 'https://example.org', BASE_PATH: '/' });
    try {
      expect(writeHeaders({ distDir: alone })).toBe(true);
      expect(writeSitemap({ distDir: alone })).toBe(true);
      expect(runLinkCheck({ distDir: alone, reportFile: join(alone, 'external.txt') })).toBe(true);
    } finally {
      for (const [k, v] of Object.entries(prev)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
    for (const file of ['_headers', 'sitemap.xml', 'robots.txt']) expect(readFileSync(join(dist, file), 'utf8'), file).toBe(readFileSync(join(alone, file), 'utf8'));
    expect(readFileSync(join(cwd, 'reports', 'external-links.txt'), 'utf8')).toBe(readFileSync(join(alone, 'external.txt'), 'utf8'));
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/documents/a/</loc>');
  });

  it('reports every failing check of one build (a CSP problem and a broken anchor together), and fails', async () => {
    const dist = fixtureSite({
      'index.html': page('/', '<a href="/documents/a/#p9">条款</a><div onclick="go()">点</div>'),
      'documents/a/index.html': page('/documents/a/', '<p id="p1">一、</p>'),
    });
    const { ok, output } = await checks(dist);
    expect(ok).toBe(false);
    expect(output).toContain('<div onclick=…> 是内联事件处理器');
    expect(output).toContain('链接 /documents/a/#p9');
    expect(existsSync(join(dist, '_headers'))).toBe(false);
  });
});
