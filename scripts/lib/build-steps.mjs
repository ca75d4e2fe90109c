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
 * V8 flags of every Node process the build starts (Astro, the search records, the shards, the
 * page checks, the compressing). Node 24 gives its young generation larger semi-spaces than
 * these processes need; at 16 MB, measured alone at 1 000 documents, Astro peaks at 1.09–1.11
 * instead of 1.21–1.25 GB, the search records' process at 0.55 instead of 0.73 GB, the page
 * checks at 0.37 instead of 0.46 GB and a shard's feeder at 0.23 instead of 0.30 GB, in the same
 * time (8 MB made Astro ~15 % slower). The build's peak is Astro and the records' process
 * together, which had reached 1.95 GB of the 2 GB budget when the records ran late.
 */
export const NODE_FLAGS = ['--max-semi-space-size=16'];

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
 * Beside dist too: the list of pages compressed while Astro rendered (scripts/compress.mjs
 * followPages), read by postbuild's page lane so it compresses only the others.
 * @param {string} dist
 */
export const precompressedList = (dist) => `${dist.replace(/\/+$/, '')}.precompressed.json`;

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
function relay(stream, write, prefix, onLine = (/** @type {string} */ _line) => {}) {
  let rest = '';
  stream.setEncoding('utf8');
  const out = (/** @type {string} */ line) => (write(`${prefix}${line}\n`), onLine(line));
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out(line);
  });
  stream.on('end', () => rest && out(rest));
}

/**
 * `node ...NODE_FLAGS ...args` with this process's environment (plus `env`), its output relayed with `prefix`.
 * Resolves to true when it exits with 0. `onChild` receives the process (to stop it early, or to
 * talk to it: `ipc` opens Node's message channel to the child, `stdin` a pipe to its standard
 * input). `onLine` sees each line of its standard output.
 * `nice`: run it this much lower in CPU priority than this process (like `nice -n 10`), for work
 * that is not on the build's critical path, so on two cores it takes what the critical lane leaves
 * instead of slowing it down.
 * @param {string[]} args
 * @param {RunOptions & { onChild?: (child: import('node:child_process').ChildProcess) => void }} [options]
 * @returns {Promise<boolean>}
 */
