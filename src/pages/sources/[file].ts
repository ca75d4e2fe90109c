/** The raw scraped source texts, served byte for byte so anyone can compare. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '../../lib/corpus.ts';

const DIR = join(contentRoot(), 'content', 'sources');

export const getStaticPaths: GetStaticPaths = () =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(DIR, String(params.file))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
