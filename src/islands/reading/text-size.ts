/**
 * Text size: three steps applied as a class on <html> (the stylesheet scales the root font size,
 * and the whole site is sized in rem) and remembered in localStorage. Used by the site shell
 * (src/islands/shell/shell.ts), which applies the size before the page is drawn, and by
 * ReadingTools.astro, which renders the switch.
 */
export const TEXT_SIZES = [
  { id: 'normal', label: '标准', className: '' },
  { id: 'large', label: '大', className: 'text-large' },
  { id: 'xlarge', label: '特大', className: 'text-xlarge' },
] as const;

export type TextSizeId = (typeof TEXT_SIZES)[number]['id'];

export const TEXT_SIZE_KEY = 'bqzct:text-size';

/** The switch's buttons: `<button data-size="…">` inside [data-text-size]. */
const SWITCH_BUTTONS = '[data-text-size] button[data-size]';

/** The remembered size; 'normal' when nothing (or something unknown) is stored or storage is blocked. */
export function storedTextSize(): TextSizeId {
  try {
    const v = localStorage.getItem(TEXT_SIZE_KEY);
    return TEXT_SIZES.find((s) => s.id === v)?.id ?? 'normal';
  } catch {
    return 'normal';
  }
}

/** Puts the size's class on <html>, marks its button pressed and, if asked, remembers it. */
export function applyTextSize(id: TextSizeId, remember: boolean): void {
  const root = document.documentElement;
  for (const s of TEXT_SIZES) if (s.className) root.classList.toggle(s.className, s.id === id);
  document.querySelectorAll(SWITCH_BUTTONS).forEach((b) => b.setAttribute('aria-pressed', String(b.getAttribute('data-size') === id)));
  if (!remember) return;
  try {
    localStorage.setItem(TEXT_SIZE_KEY, id);
  } catch {
    // Private mode or storage switched off: the size still applies to this page.
  }
}

/** The size a click on the switch asks for, or null when the click was elsewhere. */
export function clickedTextSize(target: Element): TextSizeId | null {
  const asked = target.closest?.(SWITCH_BUTTONS)?.getAttribute('data-size');
  return TEXT_SIZES.find((s) => s.id === asked)?.id ?? null;
}