export function runNode(args, { prefix = '', env = {}, nice = 0, ipc = false, stdin = false, onLine, onChild = () => {} } = {}) {
  return new Promise((resolve) => {
    const stdio = /** @type {import('node:child_process').StdioOptions} */ ([stdin ? 'pipe' : 'ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])]);
    const child = spawn(process.execPath, [...NODE_FLAGS, ...args], { env: { ...process.env, ...env }, stdio });
    if (nice && child.pid) {
      try {
        setPriority(child.pid, Math.min(19, getPriority() + nice));
      } catch {
        // not allowed on this system: same priority, the build is only slower
      }
    }
    onChild(child);
    relay(/** @type {import('node:stream').Readable} */ (child.stdout), (s) => process.stdout.write(s), prefix, onLine);
    relay(/** @type {import('node:stream').Readable} */ (child.stderr), (s) => process.stderr.write(s), prefix);
    child.on('error', (e) => (console.error(`${prefix}${e.message}`), resolve(false)));
    child.on('close', (code) => resolve(code === 0));
  });
}

/**
 * The page a line of `astro build`'s output says it has written, as a path relative to dist, or
 * null. Astro prints "├─ /path/index.html" before rendering a page and "(+12ms)" after writing it
 * (or "(cached)"/"(restored)" when its cache supplied the file), on one line when its output is
 * not a terminal; an endpoint's file gets a stray "/" ("├─ /sources/a.txt/"). Used to compress
 * pages while Astro renders the rest (scripts/build.mjs); a line Astro prints differently is
 * simply not matched, and its page is compressed after Astro.
 * @param {string} line
 */
export function writtenPage(line) {
  const m = line.replace(/\x1b\[[0-9;]*m/g, '').match(/├─ \/(\S+?)\/? \((?:\+[\d.]+m?s|cached|restored)\)\s*$/);
  return m ? m[1] : null;
}

/**
 * Lanes at once: when one fails, the others are stopped; resolves when all have ended, and throws
 * the first failure.
 * @param {{ done: Promise<unknown>, stop: () => void }[]} lanes
 */
export async function sideBySide(lanes) {
  /** @type {{ reason: unknown } | null} */
  let first = null;
  for (const lane of lanes)
    lane.done.catch((reason) => {
      // The first to fail in time is the cause: the lanes it stops fail after it.
      if (first) return;
      first = { reason };
      lanes.forEach((other) => other !== lane && other.stop());
    });
  await Promise.allSettled(lanes.map((l) => l.done));
  if (first) throw (/** @type {{ reason: unknown }} */ (first)).reason;
}

/** Prints the error the Chinese way ("[build] …") and exits 1. @param {unknown} error @param {'build' | 'postbuild'} tag */
export function failBuild(error, tag) {
  console.error(`\n[${tag}] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** @typedef {{ prefix?: string, env?: Record<string, string>, nice?: number, ipc?: boolean, stdin?: boolean, onLine?: (line: string) => void }} RunOptions */

/**
 * A lane of child processes (one after another, or overlapping), which the other lane can stop
 * when it fails: stop() ends every child still running and refuses new ones.
 */
export function childLane() {
  /** @type {Set<import('node:child_process').ChildProcess>} */
  const running = new Set();
  let stopped = false;
  return {
    /**
     * @param {string[]} args
     * @param {RunOptions & { onChild?: (child: import('node:child_process').ChildProcess) => void }} [options]
     */
    run: (args, { onChild = () => {}, ...options } = {}) => {
      if (stopped) return Promise.resolve(false);
      /** @type {import('node:child_process').ChildProcess | undefined} */
      let child;
      return runNode(args, { ...options, onChild: (c) => (running.add((child = c)), onChild(c)) }).finally(() => child && running.delete(child));
    },
    stop() {
      stopped = true;
      for (const child of running) if (child.exitCode === null) child.kill();
    },
  };
}

/**
 * The search index's shard processes, overlapped two at a time where memory allows.
 * A shard's process spends ~40 % of its time adding records (Pagefind's memory grows slowly,
 * ~0.2 GB for 6 500 records) and ~60 % writing the index files (a short peak of ~0.85 GB, and
 * Pagefind's writing keeps about one core busy). So the next shard may add while this one writes,
 * but it writes only after this one has exited (one write peak at a time), and it starts early
 * only once `roomFor` resolves (the page steps beside the index, ~0.5 GB, are done): one write
 * peak + one adding shard + the page steps would not fit in 2 GB at 1 000 documents.
 * Each shard's process says "added" and waits for "write" over its message channel
 * (scripts/search-index.mjs shard).
 * @param {string[]} files the shards' record files, in order
 * @param {(file: string, options: RunOptions & { onChild: (child: import('node:child_process').ChildProcess) => void }) => Promise<boolean>} run
 * @param {Promise<unknown>} roomFor
 * @returns {Promise<boolean>} true when every shard's process succeeded
 */
export async function overlappedShards(files, run, roomFor) {
  const room = roomFor.then(() => true, () => true);
  /** @type {{ added: Promise<void>, writes: Promise<unknown>, exited: Promise<boolean> } | null} */
  let previous = null;
  /** @type {Promise<boolean>[]} */
  const exits = [];
  for (const file of files) {
    // Start when the previous shard has ended, or earlier when it is writing (its own previous
    // has ended and it has added everything) and there is room: never two waiting for a write.
    if (previous) await Promise.race([previous.exited, Promise.all([previous.added, previous.writes, room])]);
    const writeAfter = previous ? previous.exited : Promise.resolve(true);
    /** @type {(v: void) => void} */
    let markAdded = () => {};
    const added = new Promise((resolve) => (markAdded = resolve));
    const exited = run(file, {
      ipc: true,
      onChild: (child) =>
        child.on('message', (m) => {
          if (m !== 'added') return;
          markAdded();
          writeAfter.then(() => child.connected && child.send('write'));
        }),
    });
    exited.then(() => markAdded());
    exits.push(exited);
    previous = { added, writes: writeAfter, exited };
  }
  return (await Promise.all(exits)).every(Boolean);
}
