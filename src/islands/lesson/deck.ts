/**
 * Turns a lesson page (a long page of <section data-slide>, readable without JavaScript) into a
 * slide deck for a projector: one slide at a time, keyboard and presenter-clicker navigation,
 * the slide number announced to screen readers, and a way back to the long page and the handout.
 * The controls are static HTML in Deck.astro, hidden until this script shows them.
 */

/** Keys that move forward/back. Clickers send PageDown/PageUp (some send arrows). */
const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
/** Elements where Space/Enter/Backspace keep their own meaning (open an answer, follow a link). */
const OWN_KEYS_SELECTOR = 'a, button, summary, input, select, textarea, [contenteditable]';
/** Screens at least this wide (a projector, a laptop) start as a deck; phones get the long page. */
const DECK_MIN_WIDTH = 900;

export function startDeck(): void {
  const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
  const bar = document.querySelector<HTMLElement>('[data-deck-bar]');
  const start = document.querySelector<HTMLElement>('[data-deck-start]');
  const count = document.querySelector<HTMLElement>('[data-deck-count]');
  if (!slides.length || !bar || !start || !count) return;
  const button = (name: string) => document.querySelector<HTMLButtonElement>(`[data-deck="${name}"]`)!;
  slides.forEach((s, i) => { s.id ||= `slide-${i + 1}`; });
  document.querySelectorAll('[data-deck-total]').forEach((e) => { e.textContent = String(slides.length); });

  const fromHash = Number(/^#slide-(\d+)$/.exec(location.hash)?.[1]);
  let current = Number.isInteger(fromHash) && fromHash >= 1 && fromHash <= slides.length ? fromHash - 1 : 0;
  let presenting = false;

  const render = () => {
    document.documentElement.classList.toggle('deck-on', presenting);
    bar.hidden = !presenting;
    start.hidden = presenting;
    slides.forEach((s, i) => s.classList.toggle('is-current', i === current));
    count.textContent = `第 ${current + 1} 页，共 ${slides.length} 页`;
    button('prev').disabled = current === 0;
    button('next').disabled = current === slides.length - 1;
    if (presenting) history.replaceState(null, '', `#slide-${current + 1}`);
  };
  const go = (n: number) => {
    current = Math.max(0, Math.min(slides.length - 1, n));
    render();
  };
  const present = (on: boolean) => {
    presenting = on;
    render();
    if (!on) slides[current]?.scrollIntoView();
  };

  button('start').addEventListener('click', () => present(true));
  button('exit').addEventListener('click', () => present(false));
  button('prev').addEventListener('click', () => go(current - 1));
  button('next').addEventListener('click', () => go(current + 1));
  document.addEventListener('keydown', (event) => {
    if (!presenting || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Element | null;
    if (target?.closest?.(OWN_KEYS_SELECTOR) && [' ', 'Enter', 'Backspace'].includes(event.key)) return;
    if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(slides.length - 1);
    else if (event.key === 'Escape') present(false);
    else if (NEXT_KEYS.has(event.key) && !(event.key === ' ' && event.shiftKey)) go(current + 1);
    else if (PREV_KEYS.has(event.key) || (event.key === ' ' && event.shiftKey)) go(current - 1);
    else return;
    event.preventDefault();
  });
  present(window.innerWidth >= DECK_MIN_WIDTH || /^#slide-\d+$/.test(location.hash));
}
