#!/usr/bin/env node
/**
 * npm run bench:scale -- [--docs 5,100,1000] [--builds K] [--out reports/scale.md] [--no-browser] [--keep]
 *                        [--from-json reports/scale.json]   (the report again from a run's rows, no builds)
 *
 * Does the site scale from five documents to thousands? For each N it writes a synthetic corpus
 * of N documents (the five real ones + N − 5 recombined ones, scripts/lib/synthetic-corpus.mjs)
 * into a private copy of the project in /tmp, builds it exactly like `npm run build` (astro
 * build + postbuild: headers, link check, Pagefind, compression) and reports build wall time,
 * peak RSS of the build's process tree, dist and Pagefind sizes, and, in Chromium, the bytes
 * and time of ten typical searches. A micro-benchmark times each cross-reference index
 * (src/lib) alone. The table and the growth exponents go to reports/scale.md and
 * docs/scale-report.md (committed). Not part of `npm test`: N = 1000 takes minutes.
 * Builds per N (`--builds`, default 3 from N = 1000 on, else 1): each from a clean folder, the
 * report takes the median wall time (scripts/lib/scale-measure.mjs medianBuild) and lists them all.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticCorpus } from './lib/synthetic-corpus.mjs';
import { buildLeftovers, calibrationMs, countFiles, folderBytes, formatBytes, growthExponent, largestFiles, medianBuild, phaseTable, precacheSize, runMeasured } from './lib/scale-measure.mjs';
import { makeProjectCopy } from './lib/private-build.mjs';
import { benchXref } from './lib/scale-xref.mjs';
import { measureQueries } from './lib/scale-queries.mjs';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', multiple: true, default: ['5,100,1000'] },
    out: { type: 'string', default: 'reports/scale.md' },
    copy: { type: 'string', default: 'docs/scale-report.md' },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Builds per N; by default three at N ≥ 1000, where one run's wall time is not a verdict.
    builds: { type: 'string', default: '' },
    // Only the cross-reference micro-benchmark (seconds, not minutes): for checking a fix in src/lib.
    'xref-only': { type: 'boolean', default: false },
    // The report again from a run's saved rows (reports/scale.json), e.g. after changing its layout.
    'from-json': { type: 'string' },
  },
});
// Run in the order given (put the largest first when time is short); the report sorts by N.
const sizes = values.docs.flatMap((s) => s.split(',')).map(Number).filter((n) => n > 0);
const projectRoot = process.cwd();
const log = (line) => process.stderr.write(`${line}\n`);
/** @param {number} n */
const buildsFor = (n) => Math.max(1, Number(values.builds) || (n >= 1000 ? 3 : 1));

/** A build's output beside the report (Astro's per-page timings, each postbuild step), to see where the time went. */
function keepBuildLog(total, output) {
  mkdirSync(dirname(resolve(values.out)), { recursive: true });
  writeFileSync(resolve(dirname(values.out), `scale-build-${total}.log`), output);
}

