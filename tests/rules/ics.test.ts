import { describe, expect, it } from 'vitest';
import { escapeText, foldLine } from '../../src/rules/ics.ts';
import { icsForDemolition, planDemolition } from '../../src/rules/index.ts';

const plan = planDemolition({
  region: '450000', movedInOn: '2020-03-05', houseType: 'self-built-detached', villageProtection: 'none', today: '2021-01-01',
});
const NOW = Date.UTC(2024, 0, 2, 3, 4, 5);

describe('icsForDemolition', () => {
  const ics = icsForDemolition(plan, { nowMs: NOW })!;
  const lines = ics.split('\r\n');

  it('is a VCALENDAR with CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has an all-day event on the deadline with 60- and 30-day alarms', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20220305');
    expect(lines).toContain('DTEND;VALUE=DATE:20220306');
    expect(lines).toContain('TRIGGER:-P60D');
    expect(lines).toContain('TRIGGER:-P30D');
  });

  it('also has separate reminder events 60 and 30 days before', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20220104');
    expect(lines).toContain('DTSTART;VALUE=DATE:20220203');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('uses the injected timestamp and a stable UID', () => {
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(Array(3).fill('DTSTAMP:20240102T030405Z'));
    expect(icsForDemolition(plan, { nowMs: NOW })).toBe(ics);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids[0]).toBe('UID:demolition-20200305-20220305@banqian-zhengce-tong');
    expect(new Set(uids).size).toBe(3);
    const other = icsForDemolition(plan, { nowMs: NOW + 1000, householdKey: 'hh-7' })!;
    expect(other).toContain('UID:demolition-20200305-20220305-hh-7@banqian-zhengce-tong');
  });

  it('folds every physical line to at most 75 octets without splitting characters', () => {
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:自建独立房要在实际入住新房后2年内拆除旧房');
    expect(unfolded).not.toContain('\uFFFD');
  });

  it('gives null when there is no deadline', () => {
    const exempt = planDemolition({
      region: '450000', movedInOn: '2020-03-05', houseType: 'shared-or-connected', villageProtection: 'none', today: '2021-01-01',
    });
    expect(icsForDemolition(exempt, { nowMs: NOW })).toBeNull();
    expect(icsForDemolition(planDemolition({}), { nowMs: NOW })).toBeNull();
    expect(icsForDemolition(plan, { nowMs: Number.NaN })).toBeNull();
  });
});

describe('text helpers', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('leaves short lines alone and folds long ASCII at 75 octets', () => {
    expect(foldLine('SUMMARY:x')).toBe('SUMMARY:x');
    const folded = foldLine('X'.repeat(200)).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 75, 52]);
  });
});
