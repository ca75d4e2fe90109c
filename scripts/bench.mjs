#!/usr/bin/env node
/**
 * `npm run bench` — a benchmark, not a test: how heavy each page type is, against the budgets,
 * and Lighthouse (mobile) for the pages people use most. Reads an existing build
 * ($DIST_DIR or dist; run `npm run build` first) and writes reports/bench.md and
 * reports/bench.json.
 *
 * Per page type (tests/e2e/page-types.ts): HTML bytes; JS and CSS bytes gzipped (level 9) of
 * every script and stylesheet the page loads in Chromium after scrolling (so islands that
 * hydrate on idle/visible count) but before any click, focus or key, plus its inline scripts.
 * JS splits into the site shell (src/islands/shell: the scripts every page loads, cached across
 * pages) and the page's own JS (everything else). Budgets (issue 8):
 * - site shell ≤ 1.5 KB gzipped;
 * - content pages (kind "content"/"not-found"): own JS = 0;
 * - interactive pages (calculators, search, the lesson slide deck): ≤ 35 KB in total, shell included;
 * - CSS ≤ 20 KB on every page.
 * The shell's lazy parts (read-aloud, copy, live header search) load on first use; their sizes
 * are listed apart and count against no page.
 * Lighthouse 12 (npm) with /usr/bin/chromium --headless=new --no-sandbox, default mobile
 * emulation and simulated throttling: targets performance ≥ 95, accessibility 100.
 *
 * CLI: node scripts/bench.mjs [--root dist] [--no-lighthouse]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { presentPageTypes } from '../tests/e2e/page-types.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, openPage } from '../tests/e2e/support/chromium.mjs';
import { gzipSize, inlineScripts, lazyParts, staticImports } from './lib/page-scripts.mjs';
import { startServer } from './serve.mjs';

const KB = 1024;
const BUDGET = { cssGzip: 20 * KB, shellJsGzip: 1.5 * KB, interactiveJsGzip: 35 * KB, contentOwnJsGzip: 0 };
/** Page kinds (tests/e2e/page-types.ts) that are interactive by design: islands ship with them. */
const INTERACTIVE_KINDS = new Set(['calculator', 'search']);
/** Page types of kind "content" that run their own script by design, and what it is. */
const PAGE_SCRIPT_TYPES = new Map([['lesson', '幻灯片放映 (src/islands/lesson/Deck.astro)']]);
const TARGET = { performance: 95, accessibility: 100 };
/** Page types Lighthouse runs on (the issue's list); missing ones are reported as such. */
const LIGHTHOUSE_TYPES = ['home', 'document', 'calculator-screener', 'search'];

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Gzipped size of a file served by the test server, read from disk.
 * @param {string} root dist directory
 * @param {string} base normalised base of the server
 * @param {string} url absolute URL or site-absolute path
 */
function gzipBytesOf(root, base, url) {
  const rel = decodeURIComponent(new URL(url, 'http://x').pathname).slice(base.length);
  return gzipSize(readFileSync(path.join(root, rel)));
}

/**
 * Load each page in Chromium and measure what it transfers.
 * @param {string} root
 * @param {ReturnType<typeof presentPageTypes>} types
 */
async function measureWeights(root, types) {
  const server = await startServer({ root });
  const base = new URL(server.url).pathname;
  const context = await launchBrowser();
  const rows = [];
  try {
    for (const type of types.filter((t) => t.kind !== 'raw')) {
      const { page } = await openPage(context, new URL(type.path.replace(/^\/+/, ''), server.url).href, { width: 360 });
      /** @type {Set<string>} */
      const scripts = new Set();
      /** @type {Set<string>} */
      const styles = new Set();
      const record = (/** @type {import('playwright-core').Request} */ request) => {
        if (new URL(request.url()).origin !== server.origin) return;
        if (request.resourceType() === 'script') scripts.add(request.url());
        if (request.resourceType() === 'stylesheet') styles.add(request.url());
      };
      page.on('request', record);
      // Entries made before the listener: the document's own subresources.
      for (const entry of await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, /** @type {PerformanceResourceTiming} */ (e).initiatorType]))) {
        if (entry[1] === 'script') scripts.add(entry[0]);
        if (entry[1] === 'link' && /\.css($|\?)/.test(entry[0])) styles.add(entry[0]);
      }
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      // Wait for every island that hydrates without interaction (load, idle, visible, only).
      await page
        .waitForFunction(() => [...document.querySelectorAll('astro-island:not([client="media"])')].every((island) => !island.hasAttribute('ssr')), undefined, { timeout: 10_000 })
        .catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const islands = await page.locator('astro-island').count();
      await page.close();
      const htmlFile = type.kind === 'not-found' ? '404.html' : path.join(type.path, 'index.html');
      const html = readFileSync(path.join(root, htmlFile), 'utf8');
      const inlineJsGzip = inlineScripts(html).reduce((sum, code) => sum + gzipSize(code), 0);
      const jsGzip = [...scripts].reduce((sum, url) => sum + gzipBytesOf(root, base, url), 0) + inlineJsGzip;
      const cssGzip = [...styles].reduce((sum, url) => sum + gzipBytesOf(root, base, url), 0);
      rows.push({
        id: type.id,
        name: type.name,
        kind: type.kind,
        path: type.path,
        islands,
        htmlBytes: Buffer.byteLength(html),
        jsGzip,
        inlineJsGzip,
        cssGzip,
        cssBudget: BUDGET.cssGzip,
        cssOk: cssGzip <= BUDGET.cssGzip,
        scripts: [...scripts].map((url) => new URL(url).pathname),
        lazyParts: [...lazyParts(html)],
      });
    }
  } finally {
    await context.close();
    await server.close();
  }
  return { ...applyJsBudgets(root, base, rows), lazy: measureLazyParts(root, base, rows) };
}

