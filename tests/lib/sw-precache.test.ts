/** The service-worker generator (scripts/build-sw.mjs): which files are precached, at which URLs, under which version. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildServiceWorker, detectBase, fileToUrl, precacheManifest } from '../../scripts/build-sw.mjs';

function fixtureSite(base: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-fixture-'));
  const files: Record<string, string> = {
    'index.html': `<html><head><link rel="manifest" href="${base}manifest.webmanifest"></head></html>`,
    'offline/index.html': '<h1>现在没有网络</h1>',
    'documents/a/index.html': '<h1>A</h1>',
    '404.html': 'nf',
    'manifest.webmanifest': '{}',
    '_astro/app.3f2a.js': 'x',
    'pagefind/pagefind.js': 'p',
    'pagefind/fragment/zh_1.pf_fragment': 'f',
    'timeline/deadlines.ics': 'BEGIN:VCALENDAR',
    'sources/000_ab.txt': '原文',
    '_headers': '/*',
    'documents/a/index.html.br': 'compressed',
    'documents/a/index.html.gz': 'compressed',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('service worker precache list', () => {
  it('a page file is precached at its directory URL, other files at their own path, under the base', () => {
    expect(fileToUrl('index.html', '/zcbq/')).toBe('/zcbq/');
    expect(fileToUrl('documents/a/index.html', '/zcbq/')).toBe('/zcbq/documents/a/');
    expect(fileToUrl('pagefind/pagefind.js', '/')).toBe('/pagefind/pagefind.js');
    expect(fileToUrl('404.html', '/')).toBe('/404.html');
  });

  it('every file is listed except host config, pre-compressed twins and the worker itself', () => {
    const dir = fixtureSite('/');
    const { urls } = precacheManifest(dir, '/');
    expect(urls).toEqual(expect.arrayContaining(['/', '/offline/', '/documents/a/', '/_astro/app.3f2a.js', '/pagefind/fragment/zh_1.pf_fragment', '/timeline/deadlines.ics', '/sources/000_ab.txt', '/manifest.webmanifest']));
    expect(urls.some((u) => /_headers|\.br$|\.gz$|sw\.js$/.test(u))).toBe(false);
  });

  it('the version changes when any file changes and stays the same otherwise', () => {
    const dir = fixtureSite('/');
    const first = precacheManifest(dir, '/').version;
    expect(precacheManifest(dir, '/').version).toBe(first);
    writeFileSync(path.join(dir, 'documents/a/index.html'), '<h1>A, corrected</h1>');
    expect(precacheManifest(dir, '/').version).not.toBe(first);
  });

  it('the base is read from the built home page, so the worker matches the HTML', () => {
    expect(detectBase(fixtureSite('/zcbq/'))).toBe('/zcbq/');
    expect(detectBase(fixtureSite('/'))).toBe('/');
  });

  it('the written sw.js is valid JavaScript whose cache name carries the version and lists the base-path URLs', () => {
    const dir = fixtureSite('/zcbq/');
    expect(buildServiceWorker({ distDir: dir })).toBe(true);
    const source = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain(`bqzct-${precacheManifest(dir, '/zcbq/').version}`);
    expect(source).toContain('"/zcbq/documents/a/"');
    expect(source).toContain('const BASE = "/zcbq/"');
  });

  it('above the size budget only the shell is precached: CSS/JS, home, lists, calculators, lessons, search with Pagefind core, offline page', () => {
    const dir = fixtureSite('/');
    for (const [file, text] of Object.entries({
      'documents/index.html': 'list',
      'calculators/dibao/index.html': 'calc',
      'lessons/dibao/index.html': 'lesson',
      'search/index.html': 'search',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/index/zh_1.pf_index': 'i',
      'pagefind/shard-2/pagefind-entry.json': '{}',
      'pagefind/shard-2/index/zh_2.pf_index': 'i',
      'pagefind/shard-2/fragment/zh_2.pf_fragment': 'f',
      'glossary/minimum-living-allowance/2/index.html': 'usages',
      'sitemap.xml': '<urlset/>',
    })) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    const full = precacheManifest(dir, '/');
    expect(full.mode).toBe('full');
    const shell = precacheManifest(dir, '/', { budgetBytes: full.totalBytes - 1 });
    expect(shell.mode).toBe('shell');
    expect(shell.version).toBe(full.version);
    expect(shell.urls).toEqual(expect.arrayContaining(['/', '/offline/', '/manifest.webmanifest', '/404.html', '/_astro/app.3f2a.js', '/documents/', '/calculators/dibao/', '/lessons/dibao/', '/search/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/shard-2/pagefind-entry.json']));
    // Documents, deeper hub pages, index chunks, fragments and sources are cached when visited.
    for (const url of ['/documents/a/', '/glossary/minimum-living-allowance/2/', '/pagefind/index/zh_1.pf_index', '/pagefind/fragment/zh_1.pf_fragment', '/pagefind/shard-2/index/zh_2.pf_index', '/pagefind/shard-2/fragment/zh_2.pf_fragment', '/sources/000_ab.txt', '/sitemap.xml']) {
      expect(shell.urls).not.toContain(url);
    }
    expect(shell.bytes).toBeLessThan(full.bytes);
  });

  it('the worker names its mode, and in shell mode caches what it fetches on first use', () => {
    const dir = fixtureSite('/');
    expect(buildServiceWorker({ distDir: dir, budgetBytes: 1 })).toBe(true);
    const source = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain('const MODE = "shell"');
    expect(source).not.toContain('"/documents/a/"');
    // cacheFirst puts a fetched response into the cache (runtime cache).
    expect(/function cacheFirst[\s\S]*?cache\.put/.test(source)).toBe(true);
    expect(buildServiceWorker({ distDir: dir })).toBe(true);
    expect(readFileSync(path.join(dir, 'sw.js'), 'utf8')).toContain('const MODE = "full"');
  });

  it('a site without the offline page fails the step instead of shipping a worker that cannot fall back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sw-empty-'));
    writeFileSync(path.join(dir, 'index.html'), '<html></html>');
    expect(buildServiceWorker({ distDir: dir })).toBe(false);
  });
});
