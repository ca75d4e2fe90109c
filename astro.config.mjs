// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { astroCspConfig } from './scripts/lib/headers.mjs';
import { normalizeBase } from './scripts/lib/base.mjs';
import { fileURLToPath } from 'node:url';


export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  base: normalizeBase(process.env.BASE_PATH),
  output: 'static',
  // DIST_DIR lets parallel builds (tests, benchmarks) write somewhere other than dist/.
  outDir: process.env.DIST_DIR || './dist',
  // …and its own content data store (Astro's cacheDir, node_modules/.astro by default), so two
  // builds into different DIST_DIRs cannot render each other's documents.
  cacheDir: process.env.DIST_DIR ? `${process.env.DIST_DIR.replace(/\/+$/, '')}.astro-cache` : undefined,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
  // Every bundled script stays a cached /_astro/*.js file instead of being inlined into each page
  // that uses it: the site shell loads its lazy parts from those URLs (src/islands/shell/lazy.ts),
  // and pages carry no repeated inline code.
  // The Preact renderer's browser half is replaced by a copy without @preact/signals support
  // (src/islands/preact-client.ts says why: 0.9 KB on every calculator page).
  vite: {
    build: { assetsInlineLimit: 0 },
    resolve: {
      alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: fileURLToPath(new URL('./src/islands/preact-client.ts', import.meta.url)) }],
    },
  },
  // Hashes every inline script/style (islands included) into a <meta> CSP; the policy and why
  // each source is allowed live in scripts/lib/headers.mjs, which also feeds dist/_headers.
  security: {
    csp: /** @type {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} */ (astroCspConfig()),
  },
});
