/**
 * Measuring helpers for scripts/bench-scale.mjs: run a command while sampling the memory of its
 * whole process tree, folder sizes, a private project root to build in, and the growth exponent.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const PAGE = 4096;
/** USER_HZ is 100 on Linux: one clock tick is 10 ms. */
const TICK_MS = 10;

/** pid → { ppid, rssBytes } for every process, read from /proc (Linux only). */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may contain spaces; fields after the closing ")" are fixed.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime + cutime + cstime (clock ticks): a reaped child's CPU moves into its
      // parent's cutime, so the sum over the live tree only ever grows.
      const cpuTicks = Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]);
      table.set(Number(name), { ppid: Number(rest[1]), rssBytes: Number(rest[21]) * PAGE, cpuMs: cpuTicks * TICK_MS });
    } catch {
      // the process ended between readdir and read
    }
  }
  return table;
}

/** Summed RSS and cumulative CPU (including reaped children) of `root` and its descendants. */
export function treeUsage(root) {
  const table = processTable();
  const children = new Map();
  for (const [pid, p] of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let rssBytes = 0;
  let cpuMs = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    rssBytes += table.get(pid)?.rssBytes ?? 0;
    cpuMs += table.get(pid)?.cpuMs ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssBytes, cpuMs };
}

/**
 * Runs a command, sampling the RSS of its process tree every `intervalMs`.
 * Why a tree sum: `npm run build` is npm → sh → node (astro) → pagefind's own binary; the peak
 * that matters for a 2 GB machine is what they hold together.
 * Also keeps every output line and every sample with its time, for phaseTable().
 * @returns {Promise<{ code: number, ms: number, cpuMs: number, peakRssBytes: number, output: string,
 *   lines: { ms: number, text: string }[], samples: { ms: number, rssBytes: number, cpuMs: number }[] }>}
 */
export function runMeasured(command, args, { cwd, env, intervalMs = 200 }) {
  return new Promise((resolve) => {
    const started = performance.now();
    // GNU time adds the CPU seconds of every descendant: a figure that, unlike wall time,
    // barely moves when other jobs share the two cores.
    const child = spawn('/usr/bin/time', ['-f', 'BENCH_TIME %U %S', command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const lines = [];
    const onData = (d) => {
      output += d;
      const ms = performance.now() - started;
      for (const text of String(d).split('\n')) if (text.trim()) lines.push({ ms, text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peak = 0;
    const samples = [];
    const timer = setInterval(() => {
      const usage = treeUsage(child.pid);
      peak = Math.max(peak, usage.rssBytes);
      samples.push({ ms: performance.now() - started, ...usage });
    }, intervalMs);
    child.on('close', (code) => {
      clearInterval(timer);
      const cpu = /BENCH_TIME ([\d.]+) ([\d.]+)/.exec(output);
      const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
      resolve({ code: code ?? 1, ms: performance.now() - started, cpuMs, peakRssBytes: peak, output, lines, samples });
    });
  });
}

/**
 * Bytes of the files under `dir` (those ending with one of `extensions`, or all).
 * @param {string} dir
 * @param {string[] | null} [extensions]
 * @returns {number}
 */
export function folderBytes(dir, extensions = null) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full, extensions);
    else if (!extensions || extensions.some((e) => entry.name.endsWith(e))) total += statSync(full).size;
  }
  return total;
}

/**
 * The `n` largest files under `dir` ending with `extension`, as { path, bytes } (path relative).
 * Hub pages (a glossary term, a department, the timeline) list every provision that uses them,
 * so they are where a growing corpus hurts a reader first.
 */
export function largestFiles(dir, extension, n = 3, prefix = '') {
  const found = [];
  const walk = (d, rel) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full, `${rel}${entry.name}/`);
      else if (entry.name.endsWith(extension)) found.push({ path: `${prefix}${rel}${entry.name}`, bytes: statSync(full).size });
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return found.sort((a, b) => b.bytes - a.bytes).slice(0, n);
}

/**
 * Files under `dir` whose name ends with one of `extensions` (or all files).
 * @param {string} dir
 * @param {string[] | null} [extensions]
 * @returns {number}
 */
export function countFiles(dir, extensions = null) {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) n += countFiles(full, extensions);
    else if (!extensions || extensions.some((e) => entry.name.endsWith(e))) n += 1;
  }
  return n;
}

/**
 * Files and bytes the offline service worker (dist/sw.js, scripts/build-sw.mjs) downloads into a
 * reader's browser on the first visit: its PRECACHE list resolved against dist. 0 without sw.js.
 */
export function precacheSize(dist) {
  const file = join(dist, 'sw.js');
  if (!existsSync(file)) return { files: 0, bytes: 0, mode: 'none' };
  const sw = readFileSync(file, 'utf8');
  // "full" (whole site) or "shell" (above the budget of scripts/build-sw.mjs); older workers: full.
  const mode = /const MODE = "(\w+)"/.exec(sw)?.[1] ?? 'full';
  const list = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(sw)?.[1] ?? '[]');
  const base = /const BASE = "([^"]*)"/.exec(sw)?.[1] ?? '/';
  let bytes = 0;
  for (const url of list) {
    const rel = decodeURIComponent(url.startsWith(base) ? url.slice(base.length) : url);
    const path = join(dist, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    if (existsSync(path)) bytes += statSync(path).size;
  }
  return { files: list.length, bytes, mode };
}

