/**
 * The site's sub-path (BASE_PATH) in one normal form, "/" or "/sub/path/", shared by the
 * Astro config, the test server, the service-worker builder and the nginx generator.
 * @param {string | undefined | null} raw
 * @returns {string}
 */
export function normalizeBase(raw) {
  const trimmed = String(raw ?? '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
