/**
 * RFC 5545 calendar file for a demolition deadline: an all-day event on the deadline with
 * reminders 60 and 30 days before (as alarms, and as separate all-day events for calendar
 * apps that drop alarms on import). Pure: the timestamp is injected, the UID is derived
 * from the inputs, so the same plan always gives the same file.
 */
import { addDays, formatChineseDate, parseIsoDate, type CivilDate } from './dates.ts';
import type { PlanDemolitionResult } from './demolition.ts';

export interface IcsOptions {
  /** DTSTAMP, as epoch milliseconds (inject `Date.now()` at the call site). */
  nowMs: number;
  /** Days before the deadline for reminders; defaults to [60, 30]. */
  reminderDays?: readonly number[];
  /** Extra text for the event description, e.g. the household's village. */
  description?: string;
  /** Distinguishes households with the same dates in one calendar (ASCII letters, digits, '-'). */
  householdKey?: string;
  /** Domain part of the UID. */
  uidDomain?: string;
}

const CRLF = '\r\n';

/** Escapes TEXT values (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per physical line, never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const icsDate = (d: CivilDate) => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

function icsTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function allDayEvent(uid: string, stamp: string, day: CivilDate, summary: string, description: string, alarms: string[]): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(day, 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    ...alarms,
    'END:VEVENT',
  ];
}

/**
 * The .ics text for a plan, or null when the plan has no deadline (exempt house, invalid
 * input) — there is nothing to put in a calendar then.
 */
export function icsForDemolition(result: PlanDemolitionResult, opts: IcsOptions): string | null {
  if (!result.ok || !result.deadline || !Number.isFinite(opts.nowMs)) return null;
  const deadline = parseIsoDate(result.deadline);
  if (!deadline) return null;
  const reminders = (opts.reminderDays ?? [60, 30]).filter((n) => Number.isInteger(n) && n > 0);
  const stamp = icsTimestamp(opts.nowMs);
  const domain = opts.uidDomain ?? 'banqian-zhengce-tong';
  const movedIn = parseIsoDate(result.steps.find((s) => s.id === 'move-in')?.date ?? '');
  const baseUid = `demolition-${movedIn ? icsDate(movedIn) : 'x'}-${icsDate(deadline)}` +
    (opts.householdKey ? `-${opts.householdKey.replace(/[^A-Za-z0-9-]/g, '')}` : '');
  const basis = `依据：${result.citations.join('、')}`;
  const description = [result.working, opts.description ?? '', basis].filter(Boolean).join('\n');
  const summary = `旧房拆除期限（${formatChineseDate(deadline)}）`;

  const alarms = reminders.flatMap((days) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:-P${days}D`,
    `DESCRIPTION:${escapeText(`距旧房拆除期限还有 ${days} 天`)}`,
    'END:VALARM',
  ]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//banqian-zhengce-tong//demolition//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...allDayEvent(`${baseUid}@${domain}`, stamp, deadline, summary, description, alarms),
    ...reminders.flatMap((days) =>
      allDayEvent(
        `${baseUid}-minus-${days}d@${domain}`,
        stamp,
        addDays(deadline, -days),
        `提醒：距旧房拆除期限还有 ${days} 天`,
        `${summary}\n${basis}`,
        [],
      ),
    ),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
