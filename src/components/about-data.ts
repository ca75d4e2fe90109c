/**
 * The about pages' list of sources (src/pages/about/[...page].astro), made once per build: the
 * documents in source-file order, and the link to each source's entry on the page it is on.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { hubPagePath, sourceOrder, sourcePages } from '../lib/hub-pages.ts';
import { paths, sourceAnchor } from '../lib/urls.ts';

let order: Promise<CollectionEntry<'documents'>[]> | undefined;
let pageOf: Promise<Map<string, number>> | undefined;

/** Every document, in the order the about pages list their sources. */
export function getSourceOrder(): Promise<CollectionEntry<'documents'>[]> {
  order ??= getCollection('documents').then(sourceOrder);
  return order;
}

/** URL of a source file's entry on the about pages ("/about/3/#source-…"). */
export async function sourceEntryUrl(file: string): Promise<string> {
  pageOf ??= getSourceOrder().then(sourcePages);
  return `${hubPagePath(paths.about(), (await pageOf).get(file) ?? 1)}#${sourceAnchor(file)}`;
}
