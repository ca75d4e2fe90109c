/**
 * Property test over every calendar day from 1999 to 2041: the demolition deadline is the
 * same month and day two calendar years later, or that month's last day when it has none
 * (民法典 第二百零一条、第二百零二条).
 */
import { describe, expect, it } from 'vitest';
import {
  addDays, addYearsPeriodEnd, daysBetween, daysInMonth, formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay,
} from '../../src/rules/dates.ts';
import { planDemolition } from '../../src/rules/index.ts';

const START = toEpochDay({ year: 1999, month: 1, day: 1 });
const END = toEpochDay({ year: 2041, month: 12, day: 31 });

describe('calendar arithmetic', () => {
  it('epoch days round-trip and step one calendar day at a time', () => {
    let previous = fromEpochDay(START - 1);
    for (let n = START; n <= END; n++) {
      const d = fromEpochDay(n);
      expect(toEpochDay(d)).toBe(n);
      const expectedNext = previous.day < daysInMonth(previous.year, previous.month)
        ? { ...previous, day: previous.day + 1 }
        : previous.month < 12 ? { year: previous.year, month: previous.month + 1, day: 1 } : { year: previous.year + 1, month: 1, day: 1 };
      expect(d).toEqual(expectedNext);
      previous = d;
    }
  });

  it('1970-01-01 is epoch day 0 and 2000-03-01 follows 2000-02-29', () => {
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(formatIsoDate(addDays({ year: 2000, month: 2, day: 29 }, 1))).toBe('2000-03-01');
    expect(daysBetween({ year: 2020, month: 1, day: 1 }, { year: 2021, month: 1, day: 1 })).toBe(366);
  });
});

describe('demolition deadline for every move-in day 1999–2039', () => {
  it('is the corresponding day two years later, or the last day of that month', () => {
    const stop = toEpochDay({ year: 2039, month: 12, day: 31 });
    for (let n = START; n <= stop; n++) {
      const start = fromEpochDay(n);
      const end = addYearsPeriodEnd(start, 2);
      expect(end.year).toBe(start.year + 2);
      expect(end.month).toBe(start.month);
      const last = daysInMonth(end.year, end.month);
      expect(end.day).toBe(start.day <= last ? start.day : last);
      expect(end.day === start.day || (start.month === 2 && start.day === 29 && end.day === 28)).toBe(true);
    }
  });

  it('matches planDemolition on a sample of days', () => {
    for (let n = START; n <= END - 800; n += 37) {
      const start = fromEpochDay(n);
      const r = planDemolition({
        region: '450000', movedInOn: formatIsoDate(start), houseType: 'self-built-detached',
        villageProtection: 'none', today: formatIsoDate(start),
      });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.deadline).toBe(formatIsoDate(addYearsPeriodEnd(start, 2)));
      expect(r.daysLeft).toBe(daysBetween(start, parseIsoDate(r.deadline!)!));
      expect(r.daysLeft! >= 730 && r.daysLeft! <= 731).toBe(true);
    }
  });
});
