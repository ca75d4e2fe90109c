/**
 * Date results must not depend on the machine's time zone. Node re-reads process.env.TZ
 * when it changes, so the same calls are made under three zones in one process (the
 * offsets are checked to prove the zone really switched), and once more in a child Node
 * process started with TZ set, which exercises a cold start in that zone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { icsForDemolition, planDemolition, siteObligations } from '../../src/rules/index.ts';
import { todayInChina } from '../../src/rules/today.ts';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles'] as const;
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function sample() {
  const inputs = ['2020-02-29', '2020-03-05', '2019-12-31', '2021-01-01', '2023-10-31'];
  const plans = inputs.map((movedInOn) =>
    planDemolition({ region: '450000', movedInOn, houseType: 'self-built-detached', villageProtection: 'none', today: '2021-06-30', demolishedOn: '2021-07-01' }),
  );
  const open = planDemolition({ region: '450000', movedInOn: '2020-03-05', houseType: 'self-built-detached', villageProtection: 'none', today: '2021-06-30' });
  return {
    plans,
    ics: icsForDemolition(open, { nowMs: Date.UTC(2021, 5, 30, 23, 30) }),
    site: siteObligations({ region: '450000', households: 300, persons: 900, today: '2020-08-31' }),
    // 2021-06-30 16:30 UTC is already 1 July in China, whatever the machine's zone.
    chinaDay: todayInChina(Date.UTC(2021, 5, 30, 16, 30)),
  };
}

describe('results are identical in every time zone', () => {
  it('in-process zone switches', () => {
    const results = ZONES.map((zone) => {
      process.env.TZ = zone;
      return { offset: new Date(Date.UTC(2021, 0, 15)).getTimezoneOffset(), result: sample() };
    });
    expect(new Set(results.map((r) => r.offset)).size).toBe(3);
    for (const r of results) expect(r.result).toEqual(results[0]!.result);
    expect(results[0]!.result.chinaDay).toEqual({ year: 2021, month: 7, day: 1 });
  });

  it('cold start in a child process per zone', () => {
    const script = fileURLToPath(new URL('./fixtures/tz-child.ts', import.meta.url));
    const outputs = ZONES.map((zone) =>
      execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      }),
    );
    const parsed = outputs.map((o) => JSON.parse(o) as { zone: string; deadlines: string[]; days: number[] });
    expect(parsed.map((p) => p.zone)).toEqual([...ZONES]);
    for (const p of parsed) {
      expect(p.deadlines).toEqual(['2022-02-28', '2022-03-05', '2021-12-31']);
      expect(p.days).toEqual(parsed[0]!.days);
    }
  });
});
