/**
 * The site's cross-reference data, built once per build from the content collections.
 * Pages and components call getXref(); the pure work happens in src/lib/xref.ts.
 */
import { getCollection } from 'astro:content';
import type { PolicyDocument } from '../../schemas/document.ts';
import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Topic } from '../../schemas/topic.ts';
import { buildSiteXref, type SiteXref } from '../../lib/xref.ts';
import { buildDateOf } from '../../lib/deadlines.ts';

export interface XrefData {
  xref: SiteXref;
  glossary: Map<string, GlossaryTerm>;
  topics: Map<string, Topic>;
}

let cached: Promise<XrefData> | undefined;

/**
 * The build date decides past/upcoming for deadlines. BUILD_DATE (YYYY-MM-DD) pins it for
 * reproducible builds and tests; otherwise today in China time.
 */
function buildDate(): string {
  const pinned = process.env.BUILD_DATE;
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : buildDateOf(Date.now());
}

export function getXref(): Promise<XrefData> {
  cached ??= (async () => {
    const docs = (await getCollection('documents')).map((d) => ({ slug: d.id, data: d.data as PolicyDocument }));
    const terms = (await getCollection('glossary')).map((e) => e.data as GlossaryTerm);
    const topicEntries = (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order);
    const topics = new Map(topicEntries.map((t) => [t.id, t.data as Topic]));
    const xref = buildSiteXref(docs, terms, topicEntries.map((t) => ({ id: t.id, keywords: t.data.keywords })), buildDate());
    return { xref, glossary: new Map(terms.map((t) => [t.id, t])), topics };
  })();
  return cached;
}
