/**
 * Public rules API. Every function takes plain data, validates it, never throws and never
 * returns NaN: bad input gives `{ ok: false, issues }` with Chinese messages, good input
 * gives `{ ok: true, …, citations }`.
 */
export { dibaoTopUp, dibaoTopUpInputSchema, transitionalDibao, transitionalDibaoInputSchema, dibaoCitations } from './dibao.ts';
export type { DibaoTopUpInput, DibaoTopUpResult, TransitionalDibaoInput, TransitionalDibaoResult } from './dibao.ts';
export { focusHouseholdQuota, focusHouseholdQuotaInputSchema, wenzhouExitTest, wenzhouExitTestInputSchema } from './focus-household.ts';
export type { FocusHouseholdQuotaInput, FocusHouseholdQuotaResult, WenzhouExitTestInput, WenzhouExitTestResult } from './focus-household.ts';
export { siteObligations, siteObligationsInputSchema } from './site-obligations.ts';
export type { SiteObligation, SiteObligationsInput, SiteObligationsResult } from './site-obligations.ts';
export { screenEntitlements } from './screen-entitlements.ts';
export type { ScreenEntitlementsResult, ScreenItem, Verdict } from './screen-entitlements.ts';
export { screenEntitlementsInputSchema, householdSchema, memberSchema, SCHOOL_STAGES } from './screen-schema.ts';
export type { Household, Member, ScreenEntitlementsInput } from './screen-schema.ts';
export { SCREEN_TITLES } from './screen-sources.ts';
export {
  planDemolition, planDemolitionInputSchema, HOUSE_TYPES, VILLAGE_PROTECTIONS, VILLAGE_PROTECTION_LABELS,
} from './demolition.ts';
export type { DemolitionStep, PlanDemolitionInput, PlanDemolitionResult } from './demolition.ts';
export { icsForDemolition } from './ics.ts';
export type { IcsOptions } from './ics.ts';
export { EXTERNAL_SOURCES, isExternalCitation } from './external-sources.ts';
export type { ExternalSource } from './external-sources.ts';
export { CORPUS_CITATION_KEYS } from './citations.ts';
export { documentsFor, regionChain, REGION_NAMES, DOCUMENT_SLUGS, OTHER_REGION } from './regions.ts';
export { PARAMETERS } from './parameters.ts';
export { DISCLAIMER, ASK } from './messages.ts';
export type { Issue, Failure, RuleResult } from './result.ts';