/**
 * The shell's lazy parts found on any page, each with what its first use downloads at most
 * (its script and the chunks it imports; some may already be cached from an island).
 * @param {string} root @param {string} base
 * @param {{ lazyParts: [string, string][] }[]} rows
 */
function measureLazyParts(root, base, rows) {
  const parts = new Map(rows.flatMap((r) => r.lazyParts));
  return [...parts].map(([name, url]) => {
    const files = staticImports(root, base, url);
    return { name, script: url, files, jsGzip: files.reduce((sum, file) => sum + gzipBytesOf(root, base, file), 0) };
  });
}

/**
 * The site shell is on every page; budgets judge it once and then what each page adds. Shell =
 * scripts most pages load; a page's own JS = its other scripts plus its inline scripts.
 * Content pages must add 0 bytes to a shell of ≤ 1.5 KB; interactive pages may ship ≤ 35 KB in
 * total, shell included.
 * @param {string} root @param {string} base
 * @param {{ id: string, kind: string, islands: number, jsGzip: number, inlineJsGzip: number, scripts: string[] }[]} rows
 */
function applyJsBudgets(root, base, rows) {
  // Majority rather than intersection: one page whose idle island was slow must not shrink the shell.
  const counts = new Map();
  for (const r of rows) for (const p of r.scripts) counts.set(p, (counts.get(p) ?? 0) + 1);
  const shell = [...counts].filter(([, n]) => n >= rows.length / 2).map(([p]) => ({ path: p, jsGzip: gzipBytesOf(root, base, p) }));
  const shellJsGzip = shell.reduce((sum, s) => sum + s.jsGzip, 0);
  const isShell = (/** @type {string} */ p) => shell.some((s) => s.path === p);
  const judged = rows.map((r) => {
    const ownJsGzip = r.scripts.filter((p) => !isShell(p)).reduce((sum, p) => sum + gzipBytesOf(root, base, p), 0) + r.inlineJsGzip;
    const interactive = INTERACTIVE_KINDS.has(r.kind) || PAGE_SCRIPT_TYPES.has(r.id);
    const jsOk = interactive ? r.jsGzip <= BUDGET.interactiveJsGzip : ownJsGzip <= BUDGET.contentOwnJsGzip && shellJsGzip <= BUDGET.shellJsGzip;
    return { ...r, interactive, ownJsGzip, jsOk };
  });
  return { rows: judged, shell, shellJsGzip };
}

/**
 * Lighthouse performance and accessibility (0–100) for the listed page types.
 * @param {string} root
 * @param {ReturnType<typeof presentPageTypes>} types
 */
