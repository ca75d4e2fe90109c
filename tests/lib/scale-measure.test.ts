import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderBytes, formatBytes, growthExponent, precacheSize } from '../../scripts/lib/scale-measure.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the scale benchmark measures', () => {
  it('the growth exponent is 1 for linear, 2 for quadratic and 0 for constant costs', () => {
    const ns = [5, 100, 1000];
    expect(growthExponent(ns.map((n) => [n, 3 * n]))).toBeCloseTo(1, 6);
    expect(growthExponent(ns.map((n) => [n, n * n]))).toBeCloseTo(2, 6);
    expect(growthExponent(ns.map((n) => [n, 42]))).toBeCloseTo(0, 6);
    expect(growthExponent([[10, 1]])).toBeNaN();
  });

  it('counts what the service worker precaches, with directory URLs read as index.html', () => {
    const dist = mkdtempSync(join(tmpdir(), 'scale-measure-'));
    dirs.push(dist);
    mkdirSync(join(dist, 'documents'));
    writeFileSync(join(dist, 'index.html'), 'x'.repeat(100));
    writeFileSync(join(dist, 'documents', 'index.html'), 'x'.repeat(50));
    writeFileSync(join(dist, 'a.js'), 'x'.repeat(7));
    writeFileSync(join(dist, 'sw.js'), 'const BASE = "/zcbq/";\nconst PRECACHE = ["/zcbq/","/zcbq/documents/","/zcbq/a.js"];\n');
    expect(precacheSize(dist)).toEqual({ files: 3, bytes: 157, mode: 'full' });
    expect(folderBytes(dist, ['.js'])).toBe(7 + Buffer.byteLength('const BASE = "/zcbq/";\nconst PRECACHE = ["/zcbq/","/zcbq/documents/","/zcbq/a.js"];\n'));
  });

  it('sizes read as KB, MB or GB', () => {
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(5 * 1024 ** 2)).toBe('5.0 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
  });
});