/** One N: generate, micro-benchmark, build, measure. */
async function runOne(total) {
  const root = mkdtempSync(join(tmpdir(), `bench-scale-${total}-`));
  log(`\n== N = ${total}  (${root})`);
  try {
    makeProjectCopy(projectRoot, root);
    const generated = writeSyntheticCorpus({ root, total, projectRoot });
    log(`  语料：${generated.documents} 份文件（合成 ${generated.synthetic}），${generated.provisions} 条`);
    const xref = benchXref(root);
    log(`  交叉引用：buildSiteXref ${xref.steps['buildSiteXref (all of the above, as the build runs it)'].toFixed(0)} ms`);
    if (values['xref-only']) return { total, synthetic: generated.synthetic, provisions: generated.provisions, xref };
    const dist = join(root, 'dist');
    const env = { ...process.env, CONTENT_ROOT: root, DIST_DIR: dist, BASE_PATH: '/', BUILD_DATE: '2026-01-01', ASTRO_TELEMETRY_DISABLED: '1' };
    const builds = [];
    for (let i = 0; i < buildsFor(total); i++) {
      // Each build as cold as the first: no dist, no Astro cache, no records of the one before.
      for (const path of buildLeftovers(dist)) rmSync(path, { recursive: true, force: true });
      const calibration = calibrationMs();
      const one = { ...(await runMeasured('npm', ['run', 'build'], { cwd: root, env })), calibrationMs: calibration };
      if (one.code !== 0) {
        keepBuildLog(total, one.output);
        log(one.output.slice(-4000));
        throw new Error(`N = ${total}：构建失败（退出码 ${one.code}）`);
      }
      log(`  构建 ${i + 1}：${(one.ms / 1000).toFixed(1)} s（CPU ${(one.cpuMs / 1000).toFixed(1)} s，负载 ${loadavg()[0].toFixed(1)}，机器速度校准 ${calibration.toFixed(0)} ms），峰值 RSS ${formatBytes(one.peakRssBytes)}`);
      builds.push(one);
    }
    const { median: build, peakRssBytes, runs } = medianBuild(builds);
    keepBuildLog(total, build.output); // the median build's
    // The last build's dist is the one measured below; every build writes the same files.
    const phases = phaseTable(build);
    for (const p of phases) log(`    ${p.name}: ${(p.ms / 1000).toFixed(1)} s, CPU ${(p.cpuMs / 1000).toFixed(1)} s, RSS ${formatBytes(p.peakRssBytes)}`);
    const row = {
      total,
      synthetic: generated.synthetic,
      provisions: generated.provisions,
      pages: countFiles(dist, ['.html']),
      buildMs: build.ms,
      cpuMs: build.cpuMs,
      runs,
      load: loadavg()[0],
      peakRssBytes,
      distBytes: folderBytes(dist) - compressedBytes(dist),
      pagefindBytes: folderBytes(join(dist, 'pagefind')) - compressedBytes(join(dist, 'pagefind')),
      precache: precacheSize(dist),
      largest: largestFiles(dist, '.html', 3),
      phases,
      xref,
      search: null,
    };
    if (!values['no-browser']) {
      row.search = await measureQueries(dist);
      const q = row.search.queries;
      log(`  检索：初始化 ${formatBytes(row.search.initBytes)}，每次查询最多 ${formatBytes(Math.max(...q.map((x) => x.bytes)))}`);
    }
    return row;
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
}

/** Bytes of the .br/.gz copies, so sizes stay comparable with and without precompression. */
function compressedBytes(dir) {
  return folderBytes(dir, ['.br', '.gz']);
}

// --from-json: the report again from a run's saved rows (reports/scale.json), without building.
const rows = values['from-json'] ? JSON.parse(readFileSync(values['from-json'], 'utf8')) : [];
const failures = [];
for (const n of values['from-json'] ? [] : sizes) {
  try {
    rows.push(await runOne(n));
  } catch (error) {
    // One failed N (out of memory, a build error) still leaves a report of the others.
    log(`  失败：${error.message}`);
    failures.push(`N = ${n}: ${error.message.split('\n')[0]}`);
  }
}
rows.sort((a, b) => a.total - b.total);
if (rows.length === 0) throw new Error(`所有规模都失败了：\n${failures.join('\n')}`);
const report = values['xref-only'] ? renderXref(rows) : renderReport(rows);
for (const file of [values.out, values.copy]) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, report);
}
writeFileSync(values.out.replace(/\.md$/, '.json'), JSON.stringify(rows, null, 2));
log(`\n已写入 ${values.out} 和 ${values.copy}`);
process.stdout.write(report);

