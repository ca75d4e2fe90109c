import { getPriority } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { childLane, indexFolders, runNode, sideBySide, timed } from '../../scripts/lib/build-steps.mjs';

describe('the build runs its steps in lanes (scripts/lib/build-steps.mjs)', () => {
  it('a child process succeeds only when it exits with 0', async () => {
    expect(await runNode(['-e', 'process.exit(0)'])).toBe(true);
    expect(await runNode(['-e', 'process.exit(3)'])).toBe(false);
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
});
