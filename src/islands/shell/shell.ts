/**
 * The site shell: the only script a page runs before the reader does anything (SiteShell.astro
 * explains how it is built and loaded). Keep it tiny — every page pays for each byte.
 * - At once, before the page is drawn: the remembered text size goes on <html>, and the `js`
 *   class tells the stylesheet to show the controls that need JavaScript (text size, copy).
 * - Once the page is parsed: mark the current size; show read-aloud buttons if the browser
 *   can speak Chinese.
 * - On first use: run the code behind a read-aloud or copy button and the live header search
 *   box — see lazy.ts.
 * - After the page has loaded: scroll the phone menu to the current section; register the
 *   offline service worker.
 */
import { applyTextSize, clickedTextSize, storedTextSize } from '../reading/text-size.ts';
import { showReadAloudButtons } from '../reading/read-aloud-buttons.ts';
import { registerServiceWorker } from '../reading/register-sw.ts';
import { isReady, loadPart, type LazyPartName } from './lazy.ts';

/** Where the reader's first use of a lazy part starts: its buttons, or the header search box. */
const PART_TRIGGERS: [selector: string, part: LazyPartName][] = [
  ['button[data-read-aloud-button]', 'read-aloud'],
  ['button[data-copy]', 'copy'],
  ['[data-header-search]', 'header-search'],
];
const partAt = (target: EventTarget | null) => PART_TRIGGERS.find(([selector]) => (target as Element | null)?.closest?.(selector));

const stored = storedTextSize();
applyTextSize(stored, false);
document.documentElement.classList.add('js');

// A finger or mouse on a button, or keyboard focus on it, starts loading its part, so that it
// usually runs before the click and handles that click itself — inside the reader's gesture,
// which iOS needs before it lets a page speak or copy.
for (const type of ['pointerdown', 'focusin']) {
  document.addEventListener(type, (event) => {
    const found = partAt(event.target);
    if (found) void loadPart(found[1]);
  });
}
/** The last button pressed while its part was loading: pressed again once the part runs. */
const pending = new Map<LazyPartName, HTMLElement>();
document.addEventListener('click', (event) => {
  const size = clickedTextSize(event.target as Element);
  if (size) return applyTextSize(size, true);
  const found = partAt(event.target);
  if (!found || found[1] === 'header-search' || isReady(found[1])) return;
  const [selector, part] = found;
  const waiting = pending.has(part);
  pending.set(part, (event.target as Element).closest<HTMLElement>(selector)!);
  if (!waiting) {
    void loadPart(part).then((ok) => {
      const button = pending.get(part);
      pending.delete(part);
      if (ok) button?.click();
    });
  }
});
document.addEventListener('DOMContentLoaded', () => {
  applyTextSize(stored, false);
  showReadAloudButtons();
});
addEventListener('load', () => {
  // On a phone the menu scrolls sideways (site.css): bring the current section into sight, moving
  // only the menu, never the page. At 'load', as the stylesheet may not apply before.
  const nav = document.querySelector<HTMLElement>('.site-header nav');
  const current = nav?.querySelector<HTMLElement>('[aria-current]');
  if (nav && current) nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  registerServiceWorker();
});
