import { describe, expect, it } from 'vitest';
import { documentsFor, OTHER_REGION, planDemolition, screenEntitlements, siteObligations } from '../../src/rules/index.ts';

describe('the "其他地区" region code', () => {
  it('has no documents, so every rule says the documents do not cover it', () => {
    expect(documentsFor(OTHER_REGION)).toEqual([]);
    const site = siteObligations({ region: OTHER_REGION, households: 20, persons: 900 });
    expect(site.ok && site.items).toEqual([]);
    const plan = planDemolition({ region: OTHER_REGION, movedInOn: '2020-03-05', houseType: 'self-built-detached', villageProtection: 'none' });
    expect(plan.ok && plan.appliesInRegion).toBe(false);
  });

  it('is accepted by the screener, which then reports no documents for the region', () => {
    const r = screenEntitlements({
      region: OTHER_REGION,
      household: { members: [{ age: 40, canWork: 'yes', wantsWork: 'yes', employed: 'no', disability: 'none' }], propertyWithinRules: 'unknown', hasSupporter: 'unknown' },
    });
    expect(r.ok && r.hasDocuments).toBe(false);
  });
});
