/**
 * No code in src/ turns text into markup (innerHTML, outerHTML, insertAdjacentHTML,
 * dangerouslySetInnerHTML, document.write, Astro's set:html, …): a user's answers, a search
 * query or a URL parameter must only ever reach the page as text, so they can never inject
 * script. Every exception is listed below with why it cannot carry user data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_DIR = 'src';
const SOURCE_FILE = /\.(astro|tsx?|jsx?|mjs|mdx)$/;

/** The ways to write markup from a string. */
const HTML_SINKS: { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML', pattern: /\.innerHTML\s*[+]?=/ },
  { name: 'outerHTML', pattern: /\.outerHTML\s*[+]?=/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/ },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'set:html', pattern: /\bset:html\b/ },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\s*\(/ },
  { name: 'DOMParser', pattern: /\bparseFromString\s*\(/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\s*=/ },
];

/** "file: sink" → why this use can never carry user data. Keep it short and true. */
const ALLOWED: Record<string, string> = {
  'src/components/lesson/Qr.astro: set:html':
    'SVG drawn at build time by the qrcode library from the site URL and a page label from our own content; runs in no browser and sees no user input.',
  'src/islands/preact-client.ts: dangerouslySetInnerHTML':
    "Astro's own renderer code (copied from @astrojs/preact): hands over slot HTML that Astro rendered at build time; no island on this site takes slots, and none sees user input there.",
  'src/islands/preact-client.ts: innerHTML':
    "Astro's own renderer code: clears an island's element (`innerHTML = ''`) before a client:only render; writes no markup.",
};

/** Every source file below dir, with forward slashes. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file).split(path.sep).join('/'))
    .filter((file) => SOURCE_FILE.test(file))
    .sort();
}

/** "file:line: sink" for every use of a markup sink in the text, ignoring comment-only lines. */
function findSinks(file: string, text: string): { key: string; where: string }[] {
  const hits: { key: string; where: string }[] = [];
  text.split('\n').forEach((line, index) => {
    if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
    for (const sink of HTML_SINKS) {
      if (sink.pattern.test(line)) hits.push({ key: `${file}: ${sink.name}`, where: `${file}:${index + 1}: ${line.trim()}` });
    }
  });
  return hits;
}

describe('markup from strings', () => {
  const hits = sourceFiles(SOURCE_DIR).flatMap((file) => findSinks(file, readFileSync(file, 'utf8')));

  it('is never written in src/ except where listed with a reason', () => {
    expect(hits.filter((hit) => !(hit.key in ALLOWED)).map((hit) => hit.where)).toEqual([]);
  });

  it('has no stale exception (each listed one is still in the code)', () => {
    const used = new Set(hits.map((hit) => hit.key));
    expect(Object.keys(ALLOWED).filter((key) => !used.has(key))).toEqual([]);
  });

  it('the scan finds each kind of sink (so a pass means something)', () => {
    const sample = [
      'el.innerHTML = answer;',
      'el.outerHTML += x;',
      "el.insertAdjacentHTML('beforeend', q);",
      '<div dangerouslySetInnerHTML={{ __html: q }} />',
      'document.write(q);',
      '<Fragment set:html={q} />',
      'range.createContextualFragment(q);',
      "new DOMParser().parseFromString(q, 'text/html');",
      '<iframe srcdoc={q} />',
      '// el.innerHTML = q; in a comment is fine',
      'el.textContent = answer;',
    ].join('\n');
    expect(findSinks('x.tsx', sample).map((hit) => hit.key.replace('x.tsx: ', ''))).toEqual(HTML_SINKS.map((sink) => sink.name));
  });
});
