/**
 * Calculator answers as a flat `{ field → text }` record, kept in the URL hash so a result
 * can be shared as a link with no server, and (only if the user agrees) in localStorage.
 * Pure apart from the small storage wrappers, which never throw (private mode, quota).
 */

/** Answers exactly as typed: every value is the raw text of one form field. */
export type Answers = Record<string, string>;

/** Longest value kept from a URL, so a crafted link cannot blow up the page. */
const MAX_VALUE_CHARS = 40;
/** Most fields read from a URL (the screener has 30 members × 7 fields at most). */
const MAX_FIELDS = 260;
const FIELD_NAME = /^[a-z][a-z0-9_]{0,20}$/i;

/** `{ n: '3', r: '450000' }` → `"n=3&r=450000"`; empty values are left out. */
export function encodeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(answers)) {
    if (value !== '' && FIELD_NAME.test(key)) params.set(key, value);
  }
  return params.toString();
}

/** `"#n=3&r=450000"` → `{ n: '3', r: '450000' }`; malformed parts are skipped, never thrown. */
export function decodeAnswers(hash: string): Answers {
  const out: Answers = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return out;
  }
  let count = 0;
  for (const [key, value] of params) {
    if (count >= MAX_FIELDS) break;
    // Empty values and foreign hashes (#main from the skip link) carry no answer.
    if (!FIELD_NAME.test(key) || value === '') continue;
    out[key] = value.slice(0, MAX_VALUE_CHARS);
    count += 1;
  }
  return out;
}

/** localStorage key of one calculator. */
export function storageKey(calculator: string): string {
  return `bqzct:calc:${calculator}`;
}

/** Saved answers, or null when nothing is saved or storage is unavailable. */
export function loadSaved(storage: Pick<Storage, 'getItem'> | undefined, calculator: string): Answers | null {
  try {
    const raw = storage?.getItem(storageKey(calculator));
    return raw ? decodeAnswers(raw) : null;
  } catch {
    return null;
  }
}

/** Saves answers; false when storage is unavailable. */
export function save(storage: Pick<Storage, 'setItem'> | undefined, calculator: string, answers: Answers): boolean {
  try {
    storage?.setItem(storageKey(calculator), encodeAnswers(answers));
    return Boolean(storage);
  } catch {
    return false;
  }
}

/** Forgets saved answers. */
export function forget(storage: Pick<Storage, 'removeItem'> | undefined, calculator: string): void {
  try {
    storage?.removeItem(storageKey(calculator));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** One option of a radio group or drop-down list. */
export interface Choice {
  value: string;
  label: string;
}
