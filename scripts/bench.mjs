#!/usr/bin/env node
/**
 * `npm run bench` — a benchmark, not a test: how heavy each page type is, against the budgets,
 * and Lighthouse (mobile) for the pages people use most. Reads an existing build
 * ($DIST_DIR or dist; run `npm run build` first) and writes reports/bench.md and
 * reports/bench.json.
 *
 * Per page type (tests/e2e/page-types.ts): HTML bytes; JS and CSS bytes gzipped (level 9) of
 * every script and stylesheet the page loads in Chromium after scrolling, so islands that
 * hydrate on idle/visible count. Budgets: CSS ≤ 20 KB; JS 0 on pages without islands, ≤ 35 KB
 * on pages with islands (calculators, search, the document page's citation copier).
 * Lighthouse 12 (npm) with /usr/bin/chromium --headless=new --no-sandbox, default mobile
 * emulation and simulated throttling: targets performance ≥ 95, accessibility 100.
 *
 * CLI: node scripts/bench.mjs [--root dist] [--no-lighthouse]
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { presentPageTypes } from '../tests/e2e/page-types.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, openPage } from '../tests/e2e/support/chromium.mjs';
import { startServer } from './serve.mjs';

const KB = 1024;
const BUDGET = { cssGzip: 20 * KB, islandJsGzip: 35 * KB, plainJsGzip: 0 };
const TARGET = { performance: 95, accessibility: 100 };
/** Page types Lighthouse runs on (the issue's list); missing ones are reported as such. */
const LIGHTHOUSE_TYPES = ['home', 'document', 'calculator-screener', 'search'];

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Gzipped size of a file served by the test server, read from disk.
 * @param {string} root dist directory
 * @param {string} base normalised base of the server
 * @param {string} url absolute URL
 */
function gzipBytesOf(root, base, url) {
  const rel = decodeURIComponent(new URL(url).pathname).slice(base.length);
  return gzipSync(readFileSync(path.join(root, rel)), { level: 9 }).length;
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
      const htmlBytes = statSync(path.join(root, htmlFile)).size;
      const jsGzip = [...scripts].reduce((sum, url) => sum + gzipBytesOf(root, base, url), 0);
      const cssGzip = [...styles].reduce((sum, url) => sum + gzipBytesOf(root, base, url), 0);
      rows.push({
        id: type.id,
        name: type.name,
        path: type.path,
        islands,
        htmlBytes,
        jsGzip,
        cssGzip,
        cssBudget: BUDGET.cssGzip,
        cssOk: cssGzip <= BUDGET.cssGzip,
        scripts: [...scripts].map((url) => new URL(url).pathname),
      });
    }
  } finally {
    await context.close();
    await server.close();
  }
  return applyJsBudgets(root, base, rows);
}

/**
 * The site shell (header search, reading tools) is on every page; budgets judge what a page adds
 * to it. Shell = scripts every page loads; a page's own JS = the rest. Pages without islands of
 * their own must add 0 bytes; pages with islands (calculators, search, citation copier) may
 * ship ≤ 35 KB in total, shell included.
 * @param {string} root @param {string} base
 * @param {{ islands: number, jsGzip: number, cssOk: boolean, scripts: string[] }[]} rows
 */
function applyJsBudgets(root, base, rows) {
  // Majority rather than intersection: one page whose idle island was slow must not shrink the shell.
  const counts = new Map();
  for (const r of rows) for (const p of r.scripts) counts.set(p, (counts.get(p) ?? 0) + 1);
  const shell = new Set([...counts].filter(([, n]) => n >= rows.length / 2).map(([p]) => p));
  const shellIslands = Math.min(...rows.map((r) => r.islands));
  const size = (/** @type {string} */ p) => gzipSync(readFileSync(path.join(root, p.slice(base.length))), { level: 9 }).length;
  return rows.map((r) => {
    const ownJsGzip = r.scripts.filter((p) => !shell.has(p)).reduce((sum, p) => sum + size(p), 0);
    const ownIslands = r.islands - shellIslands;
    const jsBudget = ownIslands > 0 ? BUDGET.islandJsGzip : BUDGET.plainJsGzip;
    const jsOk = ownIslands > 0 ? r.jsGzip <= jsBudget : ownJsGzip <= jsBudget;
    return { ...r, ownIslands, ownJsGzip, jsBudget, jsOk, shellScripts: [...shell] };
  });
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

/** @param {Awaited<ReturnType<typeof measureWeights>>} weights @param {Awaited<ReturnType<typeof runLighthouse>> | null} scores */
function renderMarkdown(weights, scores, missing) {
  const mark = (/** @type {boolean} */ ok) => (ok ? '✅' : '❌');
  const lines = [
    '# Bench report',
    '',
    `Generated by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString()}.`,
    '',
    '## Page weight per page type',
    '',
    `JS budget: a page without islands of its own adds 0 bytes to the site shell; a page with islands ships ≤ ${kb(BUDGET.islandJsGzip)} gzipped in total. CSS budget: ≤ ${kb(BUDGET.cssGzip)} gzipped.`,
    '',
    `Site shell loaded by every page (not counted as a page's own JS): ${(weights[0]?.shellScripts ?? []).map((p) => `\`${p}\``).join(', ') || 'none'}.`,
    '',
    '| page type | path | own islands | HTML | JS gz (total) | JS gz (own) | CSS gz | budgets |',
    '|---|---|---:|---:|---:|---:|---:|---|',
    ...weights.map(
      (r) =>
        `| ${r.name} (${r.id}) | \`${r.path}\` | ${r.ownIslands} | ${kb(r.htmlBytes)} | ${kb(r.jsGzip)} | ${kb(r.ownJsGzip)} | ${kb(r.cssGzip)} | JS ${mark(r.jsOk)} CSS ${mark(r.cssOk)} |`,
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
  writeFileSync('reports/bench.json', `${JSON.stringify({ generatedAt: new Date().toISOString(), budget: BUDGET, target: TARGET, weights, lighthouse: scores, missing }, null, 2)}\n`);
  writeFileSync('reports/bench.md', renderMarkdown(weights, scores, missing));
  console.log(readFileSync('reports/bench.md', 'utf8'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
