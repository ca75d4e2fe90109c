/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, run in this order by `npm test`:
 * - unit: pure code (rules, lib, schemas, importer, content) — no build needed;
 * - dist: checks over the built site in dist/ (fidelity, links, budgets);
 * - e2e:  real Chromium (playwright-core + /usr/bin/chromium) against dist/ served on 127.0.0.1.
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/{rules,lib,schemas,content,importer,build}/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two files at a time: each has its own server and Chromium, and on 2 cores this
          // roughly halves the wall time of the browser suite.
          maxWorkers: 2,
        },
      },
    ],
  },
});
