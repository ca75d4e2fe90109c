/**
 * The page-type quality gate, part 2 of 2 (every second page type; see
 * tests/e2e/support/quality-pages.ts for what is checked and why it is split).
 */
import { defineQualityPageTests } from './support/quality-pages.ts';

defineQualityPageTests(2, 2);
