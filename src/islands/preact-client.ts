/**
 * The browser half of Astro's Preact renderer (`@astrojs/preact/client.js`, 6.0.5), minus its
 * @preact/signals support; astro.config.mjs puts this file in its place.
 *
 * Why: the original loads @preact/signals through a dynamic import() when an island is given
 * signal props, and Vite wraps every dynamic import in its preload helper — 0.9 KB of gzipped
 * JavaScript on every calculator page, for a feature this site never uses (no island receives a
 * signal as a prop; islands keep their state in hooks). That kilobyte is what kept the screener
 * page over its 35 KB budget. Everything else is the original, line for line: keep it in step
 * when @astrojs/preact is upgraded (tests/dist/calculator-js.test.ts fails if this file is not
 * used, and the browser tests fail if islands stop hydrating).
 */
import { h, hydrate, render, type ComponentType } from 'preact';

/** Slot content rendered by the server, handed over as HTML (the original's static-html.js). */
const StaticHtml = ({ value, name, hydrate: live = true }: { value?: string; name?: string; hydrate?: boolean }) => {
  if (!value) return null;
  return h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } });
};
StaticHtml.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  async (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string | undefined>,
    { client }: { client: string },
  ) => {
    if (!element.hasAttribute('ssr')) return;
    if (element.dataset.preactSignals) throw new Error('src/islands/preact-client.ts: signal props are not supported on this site');
    for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
    const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
    const islandId = element.getAttribute('data-preact-island-id');
    const parsed = islandId === null ? Number.NaN : Number.parseInt(islandId, 10);
    const maskId = Number.isNaN(parsed) ? element.getAttribute('uid') : parsed;
    if (maskId !== null) {
      const mask = [maskId, 0];
      (child as unknown as { _mask: unknown; __m: unknown })._mask = mask;
      (child as unknown as { _mask: unknown; __m: unknown }).__m = mask;
    }
    if (client === 'only') {
      element.innerHTML = '';
      render(child, element);
    } else {
      hydrate(child, element);
    }
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
