/**
 * What scripts/build.mjs and scripts/postbuild.mjs share: timed steps with the markers the scale
 * benchmark reads, Node child processes with their output relayed line by line, and where the
 * search index is prepared and written before it is moved into dist.
 */
import { spawn } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

/** scripts/search-index.mjs, run as its own processes (prepare, then one per shard). */
export const INDEX_SCRIPT = fileURLToPath(new URL('../search-index.mjs', import.meta.url));

/**
 * Folders beside dist (Astro empties dist/ when it starts, and the page steps walk it): `tmp`
 * receives the index (moved to dist/pagefind/ at the end), `work` the prepared records, one file
 * per shard, between the index's processes.
 * @param {string} dist
 */
export function indexFolders(dist) {
  const stem = dist.replace(/\/+$/, '');
  return { tmp: `${stem}.pagefind-tmp`, work: `${stem}.search-records` };
}

/**
 * Run one step between two marker lines: scripts/lib/scale-measure.mjs phaseTable cuts a phase
 * from "[<tag>] <name>" to "[<tag>] 完成 <name>". Throws when run() resolves to false.
 * @param {'build' | 'postbuild'} tag
 * @param {string} name
 * @param {() => boolean | Promise<boolean>} run
 */
export async function timed(tag, name, run) {
  console.log(`\n[${tag}] ${name}`);
  const started = performance.now();
  const ok = await run();
  console.log(`[${tag}] 完成 ${name}，用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!ok) throw new Error(`${tag} 步骤失败：${name}`);
}

/** Lines of a child's stream, each with a prefix, so two lanes' output stays readable. */
function relay(stream, write, prefix) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) write(`${prefix}${line}\n`);
  });
  stream.on('end', () => rest && write(`${prefix}${rest}\n`));
}

/**
 * `node ...args` with this process's environment (plus `env`), its output relayed with `prefix`.
 * Resolves to true when it exits with 0. `onChild` receives the process (to stop it early).
 * `nice`: run it this much lower in CPU priority than this process (like `nice -n 10`), for work
 * that is not on the build's critical path, so on two cores it takes what the critical lane leaves
 * instead of slowing it down.
 * @param {string[]} args
 * @param {{ prefix?: string, env?: Record<string, string>, nice?: number, onChild?: (child: import('node:child_process').ChildProcess) => void }} [options]
 * @returns {Promise<boolean>}
 */
export function runNode(args, { prefix = '', env = {}, nice = 0, onChild = () => {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    if (nice && child.pid) {
      try {
        setPriority(child.pid, Math.min(19, getPriority() + nice));
      } catch {
        // not allowed on this system: same priority, the build is only slower
      }
    }
    onChild(child);
    relay(/** @type {import('node:stream').Readable} */ (child.stdout), (s) => process.stdout.write(s), prefix);
    relay(/** @type {import('node:stream').Readable} */ (child.stderr), (s) => process.stderr.write(s), prefix);
    child.on('error', (e) => (console.error(`${prefix}${e.message}`), resolve(false)));
    child.on('close', (code) => resolve(code === 0));
  });
}

/**
 * Lanes at once: when one fails, the others are stopped; resolves when all have ended, and throws
 * the first failure.
 * @param {{ done: Promise<unknown>, stop: () => void }[]} lanes
 */
export async function sideBySide(lanes) {
  for (const lane of lanes) lane.done.catch(() => lanes.forEach((other) => other !== lane && other.stop()));
  for (const r of await Promise.allSettled(lanes.map((l) => l.done))) if (r.status === 'rejected') throw r.reason;
}

/** Prints the error the Chinese way ("[build] …") and exits 1. @param {unknown} error @param {'build' | 'postbuild'} tag */
export function failBuild(error, tag) {
  console.error(`\n[${tag}] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** A lane of child processes run one after another, which the other lane can stop when it fails. */
export function childLane() {
  /** @type {import('node:child_process').ChildProcess | null} */
  let current = null;
  let stopped = false;
  return {
    /** @param {string[]} args @param {{ prefix?: string, env?: Record<string, string>, nice?: number }} [options] */
    run: (args, options = {}) => (stopped ? Promise.resolve(false) : runNode(args, { ...options, onChild: (c) => (current = c) })),
    stop() {
      stopped = true;
      if (current && current.exitCode === null) current.kill();
    },
  };
}
