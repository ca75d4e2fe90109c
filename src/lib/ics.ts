/**
 * A calendar (RFC 5545) of all-day events, e.g. the dated targets of the corpus. Escaping and
 * line folding are shared with the demolition calendar in src/rules/ics.ts.
 */
import { escapeText, foldLine } from '../rules/ics.ts';

export interface AllDayEvent {
  /** Unique and stable, ASCII (the domain is appended). */
  uid: string;
  /** `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** Absolute URL of the source, if known. */
  url?: string;
}

const compact = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The .ics text; `stampDate` (`YYYY-MM-DD`) is the DTSTAMP, so the same input gives the same file. */
export function calendarOf(events: readonly AllDayEvent[], opts: { name: string; stampDate: string; uidDomain?: string }): string {
  const domain = opts.uidDomain ?? 'banqian-zhengce-tong';
  const stamp = `${compact(opts.stampDate)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//banqian-zhengce-tong//deadlines//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