/** Least-squares slope of log(y) on log(x): y ∝ x^k. */
export function growthExponent(points) {
  const pts = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (pts.length < 2) return NaN;
  const mx = pts.reduce((s, [x]) => s + x, 0) / pts.length;
  const my = pts.reduce((s, [, y]) => s + y, 0) / pts.length;
  const num = pts.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = pts.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return num / den;
}

/** "12.3 MB" style sizes for the report. */
export function formatBytes(bytes) {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Where a build's time and memory went: Astro's two phases (cut at its "generating static
 * routes" line and at the first postbuild step), then each step of scripts/build.mjs and
 * scripts/postbuild.mjs from its "[build|postbuild] <name>" line to its "… 完成 <name>" line
 * (scripts/lib/build-steps.mjs timed). Steps run in lanes (the search records beside Astro, the
 * index beside the page steps), so windows overlap: their CPU and peak RSS are of the whole
 * process tree during the window, shared with the other lane.
 * @param {{ ms: number, cpuMs: number, lines: { ms: number, text: string }[], samples: { ms: number, rssBytes: number, cpuMs: number }[] }} run
 * @returns {{ name: string, ms: number, cpuMs: number, peakRssBytes: number }[]}
 */
export function phaseTable(run) {
  /** @type {{ name: string, start: number, end: number } | null} the Astro phase still running */
  let astro = { name: 'astro: content sync + Vite bundles', start: 0, end: run.ms };
  const phases = [astro];
  const open = new Map();
  for (const { ms, text } of run.lines) {
    if (astro && /generating static routes/.test(text)) {
      astro.end = ms;
      astro = { name: 'astro: render pages', start: ms, end: run.ms };
      phases.push(astro);
    }
    const step = /^\[(build|postbuild)\] (完成 )?(.+?)(?: \(scripts\/[\w-]+\.mjs.*)?(?:，用时.*)?$/.exec(text.trim());
    if (!step) continue;
    // Astro ends where postbuild starts (scripts/build.mjs's own steps run beside Astro).
    if (astro && step[1] === 'postbuild') {
      astro.end = ms;
      astro = null;
    }
    const name = `${step[1]}: ${step[3]}`;
    if (!step[2]) {
      const phase = { name, start: ms, end: run.ms };
      open.set(name, phase);
      phases.push(phase);
    } else if (open.has(name)) {
      open.get(name).end = ms;
      open.delete(name);
    }
  }
  const cpuAt = (ms) => {
    let last = 0;
    for (const s of run.samples) {
      if (s.ms > ms) break;
      last = s.cpuMs;
    }
    return last;
  };
  return phases.map((p) => {
    const inside = run.samples.filter((s) => s.ms >= p.start && s.ms <= p.end);
    const cpuEnd = p.end >= run.ms && Number.isFinite(run.cpuMs) ? run.cpuMs : cpuAt(p.end);
    return { name: p.name, ms: p.end - p.start, cpuMs: Math.max(0, cpuEnd - cpuAt(p.start)), peakRssBytes: Math.max(0, ...inside.map((s) => s.rssBytes)) };
  });
}

/**
 * Several builds of the same corpus as one result: the build with the median wall time (its CPU
 * time and phases come with it, so they stay one real run's figures), the highest peak RSS of
 * all (the memory target is about the worst), and every build's wall and CPU time for the spread.
 * Wall time on a shared 2-core machine moves by ±10 % from run to run; the median of three is
 * what a single unlucky run cannot decide.
 * @template {{ ms: number, cpuMs: number, peakRssBytes: number, calibrationMs?: number }} B
 * @param {B[]} builds
 * @returns {{ median: B, peakRssBytes: number, runs: { ms: number, cpuMs: number, calibrationMs?: number }[] }}
 */
export function medianBuild(builds) {
  if (builds.length === 0) throw new Error('medianBuild: no builds');
  const byWall = [...builds].sort((a, b) => a.ms - b.ms);
  return {
    median: /** @type {B} */ (byWall[Math.floor((byWall.length - 1) / 2)]),
    peakRssBytes: Math.max(...builds.map((b) => b.peakRssBytes)),
    runs: builds.map((b) => ({ ms: b.ms, cpuMs: b.cpuMs, calibrationMs: b.calibrationMs })),
  };
}

/**
 * What a build leaves beside the project for the next one (dist, and the siblings it writes
 * next to it: Astro's cache of the content data store, the search records, the index being
 * written, the list of pages precompressed during Astro), so a repeated build starts as cold as
 * the first.
 * @param {string} dist
 * @returns {string[]} paths to remove
 */
export function buildLeftovers(dist) {
  const parent = dirname(dist);
  const name = basename(dist);
  return [dist, ...readdirSync(parent).filter((f) => f.startsWith(`${name}.`)).map((f) => join(parent, f))];
}

/**
 * How fast the machine is right now: a fixed piece of CPU work (sha256 of 128 MB, then sorting
 * 300 000 numbers) timed in ms, run just before each build. On this shared machine one build of
 * the same code took 51.5 to 77.3 s within two hours, with CPU time rising alike; this figure
 * beside each build tells a slower machine from a slower build.
 * @returns {number}
 */
export function calibrationMs() {
  const started = performance.now();
  const hash = createHash('sha256');
  const block = Buffer.alloc(8 << 20, 7);
  for (let i = 0; i < 16; i++) hash.update(block);
  hash.digest();
  const numbers = Array.from({ length: 300_000 }, (_, i) => Math.imul(i, 2654435761) >>> 0);
  numbers.sort((a, b) => a - b);
  return performance.now() - started;
}
