/**
 * One `it()` per YAML scenario, named by the scenario's sentence.
 */
import { describe, expect, it } from 'vitest';
import { hasNonFinite } from '../../src/rules/result.ts';
import { loadScenarioGroups, runScenario, type Scenario } from './scenario-loader.ts';

type Item = { id: string; verdict?: string; reason?: string } & Record<string, unknown>;

function check(result: Record<string, unknown>, s: Scenario): void {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  expect(hasNonFinite(result)).toBe(false);
  if (s.expect) expect(result).toMatchObject(s.expect);
  if (s.citations) expect([...(result.citations as string[])].sort()).toEqual([...s.citations].sort());
  for (const key of s.citationsInclude ?? []) expect(result.citations).toContain(key);
  if (s.workingIncludes) expect(result.working).toContain(s.workingIncludes);
  if (s.reasonIncludes) expect(result.reason).toContain(s.reasonIncludes);
  if (s.notesInclude) expect((result.notes as string[]).join('\n')).toContain(s.notesInclude);
  if (s.exemptionIncludes) expect((result.exemption as { path: string }).path).toContain(s.exemptionIncludes);
  if (s.stepIds) expect((result.steps as Item[]).map((x) => x.id)).toEqual(s.stepIds);

  const items = (result.items as Item[] | undefined) ?? [];
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const [id, verdict] of Object.entries(s.verdicts ?? {})) {
    expect(byId.get(id)?.verdict, `${id}: ${byId.get(id)?.reason}`).toBe(verdict);
  }
  for (const [id, text] of Object.entries(s.reasonsInclude ?? {})) expect(byId.get(id)?.reason).toContain(text);
  if (s.itemIds) expect(items.map((i) => i.id).sort()).toEqual([...s.itemIds].sort());
  for (const id of s.itemIdsInclude ?? []) expect(byId.has(id), id).toBe(true);
  for (const id of s.itemIdsExclude ?? []) expect(byId.has(id), id).toBe(false);
  for (const [id, partial] of Object.entries(s.items ?? {})) expect(byId.get(id)).toMatchObject(partial);
}

for (const group of loadScenarioGroups()) {
  describe(`${group.rule} (${group.file})`, () => {
    for (const scenario of group.scenarios) {
      it(scenario.name, () => check(runScenario(group.rule, scenario), scenario));
    }
  });
}

describe('every screening result', () => {
  it('phrases likely verdicts as 可能符合…确认 and never as a promise', () => {
    for (const group of loadScenarioGroups().filter((g) => g.rule === 'screenEntitlements')) {
      for (const scenario of group.scenarios) {
        const items = (runScenario(group.rule, scenario).items as Item[]) ?? [];
        for (const item of items) {
          if (item.verdict === 'likely') expect(item.reason).toMatch(/^可能符合.*确认/);
          expect(item.reason).not.toMatch(/一定|保证|肯定能/);
        }
      }
    }
  });
});
