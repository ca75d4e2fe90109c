/**
 * Build the site from a private copy of the project, for the scale benchmark and for tests that
 * need a build of their own (sub-path base, an added document).
 *
 * Why a copy instead of `DIST_DIR=/tmp/x npm run build` in the project: when the output folder is
 * outside the project, Astro writes its prerender chunks to `<cwd>/.astro/.prerender`, and it
 * keeps the content data store in `node_modules/.astro/`, so two builds started from the same
 * project at once overwrite each other ("Cannot find module …/.astro/.prerender/chunks/…", or
 * pages rendered from the other build's documents). A copy has its own of both.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** What a build needs besides content/ (node_modules is linked, not copied). */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Copy the project's code into `root` and give it a node_modules folder of links to the
 * project's packages. Why not one link to node_modules: Astro keeps the build's content data store
 * in `node_modules/.astro/data-store.json` (its cacheDir), so every build sharing that folder can
 * render another build's documents; the copy's own node_modules/.astro keeps it private.
 */
export function makeProjectCopy(projectRoot, root) {
  for (const name of PROJECT_FILES) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.vitest') continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
  }
}

/**
 * A fresh copy of the project with its content, in a new temp folder; returns the folder.
 * @param {{ projectRoot?: string, prefix?: string }} [options]
 */
export function copyProject({ projectRoot = process.cwd(), prefix = 'private-build-' } = {}) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  makeProjectCopy(projectRoot, root);
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/**
 * The environment minus what Vitest puts into process.env (BASE_URL='/', MODE, NODE_ENV=test, …).
 * Why: a build started from a test inherits them, and BASE_URL='/' overrides the base for modules
 * that read import.meta.env at run time: pages came out with links missing BASE_PATH.
 * @param {NodeJS.ProcessEnv} env
 */
export function withoutTestRunnerEnv(env) {
  const out = { ...env };
  for (const key of Object.keys(out)) {
    if (/^VITEST/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) delete out[key];
  }
  return out;
}

/**
 * `npm run build` inside a copy made by copyProject(); the site goes to `<root>/dist`.
 * Rejects with the build's output when it fails.
 * @param {string} root
 * @param {Record<string, string>} [env] e.g. { BASE_PATH: '/zcbq/', SITE_URL: 'https://example.org' }
 * @returns {Promise<{ dist: string, output: string }>}
 */
export async function buildCopy(root, env = {}) {
  const dist = join(root, 'dist');
  const fullEnv = { ...withoutTestRunnerEnv(process.env), CONTENT_ROOT: root, DIST_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1', ...env };
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'build'], { cwd: root, env: fullEnv, maxBuffer: 64 * 1024 * 1024 });
    return { dist, output: `${stdout}\n${stderr}` };
  } catch (e) {
    const err = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (e);
    throw new Error(`构建失败（${root}）：\n${(err.stdout ?? '').slice(-3000)}\n${(err.stderr ?? err.message).slice(-3000)}`);
  }
}
