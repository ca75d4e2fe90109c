/**
 * Build-time citation data for the calculator islands. Islands cannot read the corpus
 * (no node:fs in the browser), so each calculator page passes them a compact map
 * `{ "<slug>#<anchor>" → { href, citation, excerpt } }` built here from the documents.
 */
import type { PolicyDocument, Provision } from '../schemas/document.ts';
import { EXTERNAL_SOURCES } from '../rules/external-sources.ts';
import { citationKey, citationText, flattenProvisions } from './provisions.ts';
import { paths } from './urls.ts';

/** What an island needs to show one citation. */
export interface CitationInfo {
  /** Link to the provision on this site; null for external sources (民法典…). */
  href: string | null;
  /** 《title》（文号）二、(十), or "民法典 第二百零一条" for external sources. */
  citation: string;
  /** Compact form for tight spots (timelines): "广西后续扶持意见二、(十)", "民法典第二百零一条". */
  short: string;
  /** A short verbatim excerpt (may end with “…” when cut). */
  excerpt: string;
  /** True for legal sources outside the corpus. */
  external: boolean;
  /** True when `excerpt` is a summary rather than the source's own words. */
  paraphrase: boolean;
}

export type CitationMap = Record<string, CitationInfo>;

/** Default length of an excerpt, in characters: about two lines on a 360 px phone. */
const EXCERPT_CHARS = 90;

/** Sentences ending in 。；！？ (the ending kept), for quoting whole sentences. */
export function splitSentences(text: string): string[] {
  return text.match(/[^。；！？]+[。；！？]?/g) ?? [];
}

/**
 * A verbatim excerpt of `text`: the sentence containing `focus` when given and found
 * (sentences are never altered, only cut at the end with “…”), else the opening words.
 */
export function excerptOf(text: string, focus?: string, max = EXCERPT_CHARS): string {
  const sentences = splitSentences(text);
  const hit = focus ? sentences.find((s) => s.includes(focus)) : undefined;
  const chosen = hit ?? text;
  if (chosen.length <= max) return chosen;
  if (hit && focus) {
    // Keep the focus phrase in view: start the cut where it begins when it lies past `max`.
    const at = hit.indexOf(focus);
    if (at + focus.length > max) return `…${hit.slice(at, at + max)}…`;
  }
  return `${chosen.slice(0, max)}…`;
}

/** Heading and paragraphs of one provision as a single run of text. */
export function provisionText(p: Pick<Provision, 'heading' | 'paragraphs'>): string {
  return [p.heading ?? '', ...p.paragraphs].join('');
}

interface DocLike {
  /** Document slug (collection entry id). */
  id: string;
  data: Pick<PolicyDocument, 'title' | 'workingTitle' | 'shortTitle' | 'docNumber' | 'provisions'>;
}

/**
 * The citation map for `keys`. `focus` picks, per key, the phrase whose sentence becomes the
 * excerpt. Unknown keys are left out (the rules' own tests guarantee they resolve).
 */
export function buildCitationMap(
  docs: readonly DocLike[],
  keys: readonly string[],
  focus: Readonly<Record<string, string>> = {},
  max = EXCERPT_CHARS,
): CitationMap {
  const wanted = new Set(keys);
  const map: CitationMap = {};
  for (const key of wanted) {
    const ext = EXTERNAL_SOURCES[key];
    if (ext) {
      map[key] = {
        href: null,
        citation: `${ext.name} ${ext.article}`,
        short: `${ext.name}${ext.article}`,
        excerpt: ext.text.replace(/\n/g, ''),
        external: true,
        paraphrase: ext.paraphrase,
      };
    }
  }
  for (const doc of docs) {
    for (const flat of flattenProvisions(doc.data.provisions)) {
      const key = citationKey(doc.id, flat.anchor);
      if (!wanted.has(key)) continue;
      map[key] = {
        href: paths.provision(doc.id, flat.anchor),
        citation: citationText(doc.data, flat.labels),
        short: `${doc.data.shortTitle}${flat.labels.join('')}`,
        excerpt: excerptOf(provisionText(flat.provision), focus[key], max),
        external: false,
        paraphrase: false,
      };
    }
  }
  return map;
}

/** The full verbatim text of one provision (for the static "rules in plain text" sections). */
export function findProvision(docs: readonly DocLike[], key: string): { text: string; citation: string; href: string } | null {
  const [slug, anchor] = key.split('#');
  const doc = docs.find((d) => d.id === slug);
  const flat = doc && flattenProvisions(doc.data.provisions).find((f) => f.anchor === anchor);
  if (!doc || !flat) return null;
  return { text: provisionText(flat.provision), citation: citationText(doc.data, flat.labels), href: paths.provision(doc.id, flat.anchor) };
}
