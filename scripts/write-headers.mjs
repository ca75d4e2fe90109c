#!/usr/bin/env node
/**
 * Post-build step: write dist/_headers (Netlify/Cloudflare Pages format) with the
 * Content-Security-Policy and the other security headers from scripts/lib/headers.mjs, and
 * fail the build if any page could break under that policy:
 * - a page without Astro's <meta http-equiv="content-security-policy">;
 * - an inline <script> or <style> whose sha256 is not in its page's policy (it would be blocked);
 * - an inline event handler (onclick="…") or javascript: URL (never allowed: no 'unsafe-hashes').
 *
 * CLI: node scripts/write-headers.mjs [distDir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listHtmlFiles, scanTags } from './check-links.mjs';
import { headerPolicy, inlineHashes, metaPolicyOf, parsePolicy, renderHeadersFile, securityHeaders } from './lib/headers.mjs';

/**
 * Problems that would make a page break (or run unhashed code) under its own policy.
 * @param {string} html
 * @param {string | null} policy the page's <meta> policy
 * @param {{ tag: string, attributes: Map<string, string> }[]} [tags] scanTags(html), when the caller has them
 * @returns {string[]} Chinese messages
 */
export function cspProblems(html, policy, tags = scanTags(html)) {
  if (!policy) return ['缺少 <meta http-equiv="content-security-policy">（astro.config.mjs 的 security.csp）'];
  const directives = parsePolicy(policy);
  const problems = [];
  const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];
  const styleSources = directives.get('style-src') ?? directives.get('default-src') ?? [];
  if (scriptSources.includes("'unsafe-inline'")) problems.push("script-src 含有 'unsafe-inline'");
  const { scripts, styles } = inlineHashes(html);
  for (const hash of scripts) if (!scriptSources.includes(hash)) problems.push(`内联脚本 ${hash} 不在 script-src 中`);
  for (const hash of styles) if (!styleSources.includes(hash)) problems.push(`内联样式 ${hash} 不在 style-src 中`);
  for (const { tag, attributes } of tags) {
    for (const [name, value] of attributes) {
      if (/^on[a-z]+$/.test(name)) problems.push(`<${tag} ${name}=…> 是内联事件处理器，CSP 会阻止它`);
      if (/^\s*javascript:/i.test(value)) problems.push(`<${tag} ${name}="javascript:…"> 会被 CSP 阻止`);
      if (name === 'style' && !styleSources.includes("'unsafe-inline'")) problems.push(`<${tag} style="…"> 会被 CSP 阻止（请用 class）`);
    }
  }
  return problems;
}

/**
 * The CSP check one page at a time (scripts/postbuild.mjs reads each page once for its checks),
 * then finish() writes <distDir>/_headers; true when there is no problem.
 * @param {string} distDir
 */
export function headersChecker(distDir) {
  const policies = new Set();
  /** @type {string[]} */
  const problems = [];
  let pages = 0;
  return {
    /**
     * @param {string} file path below dist
     * @param {string} html
     * @param {{ tag: string, attributes: Map<string, string> }[]} [tags] scanTags(html), when the caller has them
     */
    page(file, html, tags) {
      pages += 1;
      const policy = metaPolicyOf(html);
      if (policy) policies.add(policy);
      for (const problem of cspProblems(html, policy, tags)) problems.push(`${file}: ${problem}`);
    },
    finish() {
      if (problems.length) {
        console.error(`CSP 检查失败：${problems.length} 个问题`);
        for (const problem of problems) console.error(`  ${problem}`);
        return false;
      }
      const headers = securityHeaders(headerPolicy([...policies]));
      writeFileSync(path.join(distDir, '_headers'), renderHeadersFile(headers));
      console.log(`CSP 检查通过：${pages} 个页面，${policies.size} 种页面策略；已写入 ${distDir}/_headers`);
      return true;
    },
  };
}

/**
 * Check every page and write <distDir>/_headers. Returns true when there is no problem.
 * @param {{ distDir?: string }} [options]
 */
export function writeHeaders({ distDir = 'dist' } = {}) {
  const checker = headersChecker(distDir);
  for (const file of listHtmlFiles(distDir)) checker.page(file, readFileSync(path.join(distDir, file), 'utf8'));
  return checker.finish();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = writeHeaders({ distDir: process.argv[2] ?? 'dist' }) ? 0 : 1;
}
