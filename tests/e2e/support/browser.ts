/**
 * Helpers for the e2e project: real Chromium against the built site on 127.0.0.1.
 *
 *   const site = withSite();                       // once per test file
 *   const { page, guard } = await site.open('/documents/', { width: 360 });
 *   expect(await runAxe(page)).toEqual([]);
 *   expect(guard.consoleErrors).toEqual([]);
 *   expect(guard.foreignRequests).toEqual([]);
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../../scripts/serve.mjs';
import { launchBrowser, openPage } from './chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, openPage } from './chromium.mjs';
export type { PageGuard } from './chromium.mjs';

export interface SiteOptions {
  /** Directory to serve; default "dist". */
  root?: string;
  /** URL sub-path; default the BASE_PATH the site was built with (or "/"). */
  base?: string;
  /** Send the Content-Security-Policy from dist/_headers, as production does. */
  csp?: boolean;
  /** Let the site's service worker run; blocked by default (see launchBrowser). */
  serviceWorkers?: 'allow' | 'block';
}

export interface Site {
  /** Site root URL including the base, e.g. "http://127.0.0.1:41234/zcbq/". */
  readonly url: string;
  /** The Chromium context shared by the file's tests. */
  readonly context: BrowserContext;
  /** Absolute URL of a site path: "/documents/x/#p2" → "http://127.0.0.1:port/<base>documents/x/#p2". */
  href(sitePath: string): string;
  /** Open a site path in a new guarded tab (see openPage). */
  open(sitePath: string, options?: Parameters<typeof openPage>[2]): ReturnType<typeof openPage>;
}

/**
 * Serve dist/ and launch Chromium once for the calling test file; both are shut down in
 * afterAll, so no server or browser outlives the file.
 *
 * Why: starting Chromium costs about a second; one per file keeps tests fast while still
 * isolating files from each other. Paths given to href()/open() are site paths without the
 * base, so the same test runs unchanged against a build with BASE_PATH=/zcbq/.
 */
export function withSite(options: SiteOptions = {}): Site {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer({ root: options.root ?? process.env.DIST_DIR ?? 'dist', base: options.base, csp: options.csp });
    context = await launchBrowser({ serviceWorkers: options.serviceWorkers });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const ready = () => {
    if (!server || !context) throw new Error('withSite(): 只能在测试或 beforeAll 之后使用');
    return { server, context };
  };
  const href = (sitePath: string) => new URL(sitePath.replace(/^\/+/, ''), ready().server.url).href;

  return {
    get url() {
      return ready().server.url;
    },
    get context() {
      return ready().context;
    },
    href,
    open: (sitePath, openOptions) => openPage(ready().context, href(sitePath), openOptions),
  };
}

/** The WCAG levels the project promises (DESIGN.md: WCAG 2.2 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

let axeSource: Promise<string> | undefined;

/**
 * Run axe-core on the page for the WCAG 2.2 AA rules and return the violations in a form
 * that reads well in a failed `expect(...).toEqual([])`.
 *
 * Why evaluate rather than a script tag: the site loads no third-party scripts, and under the
 * production CSP (withSite({ csp: true })) an inline <script> is refused and logs a CSP error
 * that the page guard would count. Code evaluated through the DevTools protocol is not
 * governed by CSP and leaves no trace in the console.
 */
export async function runAxe(
  page: Page,
  { exclude = [], disableRules = [] }: { exclude?: string[]; disableRules?: string[] } = {},
): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(await axeSource);
  const args = {
    exclude,
    options: {
      runOnly: { type: 'tag', values: AXE_TAGS },
      rules: Object.fromEntries(disableRules.map((id) => [id, { enabled: false }])),
      resultTypes: ['violations'],
    },
  };
  return page.evaluate(async ({ exclude, options }) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document, options);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  }, args);
}

/**
 * Record every Content-Security-Policy violation in each page the context opens, for
 * `cspViolations(page)`. Installed through the DevTools protocol, so the CSP does not apply to
 * the recorder itself.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    document.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

/** The CSP violations recorded in this page so far (see recordCspViolations). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