/** The micro-benchmark table: one row per step, one column per N, and the growth exponent. */
function xrefTable(rows) {
  const lines = [];
  const big = rows.filter((r) => r.total >= 100);
  const stepNames = Object.keys(rows[0].xref.steps);
  lines.push('## Cross-reference indexes (src/lib), micro-benchmark', '', `Each step timed alone in one Node process on the same corpus (ms); 1-min load average ${loadavg()[0].toFixed(1)} at the end.`, '');
  lines.push(`| step | ${rows.map((r) => `N = ${r.total} (${r.xref.provisions} prov.)`).join(' | ')} | k (N ≥ 100) |`);
  lines.push(`|---|${rows.map(() => '---:').join('|')}|---:|`);
  for (const name of stepNames) {
    const k = big.length >= 2 ? growthExponent(big.map((r) => [r.xref.provisions, r.xref.steps[name]])).toFixed(2) : '–';
    lines.push(`| ${name} | ${rows.map((r) => r.xref.steps[name].toFixed(1)).join(' | ')} | ${k} |`);
  }
  lines.push('', 'k here is against the number of provisions.', '');
  return lines;
}

/** Where each build's time and memory went (scripts/lib/scale-measure.mjs phaseTable). */
function phaseLines(rows) {
  const withPhases = rows.filter((r) => r.phases?.length);
  if (!withPhases.length) return [];
  const names = [...new Set(withPhases.flatMap((r) => r.phases.map((p) => p.name)))];
  const cell = (r, name) => {
    const p = r.phases.find((x) => x.name === name);
    return p ? `${(p.ms / 1000).toFixed(1)} s / ${(p.cpuMs / 1000).toFixed(1)} s / ${formatBytes(p.peakRssBytes)}` : '–';
  };
  return [
    '## Build phases', '',
    'Wall time / CPU time (process tree, sampled) / peak RSS of each phase of `npm run build`: Astro\'s two phases (cut at "generating static routes"), then each step of scripts/build.mjs and scripts/postbuild.mjs from its start to its end line. Steps run in lanes (the search records beside Astro, the page steps beside Pagefind), so overlapping phases share their CPU and peak RSS figures; the build\'s wall time is Astro + the search index + the steps after it.', '',
    `| phase | ${withPhases.map((r) => `N = ${r.total}`).join(' | ')} |`,
    `|---|${withPhases.map(() => '---:').join('|')}|`,
    ...names.map((name) => `| ${name} | ${withPhases.map((r) => cell(r, name)).join(' | ')} |`),
    '',
  ];
}

/** --xref-only: just the micro-benchmark. */
function renderXref(rows) {
  return `# 交叉引用微基准（cross-reference micro-benchmark）\n\nGenerated by \`npm run bench:scale -- --xref-only\` on ${new Date().toISOString().slice(0, 10)}.\n\n${xrefTable(rows).join('\n')}\n`;
}

