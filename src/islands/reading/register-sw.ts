/**
 * Registers the service worker (dist/sw.js, written by scripts/build-sw.mjs after Pagefind) so
 * the whole site works offline after one visit. Only in production builds: in `astro dev` there
 * is no sw.js and a worker would cache stale dev files. Called by the site shell after the page
 * has loaded, so the worker's precaching never competes with the page itself.
 */
import { url } from '../../lib/urls.ts';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(url('sw.js'), { scope: url('') }).catch(() => {
    // Registration fails on http:// hosts other than localhost and in private modes; the site
    // then simply works online only, which is not an error the reader can act on.
  });
}