async function runLighthouse(root, types) {
  const server = await startServer({ root });
  const results = [];
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    for (const id of LIGHTHOUSE_TYPES) {
      const type = types.find((t) => t.id === id);
      if (!type) {
        results.push({ id, path: null, note: '页面尚未构建' });
        continue;
      }
      const url = new URL(type.path.replace(/^\/+/, ''), server.url).href;
      const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      const lhr = runner?.lhr;
      const score = (/** @type {string} */ key) => Math.round((lhr?.categories[key]?.score ?? 0) * 100);
      const performance = score('performance');
      const accessibility = score('accessibility');
      results.push({
        id,
        path: type.path,
        performance,
        accessibility,
        ok: performance >= TARGET.performance && accessibility >= TARGET.accessibility,
        metrics: Object.fromEntries(
          ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((key) => [
            key,
            lhr?.audits[key]?.displayValue ?? null,
          ]),
        ),
        benchmarkIndex: lhr?.environment?.benchmarkIndex ?? null,
        warnings: lhr?.runWarnings ?? [],
        error: lhr?.runtimeError?.message ?? null,
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

/**
 * @param {Awaited<ReturnType<typeof measureWeights>>} weights
 * @param {Awaited<ReturnType<typeof runLighthouse>> | null} scores
 * @param {string[]} missing
 */
function renderMarkdown({ rows, shell, shellJsGzip, lazy }, scores, missing) {
  const mark = (/** @type {boolean} */ ok) => (ok ? '✅' : '❌');
  const lines = [
    '# Bench report',
    '',
    `Generated by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString()}.`,
    '',
    '## JavaScript before any interaction',
    '',
    'Measured in Chromium after loading and scrolling each page, before any click, focus or key press; inline scripts included.',
    '',
    `- **Site shell** (loaded by every page, cached across pages): **${kb(shellJsGzip)} gzipped** — budget ≤ ${kb(BUDGET.shellJsGzip)} ${mark(shellJsGzip <= BUDGET.shellJsGzip)}. ${shell.map((s) => `\`${s.path}\` ${kb(s.jsGzip)}`).join(', ') || 'No script is shared by most pages.'}`,
    `- **Content pages** (kind content / not-found): page-own JS = 0 bytes, on top of the shell.`,
    `- **Interactive pages** (calculators, search${[...PAGE_SCRIPT_TYPES.values()].map((what) => `, ${what}`).join('')}): ≤ ${kb(BUDGET.interactiveJsGzip)} gzipped in total, shell included.`,
    '',
    'Loaded on first use only (counted against no page): ' +
      (lazy.map((part) => `${part.name} ${kb(part.jsGzip)} (\`${part.script}\`${part.files.length > 1 ? ` + ${part.files.length - 1} chunks, some shared with islands` : ''})`).join('; ') || 'none') +
      '.',
    '',
    '## Page weight per page type',
    '',
    `CSS budget: ≤ ${kb(BUDGET.cssGzip)} gzipped. "JS gz (total)" = shell + own.`,
    '',
    '| page type | path | budget | HTML | JS gz (total) | JS gz (own) | CSS gz | budgets |',
    '|---|---|---|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} (${r.id}) | \`${r.path}\` | ${r.interactive ? `interactive ≤ ${kb(BUDGET.interactiveJsGzip)}` : 'content: own 0'} | ${kb(r.htmlBytes)} | ${kb(r.jsGzip)} | ${kb(r.ownJsGzip)} | ${kb(r.cssGzip)} | JS ${mark(r.jsOk)} CSS ${mark(r.cssOk)} |`,
    ),
    '',
  ];
  if (missing.length) lines.push('Not built yet (not measured):', '', ...missing.map((note) => `- ${note}`), '');
  lines.push('## Lighthouse (mobile)', '');
  if (!scores) lines.push('Skipped (--no-lighthouse).', '');
  else {
    lines.push(`Targets: performance ≥ ${TARGET.performance}, accessibility ${TARGET.accessibility}.`, '');
    lines.push('| page type | path | performance | accessibility | FCP | LCP | TBT | CLS | CPU benchmark index |', '|---|---|---:|---:|---|---|---|---|---:|');
    for (const s of scores) {
      if (!('performance' in s)) lines.push(`| ${s.id} | — | ${s.note} | | | | | | |`);
      else {
        const m = s.metrics;
        lines.push(
          `| ${s.id} | \`${s.path}\` | ${s.performance} ${mark(s.performance >= TARGET.performance)} | ${s.accessibility} ${mark(s.accessibility >= TARGET.accessibility)} | ${m['first-contentful-paint']} | ${m['largest-contentful-paint']} | ${m['total-blocking-time']} | ${m['cumulative-layout-shift']} | ${s.benchmarkIndex ?? ''} |`,
        );
      }
    }
    const warnings = [...new Set(scores.flatMap((s) => ('warnings' in s ? s.warnings : [])))];
    if (warnings.length) lines.push('', 'Lighthouse warnings:', '', ...warnings.map((w) => `- ${w}`));
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const { values } = parseArgs({
    options: { root: { type: 'string', default: process.env.DIST_DIR || 'dist' }, 'no-lighthouse': { type: 'boolean', default: false } },
  });
  const types = presentPageTypes(values.root);
  const missing = (await import('../tests/e2e/page-types.ts')).missingPageTypeNotes(values.root);
  console.log(`测量 ${types.length} 种页面的体积…`);
  const weights = await measureWeights(values.root, types);
  let scores = null;
  if (!values['no-lighthouse']) {
    console.log('运行 Lighthouse（移动端）…');
    scores = await runLighthouse(values.root, types);
  }
  mkdirSync('reports', { recursive: true });
  const report = {
    generatedAt: new Date().toISOString(),
    budget: BUDGET,
    target: TARGET,
    shell: { scripts: weights.shell, jsGzip: weights.shellJsGzip },
    lazyParts: weights.lazy,
    weights: weights.rows,
    lighthouse: scores,
    missing,
  };
  writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync('reports/bench.md', renderMarkdown(weights, scores, missing));
  console.log(readFileSync('reports/bench.md', 'utf8'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
