/**
 * Calendar-date arithmetic on plain year/month/day integers.
 *
 * Nothing here touches `Date`, so results never depend on the machine's time zone
 * (a deadline computed in Los Angeles is the same calendar day as in Shanghai).
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCivilDate(d: CivilDate): boolean {
  return (
    Number.isInteger(d.year) && Number.isInteger(d.month) && Number.isInteger(d.day) &&
    d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 &&
    d.day >= 1 && d.day <= daysInMonth(d.year, d.month)
  );
}

/** Parses a strict `YYYY-MM-DD` string; null when malformed or not a real calendar day. */
export function parseIsoDate(iso: string): CivilDate | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCivilDate(d) ? d : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatIsoDate(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatIsoMonth(d: CivilDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}`;
}

/** 2022-03-05 → "2022年3月5日". */
export function formatChineseDate(d: CivilDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** "2022-03-05" → "2022年3月5日", "2022-03" → "2022年3月"; null or not a real date → "". */
export function formatChineseIso(iso: string | null | undefined): string {
  if (!iso) return '';
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    const m = Number(month[2]);
    return m >= 1 && m <= 12 ? `${Number(month[1])}年${m}月` : '';
  }
  const d = parseIsoDate(iso);
  return d ? formatChineseDate(d) : '';
}

/**
 * End of a period of whole years that starts on `start`, counted as 民法典 第二百零一条
 * and 第二百零二条 say: the start day is not counted, the period ends on the
 * corresponding day of the final month, or on that month's last day when there is none
 * (2020-02-29 + 2 years → 2022-02-28).
 */
export function addYearsPeriodEnd(start: CivilDate, years: number): CivilDate {
  const year = start.year + years;
  return { year, month: start.month, day: Math.min(start.day, daysInMonth(year, start.month)) };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function toEpochDay(d: CivilDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link toEpochDay}. */
export function fromEpochDay(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromEpochDay(toEpochDay(d) + days);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return Math.sign(toEpochDay(a) - toEpochDay(b));
}

/** Last day of a month, e.g. for "2020年8月底前" → 2020-08-31. */
export function endOfMonth(year: number, month: number): CivilDate {
  return { year, month, day: daysInMonth(year, month) };
}
