import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLeftovers, calibrationMs, folderBytes, formatBytes, growthExponent, medianBuild, phaseTable, precacheSize } from '../../scripts/lib/scale-measure.mjs';

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

  it('each build phase runs from its start line to its end line, also when the index runs beside the page steps', () => {
    const at = (s: number, text: string) => ({ ms: s * 1000, text });
    const lines = [
      at(0, '[build] 准备搜索记录 (scripts/search-index.mjs prepare，与 astro build 同时)'),
      at(1, '12:00:01 [build] Collecting build info...'),
      at(9, '[build] 完成 准备搜索记录 (scripts/search-index.mjs prepare，与 astro build 同时)，用时 9.0 s'),
      at(10, ' generating static routes '),
      at(30, '[postbuild] 搜索索引 (scripts/search-index.mjs → pagefind/)'),
      at(30, '[postbuild] CSP 与安全响应头 (scripts/write-headers.mjs → _headers)'),
      at(33, '[postbuild] 完成 CSP 与安全响应头 (scripts/write-headers.mjs → _headers)，用时 3.0 s'),
      at(33, '[postbuild] 预压缩页面 .br/.gz (scripts/compress.mjs)'),
      at(40, '[postbuild] 完成 预压缩页面 .br/.gz (scripts/compress.mjs)，用时 7.0 s'),
      at(70, '  [索引]   25907 条条款/文件记录 → dist.pagefind-tmp（分 4 个索引）'),
      at(70, '[postbuild] 完成 搜索索引 (scripts/search-index.mjs → pagefind/)，用时 40.0 s'),
      at(70, '[postbuild] 离线 service worker (scripts/build-sw.mjs → sw.js)'),
      at(71, '[postbuild] 完成 离线 service worker (scripts/build-sw.mjs → sw.js)，用时 1.0 s'),
    ];
    const samples = [0, 20, 35, 50, 70.5].map((s) => ({ ms: s * 1000, rssBytes: s === 50 ? 9e8 : 1e8, cpuMs: s * 1500 }));
    const table = phaseTable({ ms: 72_000, cpuMs: 100_000, lines, samples });
    const wall = Object.fromEntries(table.map((p) => [p.name, p.ms / 1000]));
    expect(wall).toEqual({
      'build: 准备搜索记录': 9,
      'astro: content sync + Vite bundles': 10,
      'astro: render pages': 20,
      'postbuild: 搜索索引': 40,
      'postbuild: CSP 与安全响应头': 3,
      'postbuild: 预压缩页面 .br/.gz': 7,
      'postbuild: 离线 service worker': 1,
    });
    const peak = Object.fromEntries(table.map((p) => [p.name, p.peakRssBytes]));
    expect(peak['postbuild: 搜索索引']).toBe(9e8);
    expect(peak['postbuild: 预压缩页面 .br/.gz']).toBe(1e8);
  });

  it('sizes read as KB, MB or GB', () => {
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(5 * 1024 ** 2)).toBe('5.0 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
  });
});

describe('several builds of one corpus', () => {
  const build = (ms: number, cpuMs: number, peakRssBytes: number) => ({ ms, cpuMs, peakRssBytes });

  it('are reported as the build with the median wall time, with every build listed and the highest peak memory', () => {
    const result = medianBuild([build(60_100, 73_000, 1.7e9), build(53_700, 70_000, 1.8e9), build(56_100, 71_000, 1.6e9)]);
    expect(result.median).toEqual(build(56_100, 71_000, 1.6e9));
    expect(result.peakRssBytes).toBe(1.8e9);
    expect(result.runs.map((r) => r.ms)).toEqual([60_100, 53_700, 56_100]);
  });

  it("keep each build's machine check beside its times", () => {
    const runs = medianBuild([{ ...build(2, 1, 0), calibrationMs: 400 }, { ...build(1, 1, 0), calibrationMs: 520 }]).runs;
    expect(runs.map((r) => r.calibrationMs)).toEqual([400, 520]);
  });

  it('time a fixed piece of CPU work as the machine check', () => {
    const ms = calibrationMs();
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThan(0);
  });

  it('take the faster middle build when their number is even, and a single build as it is', () => {
    expect(medianBuild([build(3, 0, 0), build(1, 0, 0), build(4, 0, 0), build(2, 0, 0)]).median.ms).toBe(2);
    expect(medianBuild([build(9, 8, 7)]).median).toEqual(build(9, 8, 7));
    expect(() => medianBuild([])).toThrow(/no builds/);
  });

  it('start cold: dist and every sibling a build writes beside it are removed, nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'bqzct-leftovers-'));
    dirs.push(root);
    for (const dir of ['dist', 'dist.astro-cache', 'dist.pagefind-tmp', 'src', 'distribution']) mkdirSync(join(root, dir));
    writeFileSync(join(root, 'dist.precompressed.json'), '[]');
    expect(buildLeftovers(join(root, 'dist')).sort()).toEqual(
      ['dist', 'dist.astro-cache', 'dist.pagefind-tmp', 'dist.precompressed.json'].map((f) => join(root, f)),
    );
  });
});
