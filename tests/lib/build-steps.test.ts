import { EventEmitter } from 'node:events';
import { getPriority } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { childLane, indexFolders, NODE_FLAGS, overlappedShards, precompressedList, runNode, sideBySide, timed, writtenPage } from '../../scripts/lib/build-steps.mjs';

/**
 * Stand-ins for shard processes: each says "added" when the test adds it, writes when told, and
 * exits when the test ends it; `log` records what happened in order.
 */
function fakeShards() {
  const log: string[] = [];
  const shards = new Map<string, { added: () => void; exit: (ok: boolean) => void; child: EventEmitter & { connected: boolean; send: (m: string) => void } }>();
  const run = (file: string, options: { onChild: (c: never) => void }) =>
    new Promise<boolean>((resolve) => {
      const child = Object.assign(new EventEmitter(), { connected: true, send: (m: string) => log.push(`${m} ${file}`) });
      log.push(`start ${file}`);
      options.onChild(child as never);
      shards.set(file, {
        child,
        added: () => child.emit('message', 'added'),
        exit: (ok) => (log.push(`exit ${file}`), (child.connected = false), resolve(ok)),
      });
    });
  const alive = () => [...shards.keys()].filter((f) => !log.includes(`exit ${f}`));
  return { log, shards, run, alive };
}
const tick = () => new Promise((r) => setTimeout(r, 5));

