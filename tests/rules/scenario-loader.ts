/**
 * Loads the YAML scenarios in ./scenarios: each file holds one or more YAML documents of
 * `{ rule, scenarios: [{ name, input, …expectations }] }`, named as sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import * as rules from '../../src/rules/index.ts';

export const RULES = {
  dibaoTopUp: rules.dibaoTopUp,
  transitionalDibao: rules.transitionalDibao,
  focusHouseholdQuota: rules.focusHouseholdQuota,
  wenzhouExitTest: rules.wenzhouExitTest,
  siteObligations: rules.siteObligations,
  screenEntitlements: rules.screenEntitlements,
  planDemolition: rules.planDemolition,
} as const satisfies Record<string, (input: unknown) => unknown>;

export type RuleName = keyof typeof RULES;

export interface Scenario {
  name: string;
  input: unknown;
  /** Partial match on the result. */
  expect?: Record<string, unknown>;
  /** Exact list of citations (order-insensitive). */
  citations?: string[];
  /** Citations that must be among the result's citations. */
  citationsInclude?: string[];
  workingIncludes?: string;
  reasonIncludes?: string;
  notesInclude?: string;
  exemptionIncludes?: string;
  /** screenEntitlements: item id → verdict. */
  verdicts?: Record<string, string>;
  /** screenEntitlements: item id → text the reason must contain. */
  reasonsInclude?: Record<string, string>;
  /** siteObligations: exact set of item ids. */
  itemIds?: string[];
  itemIdsInclude?: string[];
  itemIdsExclude?: string[];
  /** siteObligations: item id → partial match. */
  items?: Record<string, Record<string, unknown>>;
  /** planDemolition: exact step ids in order. */
  stepIds?: string[];
}

export interface ScenarioGroup {
  file: string;
  rule: RuleName;
  scenarios: Scenario[];
}

const DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));

export function loadScenarioGroups(): ScenarioGroup[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) =>
      parseAllDocuments(readFileSync(DIR + file, 'utf8')).map((doc) => {
        const data = doc.toJS() as { rule: RuleName; scenarios: Scenario[] };
        if (!(data.rule in RULES)) throw new Error(`${file}: unknown rule ${String(data.rule)}`);
        return { file, rule: data.rule, scenarios: data.scenarios };
      }),
    );
}

/** Runs one scenario's input through its rule. */
export function runScenario(rule: RuleName, scenario: Scenario): Record<string, unknown> {
  return RULES[rule](scenario.input) as unknown as Record<string, unknown>;
}
