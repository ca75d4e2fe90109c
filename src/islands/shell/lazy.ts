/**
 * Code that loads on first use. Each part is a bundled module whose <script> Astro renders inside
 * <template data-lazy="name"> (LazyPart.astro): a script in a template never downloads or runs,
 * yet the page carries the hashed URL Astro gave it. The shell reads that URL and runs the module
 * when the reader first needs it.
 *
 * Why not import(): Vite wraps every dynamic import in its preload helper (~0.9 KB gzipped),
 * more than the rest of the shell put together.
 */

/** The lazy parts a page can hold; the name is LazyPart's `name`. */
export type LazyPartName = 'read-aloud' | 'copy' | 'header-search';

const loading = new Map<LazyPartName, Promise<boolean>>();
const ready = new Set<LazyPartName>();

/** Whether the part's module has run; it then handles its own events. */
export const isReady = (name: LazyPartName): boolean => ready.has(name);

/**
 * Runs the part's module once; resolves true when it has run, false when the page has no such
 * part or it could not load (offline before the service worker cached it: its buttons then do
 * nothing until the page is reloaded online, as without JavaScript).
 */
export function loadPart(name: LazyPartName): Promise<boolean> {
  let promise = loading.get(name);
  if (promise) return promise;
  promise = new Promise<boolean>((resolve) => {
    const src = document.querySelector<HTMLTemplateElement>(`template[data-lazy="${name}"]`)?.content.querySelector('script')?.getAttribute('src');
    if (!src) return resolve(false);
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    // A module script's load event fires after the module has run.
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    document.head.append(script);
  }).then((ok) => {
    if (ok) ready.add(name);
    return ok;
  });
  loading.set(name, promise);
  return promise;
}
