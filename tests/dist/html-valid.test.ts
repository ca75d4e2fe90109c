/**
 * Every built page is valid HTML according to the Nu Html Checker (vnu-jar, the validator
 * behind validator.w3.org/nu), run locally on Java 17 — no network. One JVM run checks all
 * pages (--format json); errors fail the test, warnings are printed for review.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../scripts/check-links.mjs';

const DIST = process.env.DIST_DIR || 'dist';
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal';
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** "dist/a/index.html:12: message" — short enough to read in a failed assertion. */
function describeMessage(message: VnuMessage) {
  const file = path.relative(path.resolve(DIST), decodeURIComponent(new URL(message.url).pathname)).split(path.sep).join('/');
  return `${file}:${message.lastLine ?? '?'}: ${message.message}`;
}

/** Run vnu once over every page and return its messages. */
async function validate(files: string[]): Promise<VnuMessage[]> {
  const { stderr } = await promisify(execFile)(
    'java',
    [
      '-Xss4m',
      '-jar',
      VNU_JAR,
      '--format',
      'json',
      '--exit-zero-always',
      // vnu checks <meta> CSP against the file:// URL it reads, where 'self' can never match; the
      // policy is tested in a real browser over HTTP instead (tests/e2e/quality-csp.test.ts).
      '--filterpattern',
      '.*Resource violates Content Security Policy.*',
      ...files.map((file) => path.resolve(DIST, file)),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
}

describe('the built HTML', () => {
  it('has no validation error on any page (Nu Html Checker)', { timeout: 180_000 }, async () => {
    const files = listHtmlFiles(DIST);
    expect(files.length).toBeGreaterThan(0);
    const messages = await validate(files);
    const warnings = messages.filter((message) => message.type === 'info');
    if (warnings.length) console.warn(`[vnu] ${warnings.length} 条警告（不算失败）：\n  ${warnings.map(describeMessage).join('\n  ')}`);
    expect(messages.filter((message) => message.type !== 'info').map(describeMessage)).toEqual([]);
  });
});