/** The Markdown report: whole-build table, growth exponents, micro-benchmark, targets. */
function renderReport(rows) {
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  const maxQ = (r) => (r.search ? Math.max(...r.search.queries.map((q) => q.bytes)) : 0);
  const meanMs = (r) => (r.search ? r.search.queries.reduce((t, q) => t + q.ms, 0) / r.search.queries.length : 0);
  // Every build's figure in brackets, in build order, where several builds ran.
  const eachBuild = (r, get) => (r.runs?.length > 1 ? ` (${r.runs.map(get).join(' / ')})` : '');
  const totalQ = (r) => (r.search ? r.search.initBytes + r.search.queries.reduce((t, q) => t + q.bytes, 0) : 0);
  const lines = [
    '# 规模基准（scale benchmark）',
    '',
    `Generated by \`npm run bench:scale\` on ${new Date().toISOString().slice(0, 10)} (${process.platform}, ${navigator.hardwareConcurrency} cores, Node ${process.versions.node}).`,
    'N = all documents: the five real ones verbatim + N − 5 synthetic county documents recombined from their provisions.',
    'Build = `npm run build` (scripts/build.mjs: astro build with the search records beside it, then postbuild: Pagefind beside headers/CSP check, link check and precompression, then the service worker), each from a clean folder; where several builds ran (3 from N = 1000 on, `--builds`), the median by wall time, every build\'s wall and CPU time in brackets (in build order), and the highest peak RSS of them: wall time, and CPU time',
    '(user + system of all processes, GNU time) which is the steadier figure when other jobs share the cores (load avg = 1-min load when the build ended);',
    'peak RSS = sum over the build\'s process tree, sampled every 200 ms; sizes exclude the .br/.gz copies.',
    'Search: Chromium, Pagefind JS API from the built site, 10 typical queries in a row, first 5 results\' data loaded;',
    'bytes = CDP encodedDataLength of every response (the local test server sends files uncompressed; Pagefind\'s index files are gzip already).',
    'SW precache = what the offline service worker (dist/sw.js) downloads into a reader\'s browser on the first visit (uncompressed sizes);',
    'mode "full" = the whole site, "shell" = the site is above the 25 MB budget of scripts/build-sw.mjs, so only the shell is precached and other pages are cached when visited.',
    '',
    '| N | provisions | pages | build (wall) | build (CPU) | load avg | peak RSS | dist | Pagefind index | search init | max per query | 10 queries total | mean query time | SW precache |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.total} | ${r.provisions} | ${r.pages} | ${s(r.buildMs)}${eachBuild(r, (b) => (b.ms / 1000).toFixed(1))} | ${s(r.cpuMs)}${eachBuild(r, (b) => (b.cpuMs / 1000).toFixed(1))} | ${r.load.toFixed(1)} | ${formatBytes(r.peakRssBytes)} | ${formatBytes(r.distBytes)} | ${formatBytes(r.pagefindBytes)} | ${formatBytes(r.search?.initBytes ?? 0)} | ${formatBytes(maxQ(r))} | ${formatBytes(totalQ(r))} | ${meanMs(r).toFixed(0)} ms | ${r.precache.mode ?? 'full'}: ${r.precache.files} files, ${formatBytes(r.precache.bytes)} |`),
    '',
    // The machine check before each build (calibrationMs).
    ...rows.filter((r) => r.runs?.some((b) => b.calibrationMs)).map((r) => `Machine check before each build of N = ${r.total} (fixed CPU work, scripts/lib/scale-measure.mjs calibrationMs; higher = slower machine): ${r.runs.map((b) => `${(b.calibrationMs ?? NaN).toFixed(0)} ms`).join(' / ')}.\n`),
  ];
  const big = rows.filter((r) => r.total >= 100);
  const fit = (get) => growthExponent(big.map((r) => [r.total, get(r)])).toFixed(2);
  if (big.length >= 2) {
    lines.push(
      `Growth exponent k (y ∝ N^k, least squares over N ≥ 100, where fixed costs no longer dominate): build wall time **${fit((r) => r.buildMs)}**, build CPU time **${fit((r) => r.cpuMs)}**, peak RSS **${fit((r) => r.peakRssBytes)}**, dist **${fit((r) => r.distBytes)}**, Pagefind index **${fit((r) => r.pagefindBytes)}**, max bytes per query **${fit(maxQ)}**.`,
      '',
    );
  }
  lines.push(...phaseLines(rows));
  lines.push('Largest pages (hub pages — glossary terms, topics, departments, timeline, external documents — are paginated at 100 entries, src/lib/hub-pages.ts; what is left here grows next):', '');
  for (const r of rows) lines.push(`- N = ${r.total}: ${(r.largest ?? []).map((f) => `\`${f.path}\` ${formatBytes(f.bytes)}`).join(', ')}`);
  lines.push('');
  lines.push(...xrefTable(rows));

  const withSearch = rows.filter((r) => r.search);
  if (withSearch.length) {
    lines.push('## Bytes per query (KB)', '', `| query | ${withSearch.map((r) => `N = ${r.total}`).join(' | ')} |`, `|---|${withSearch.map(() => '---:').join('|')}|`);
    for (const [i, q] of withSearch[0].search.queries.entries()) {
      lines.push(`| ${q.query} | ${withSearch.map((r) => `${(r.search.queries[i].bytes / 1024).toFixed(1)} (${r.search.queries[i].results} hits, ${r.search.queries[i].ms.toFixed(0)} ms)`).join(' | ')} |`);
    }
    lines.push('');
  }
  if (failures.length) lines.push('## Failed runs', '', ...failures.map((f) => `- ${f}`), '');
  return `${lines.join('\n')}\n`;
}