describe('the build runs its steps in lanes (scripts/lib/build-steps.mjs)', () => {
  it('a child process succeeds only when it exits with 0', async () => {
    expect(await runNode(['-e', 'process.exit(0)'])).toBe(true);
    expect(await runNode(['-e', 'process.exit(3)'])).toBe(false);
  });

  it('every process it starts gets the young-generation size that keeps the build under 2 GB', async () => {
    expect(NODE_FLAGS).toContain('--max-semi-space-size=16');
    const lines: string[] = [];
    const ok = await runNode(['-e', 'console.log(JSON.stringify(process.execArgv))'], { onLine: (l) => lines.push(l) });
    expect(ok).toBe(true);
    expect((JSON.parse(lines[0]!) as string[]).slice(0, NODE_FLAGS.length)).toEqual(NODE_FLAGS);
  });

  it('work off the critical path runs at the lower priority it asks for', async () => {
    let priority = NaN;
    const ok = await runNode(['-e', 'setTimeout(() => {}, 200)'], { nice: 10, onChild: (c) => (priority = getPriority(c.pid)) });
    expect(ok).toBe(true);
    expect(priority).toBe(Math.min(19, getPriority() + 10));
  });

  it('a lane stopped because the other lane failed ends its running process and starts no more', async () => {
    const lane = childLane();
    const started = performance.now();
    const running = lane.run(['-e', 'setTimeout(() => {}, 30000)']);
    setTimeout(() => lane.stop(), 200);
    expect(await running).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await lane.run(['-e', 'process.exit(0)'])).toBe(false);
  });

  it('lanes side by side: one failing stops the other, and its failure is what the build reports', async () => {
    const slow = childLane();
    const started = performance.now();
    const failing = Promise.reject(new Error('astro build 失败'));
    const other = slow.run(['-e', 'setTimeout(() => {}, 30000)']);
    await expect(sideBySide([{ done: failing, stop: () => {} }, { done: other, stop: () => slow.stop() }])).rejects.toThrow('astro build 失败');
    expect(await other).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('the build reports the lane that failed first, not the one it stopped (a broken link is not "search index failed")', async () => {
    let stopIndex = () => {};
    const index = new Promise<void>((_, reject) => (stopIndex = () => reject(new Error('postbuild 步骤失败：搜索索引'))));
    const pages = new Promise<void>((_, reject) => setTimeout(() => reject(new Error('postbuild 步骤失败：链接与锚点检查')), 50));
    await expect(sideBySide([{ done: index, stop: () => stopIndex() }, { done: pages, stop: () => {} }])).rejects.toThrow('链接与锚点检查');
  });

  it('a step prints its start and end markers and fails the build when it fails', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await timed('postbuild', '试一步', () => true);
    await expect(timed('build', '坏的一步', () => false)).rejects.toThrow('build 步骤失败：坏的一步');
    const lines = log.mock.calls.map((c) => String(c[0]).trim());
    log.mockRestore();
    expect(lines[0]).toBe('[postbuild] 试一步');
    expect(lines[1]).toMatch(/^\[postbuild\] 完成 试一步，用时 \d+\.\d s$/);
  });

  it('the index is written beside dist, never inside it (Astro empties dist when it starts)', () => {
    expect(indexFolders('/tmp/x/dist/')).toEqual({ tmp: '/tmp/x/dist.pagefind-tmp', work: '/tmp/x/dist.search-records' });
  });

  it('the list of pages compressed during astro build is kept beside dist too', () => {
    expect(precompressedList('/tmp/x/dist/')).toBe('/tmp/x/dist.precompressed.json');
  });

  it("a child's output reaches onLine line by line, and stdin reaches the child", async () => {
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const ok = await runNode(['-e', "process.stdin.on('data', (d) => process.stdout.write('got ' + d))"], {
      stdin: true,
      onLine: (l) => lines.push(l),
      onChild: (c) => c.stdin?.end('一\n二'),
    });
    write.mockRestore();
    expect(ok).toBe(true);
    expect(lines).toEqual(['got 一', '二']);
  });

  it("reads from astro build's output which page it has written, and nothing else", () => {
    expect(writtenPage('04:02:24   ├─ /about/index.html (+24ms) ')).toBe('about/index.html');
    expect(writtenPage('  ├─ /documents/a/index.html (+1.20s)')).toBe('documents/a/index.html');
    expect(writtenPage('04:17:04   ├─ /sources/000_10b.txt/ (+2ms) ')).toBe('sources/000_10b.txt');
    expect(writtenPage('  ├─ /x/index.html (cached)')).toBe('x/index.html');
    expect(writtenPage('  \x1b[34m├─\x1b[39m \x1b[2m/a/index.html\x1b[22m \x1b[2m(+3ms)\x1b[22m')).toBe('a/index.html');
    // not written (yet), or not a page line
    expect(writtenPage('  ├─ /e/index.html (+3ms) (file not created, response body was empty)')).toBeNull();
    expect(writtenPage('  ├─ /slow/index.html')).toBeNull();
    expect(writtenPage('04:02:38 ✓ Completed in 16.98s.')).toBeNull();
    expect(writtenPage(' ├─ / (+3ms)')).toBeNull();
  });

  it('shards of the search index overlap only when there is room: the next one adds while one writes, and writes only after it has exited', async () => {
    const { log, shards, run, alive } = fakeShards();
    let makeRoom = () => {};
    const room = new Promise<void>((r) => (makeRoom = r));
    const all = overlappedShards(['s1', 's2', 's3'], run, room);
    await tick();
    shards.get('s1')!.added();
    await tick();
    // no room yet (the page steps are still running): one shard at a time
    expect(alive()).toEqual(['s1']);
    makeRoom();
    await tick();
    expect(log).toEqual(['start s1', 'write s1', 'start s2']);
    shards.get('s2')!.added();
    await tick();
    // s2 waits for s1's write to end, and s3 waits for s2 to write: never two waiting, never three alive
    expect(log).not.toContain('write s2');
    expect(alive()).toEqual(['s1', 's2']);
    shards.get('s1')!.exit(true);
    await tick();
    expect(log.slice(-3)).toEqual(['exit s1', 'write s2', 'start s3']);
    shards.get('s3')!.added();
    await tick();
    expect(log).not.toContain('write s3');
    shards.get('s2')!.exit(true);
    await tick();
    expect(log.at(-1)).toBe('write s3');
    shards.get('s3')!.exit(true);
    expect(await all).toBe(true);
  });

  it('without room the shards run one after another, and one failing shard fails the index after the others have run', async () => {
    const { log, shards, run, alive } = fakeShards();
    const all = overlappedShards(['s1', 's2'], run, new Promise(() => {}));
    await tick();
    shards.get('s1')!.added();
    await tick();
    expect(alive()).toEqual(['s1']);
    shards.get('s1')!.exit(false);
    await tick();
    expect(log.at(-1)).toBe('start s2');
    shards.get('s2')!.added();
    await tick();
    expect(log.at(-1)).toBe('write s2');
    shards.get('s2')!.exit(true);
    expect(await all).toBe(false);
  });

  it('a shard that dies before it has added everything does not hold up the next', async () => {
    const { log, shards, run } = fakeShards();
    const all = overlappedShards(['s1', 's2'], run, Promise.resolve());
    await tick();
    shards.get('s1')!.exit(false);
    await tick();
    expect(log).toEqual(['start s1', 'exit s1', 'start s2']);
    shards.get('s2')!.added();
    await tick();
    shards.get('s2')!.exit(true);
    expect(await all).toBe(false);
  });

  it('a stopped lane ends every process it has running, not only the last one started', async () => {
    const lane = childLane();
    const a = lane.run(['-e', 'setTimeout(() => {}, 30000)']);
    const b = lane.run(['-e', 'setTimeout(() => {}, 30000)']);
    setTimeout(() => lane.stop(), 300);
    expect(await Promise.all([a, b])).toEqual([false, false]);
  });
});
