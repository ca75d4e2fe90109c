/**
 * The one place that knows how to start Chromium and open a guarded page.
 *
 * Plain JavaScript (types in JSDoc) so that both the Vitest e2e helpers (browser.ts) and
 * scripts/screenshots.mjs, which runs under bare Node, share the same flags and guards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium; .ci/run installs it when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that keep Chromium quiet on a closed network. Without the networking flags Chromium
 * keeps trying to reach Google services; the resolver rule makes any request that escapes the
 * page guard (for example from a service worker) fail instead of leaving the machine.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Stop waiting for a stuck browser after this long, so a test run can never hang on close. */
const CLOSE_TIMEOUT_MS = 10_000;

/**
 * Launch headless Chromium with a fresh profile in a temp dir.
 *
 * Why persistent: playwright's launch() rejects --user-data-dir, and a throwaway profile per
 * run keeps caches and service workers from leaking between runs. Call `close()` on the
 * returned context (e.g. in afterAll): it closes the browser and deletes the profile.
 *
 * Why service workers are blocked by default: the site's worker precaches the whole site on
 * the first visit, hundreds of requests that would compete with every test for the two
 * cores; only the offline test (and anything else that is about the worker) asks for it.
 * @param {{ locale?: string, serviceWorkers?: 'allow' | 'block' }} [options]
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export async function launchBrowser({ locale = 'zh-CN', serviceWorkers = 'block' } = {}) {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'bqzct-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      locale,
      serviceWorkers,
      viewport: { width: 1280, height: 800 },
    });
    const close = context.close.bind(context);
    let closing = /** @type {Promise<void> | null} */ (null);
    context.close = () => {
      closing ??= Promise.race([
        close().catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref()),
      ]).then(() => rm(profileDir, { recursive: true, force: true }));
      return closing;
    };
    return context;
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * @typedef {object} PageGuard What a page did that a test usually wants to be empty.
 * @property {string[]} consoleErrors console.error messages and uncaught exceptions ("uncaught: …").
 * @property {string[]} pageErrors uncaught exceptions only.
 * @property {string[]} foreignRequests URLs the page tried to load from any other origin (blocked).
 * @property {string[]} failedResponses local responses with status >= 400, as "404 http://…".
 */

/** @type {WeakMap<import('playwright-core').BrowserContext, { origins: Set<string>, guards: Map<import('playwright-core').Page, PageGuard> }>} */
const contextGuards = new WeakMap();

/**
 * Record every request to an origin other than `allowedOrigin`, for the whole context, so a
 * service worker cannot slip past a page-level listener. Each foreign URL is recorded on the
 * guard of the page that made it (or on every open page's guard when a worker made it).
 *
 * Why listen instead of intercept (context.route): interception sends every request of every
 * page through Node and back, which made the browser suite markedly slower on two cores. The
 * request never leaves the machine anyway: CHROMIUM_ARGS map every host name except
 * 127.0.0.1 to "not found", so a foreign request fails in the browser and is only recorded here.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} allowedOrigin
 */
function guardContext(context, allowedOrigin) {
  const existing = contextGuards.get(context);
  if (existing) {
    existing.origins.add(allowedOrigin);
    return existing;
  }
  const state = { origins: new Set([allowedOrigin]), guards: new Map() };
  contextGuards.set(context, state);
  context.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url) || state.origins.has(new URL(url).origin)) return;
    let page = null;
    try {
      page = request.frame().page();
    } catch {
      // requests from workers have no frame
    }
    const guards = page && state.guards.has(page) ? [state.guards.get(page)] : [...state.guards.values()];
    for (const guard of guards) guard.foreignRequests.push(url);
  });
  return state;
}

/**
 * Open `url` in a new tab of `width` CSS px and watch it.
 *
 * Why: every e2e test should fail if the page logs an error, throws, or tries to reach the
 * internet (the site promises no tracking and offline use). Only the origin of `url` is
 * allowed; everything else fails (see guardContext) and is listed in `guard.foreignRequests`. The status of
 * the page itself is in `response` (a deliberate 404 is not a console error).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url absolute URL on the local test server
 * @param {{ width?: number, height?: number, waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' }} [options]
 * @returns {Promise<{ page: import('playwright-core').Page, guard: PageGuard, response: import('playwright-core').Response | null }>}
 */
export async function openPage(context, url, { width = 1280, height = 800, waitUntil = 'load' } = {}) {
  const origin = new URL(url).origin;
  const state = guardContext(context, origin);
  const page = await context.newPage();
  /** @type {PageGuard} */
  const guard = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedResponses: [] };
  state.guards.set(page, guard);
  page.on('close', () => state.guards.delete(page));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs each blocked request, and a 404 main document, as a failed load; both are
    // already visible to the test (foreignRequests, response.status()).
    const source = message.location().url;
    if (guard.foreignRequests.includes(source)) return;
    if (source === page.url() && message.text().startsWith('Failed to load resource')) return;
    guard.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    guard.pageErrors.push(error.message);
    guard.consoleErrors.push(`uncaught: ${error.message}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) guard.failedResponses.push(`${response.status()} ${response.url()}`);
  });
  await page.setViewportSize({ width, height });
  const response = await page.goto(url, { waitUntil });
  return { page, guard, response };
}
