/**
 * "Today" for rules that compare against deadlines. Policies are Chinese, so the default
 * is the calendar date in China (UTC+8, no daylight saving), computed from the epoch
 * without consulting the machine's time zone.
 */
import { fromEpochDay, type CivilDate } from './dates.ts';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function todayInChina(nowMs: number = Date.now()): CivilDate {
  return fromEpochDay(Math.floor((nowMs + CHINA_OFFSET_MS) / DAY_MS));
}
