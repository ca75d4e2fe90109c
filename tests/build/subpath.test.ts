/**
 * The site works under a sub-path: a full `npm run build` with BASE_PATH=/zcbq/ (into its own
 * folder, so it never touches dist/) passes the post-build link and anchor check, and every
 * internal href and #anchor in it resolves below /zcbq/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../scripts/check-links.mjs';

const BASE = '/zcbq/';
const SITE = 'http://127.0.0.1:4321';
let root = '';
let dist = '';
let build: { code: number; output: string } = { code: -1, output: '' };

/**
 * The environment for the child build, without what Vitest adds for import.meta.env (BASE_URL,
 * MODE, DEV, PROD, SSR, NODE_ENV=test): Astro would inline the inherited BASE_URL="/" into
 * url() and every link would miss the sub-path.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  return { ...env, BASE_PATH: BASE, SITE_URL: SITE, DIST_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bqzct-subpath-'));
  dist = join(root, 'dist');
  try {
    const output = execFileSync('npm', ['run', 'build'], {
      env: buildEnv(),
      encoding: 'utf8',
      stdio: 'pipe',
    });
    build = { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    build = { code: failed.status, output: `${failed.stdout}\n${failed.stderr}` };
  }
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`a build with BASE_PATH=${BASE}`, () => {
  it('succeeds, including the post-build link and anchor check', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(build.output).toContain('链接检查通过');
  });

  it(`has every internal href and #anchor resolving below ${BASE}`, () => {
    const result = checkSite({ distDir: dist, base: BASE, site: SITE });
    expect(result.problems).toEqual([]);
    expect(result.pages).toBeGreaterThan(10);
  });

  it('would fail the check if served from the root instead (so the check really looks at the base)', () => {
    expect(checkSite({ distDir: dist, base: '/', site: SITE }).problems.length).toBeGreaterThan(0);
  });
});
