/**
 * scripts/lib/page-scripts.mjs: what `npm run bench` counts as a page's JavaScript — inline
 * scripts run on load, scripts inside <template data-lazy> only on first use.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScripts, lazyParts, staticImports } from '../../scripts/lib/page-scripts.mjs';

const PAGE = `<!doctype html><html><head>
<script src="/_astro/shell-a1.js"></script>
<script type="module">console.log("inline")</script>
<script type="application/ld+json">{"@type":"Thing"}</script>
</head><body>
<template data-lazy="copy"><script type="module" src="/_astro/CopyScript.b2.js"></script></template>
<template data-lazy="read-aloud"><script type="module">never()</script></template>
</body></html>`;

describe('page scripts for the bench', () => {
  it('counts inline scripts that run, but not JSON data, external files or scripts inside a template', () => {
    expect(inlineScripts(PAGE)).toEqual(['console.log("inline")']);
  });

  it('lists the lazy parts that carry a script file, by name', () => {
    expect([...lazyParts(PAGE)]).toEqual([['copy', '/_astro/CopyScript.b2.js']]);
  });

  it('follows static imports under the base path, once each, and ignores missing files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'page-scripts-'));
    mkdirSync(path.join(root, '_astro'));
    writeFileSync(path.join(root, '_astro', 'a.js'), 'import{x}from"./b.js";import"./missing.js";');
    writeFileSync(path.join(root, '_astro', 'b.js'), 'import"./a.js";export const x=1;');
    expect(staticImports(root, '/zcbq/', '/zcbq/_astro/a.js').sort()).toEqual(['/zcbq/_astro/a.js', '/zcbq/_astro/b.js']);
  });
});
