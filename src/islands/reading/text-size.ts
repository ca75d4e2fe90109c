/**
 * Text size: three steps applied as a class on <html> (the stylesheet scales the root font size,
 * and the whole site is sized in rem) and remembered in localStorage.
 */
export const TEXT_SIZES = [
  { id: 'normal', label: '标准', className: '' },
  { id: 'large', label: '大', className: 'text-large' },
  { id: 'xlarge', label: '特大', className: 'text-xlarge' },
] as const;

export type TextSizeId = (typeof TEXT_SIZES)[number]['id'];

export const TEXT_SIZE_KEY = 'bqzct:text-size';

/** The remembered size; 'normal' when nothing (or something unknown) is stored or storage is blocked. */
export function storedTextSize(): TextSizeId {
  try {
    const v = localStorage.getItem(TEXT_SIZE_KEY);
    return TEXT_SIZES.some((s) => s.id === v) ? (v as TextSizeId) : 'normal';
  } catch {
    return 'normal';
  }
}

export function applyTextSize(id: TextSizeId, remember: boolean): void {
  const root = document.documentElement;
  for (const s of TEXT_SIZES) if (s.className) root.classList.toggle(s.className, s.id === id);
  if (!remember) return;
  try {
    localStorage.setItem(TEXT_SIZE_KEY, id);
  } catch {
    // Private mode or storage switched off: the size still applies to this page.
  }
}

/** Wire up the switch rendered by ReadingTools.astro: show it, mark the current size, handle clicks. */
export function startTextSize(): void {
  const group = document.querySelector<HTMLElement>('[data-text-size]');
  if (!group) return;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button[data-size]')];
  const mark = (id: TextSizeId) => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.size === id)));
  const current = storedTextSize();
  applyTextSize(current, false);
  mark(current);
  group.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-size]');
    const id = TEXT_SIZES.find((s) => s.id === button?.dataset.size)?.id;
    if (!id) return;
    applyTextSize(id, true);
    mark(id);
  });
  group.hidden = false;
}
