/**
 * The search index: Pagefind indexes in <dist>/pagefind/, plus synonyms.json and explain.json.
 * `npm run build` runs it in steps (cli below): the records beside Astro (scripts/build.mjs),
 * then one process per shard beside the page checks (scripts/postbuild.mjs).
 *
 * Records: one per provision and one per document, built from the corpus by
 * src/lib/search/records.ts (so a result is a provision with its own ranking, excerpt and
 * filters, and lands on its anchor). Glossary, topic and department pages are NOT indexed:
 * results are provisions, and a glossary term is found exactly by query understanding anyway,
 * so explain.json carries each term's plain explanation (shown as 词汇解释 above the results)
 * and the topic pages' paths (shown as 相关专题 from the results' topic filter) — no extra
 * Pagefind search and no result that is only a page about provisions.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { SHARD_RECORDS, shardCount, shardDir, splitShards } from '../src/lib/search/shards.ts';
// The corpus, cross-reference and record modules are imported where the records are prepared
// (prepareSearchIndex): a shard's process (cli "shard") needs only Pagefind, ~0.3 s less each.

/** Frontmatter of content/topics/*.mdx (id, title, keywords) without a full MDX parse. */
function loadTopics(root) {
  const dir = join(root, 'content', 'topics');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = readFileSync(join(dir, f), 'utf8').match(/^---\n([\s\S]*?)\n---/);
      const data = front ? parse(front[1]) : {};
      return { id: f.replace(/\.mdx$/, ''), title: String(data.title ?? f), keywords: data.keywords ?? [] };
    });
}

/**
 * Allocator settings for Pagefind's indexer (a Rust binary with jemalloc, which reads
 * `_RJEM_MALLOC_CONF`). The indexer allocates about 0.9 GB in small pieces per shard; with
 * ordinary 4 KB pages most of its write step went to the kernel (page faults, TLB flushes —
 * `perf` showed ~30 % in the kernel on this machine). Transparent huge pages (jemalloc asks for
 * them with madvise, so it works where the kernel's THP mode is the common "madvise") and no
 * returning of freed memory before the process ends (each shard's process is closed anyway)
 * cut the 1 000-document index from 59 to 45 s here; two arenas instead of one per core
 * keep its memory where it was (~0.83 GB per shard of 6 500 records). Harmless where THP is
 * off. An operator's own setting wins.
 */
export const PAGEFIND_MALLOC_CONF = 'thp:always,metadata_thp:always,dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:2';

/** Records sent to Pagefind at once. */
const ADD_BATCH = 200;

function loadGlossary(root) {
  const dir = join(root, 'content', 'glossary');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')))
    .map((t) => ({ id: t.id, term: t.term, aliases: t.aliases ?? [], plain: t.plain ?? '' }));
}

/**
 * One Pagefind index of these records in `outDir`, by its own Pagefind process (closed after,
 * so the next shard starts with the memory free). Returns Pagefind's error messages.
 * @param {{ url: string, html: string }[]} records
 * @param {string} outDir
 * @param {() => Promise<void>} [beforeWrite] awaited between adding the records and writing the files
 */
async function writeShard(records, outDir, beforeWrite) {
  // Pagefind's service is spawned with this process's environment.
  process.env._RJEM_MALLOC_CONF ??= PAGEFIND_MALLOC_CONF;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(errors.join('\n'));
  const problems = [];
  // Many requests in flight: Pagefind's service reads them in order (the same index as one at a
  // time), but the round trips overlap — at 1 000 documents adding took 48 s one by one, ~60 % of
  // that in batches. Batches, not all at once, keep the queued HTML small.
  for (let i = 0; i < records.length; i += ADD_BATCH) {
    const results = await Promise.all(records.slice(i, i + ADD_BATCH).map((r) => index.addHTMLFile({ url: r.url, content: r.html })));
    for (const res of results) problems.push(...res.errors);
  }
  await beforeWrite?.();
  // The files come back in memory and are written here. Why not Pagefind's writeFiles: it answers
  // as soon as its writes are queued (tokio files, not flushed), and closing the service kills the
  // process — a file still queued is left empty. It happened to pagefind-entry.json, in builds
  // and in the browser ("Unexpected end of JSON input"), and could to any chunk. Same speed.
  const { files, errors: fileErrors } = await index.getFiles();
  problems.push(...fileErrors);
  await pagefind.close();
  for (const file of files) {
    // Pagefind's ready-made UIs are not used; leaving them out keeps the offline precache small.
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file.path)) continue;
    const path = join(outDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  // The browser starts from pagefind-entry.json: check it is there and counts every record.
  try {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
    if (pages !== records.length) problems.push(`${outDir}/pagefind-entry.json: page_count ${pages}，应为 ${records.length}`);
  } catch (e) {
    problems.push(`${outDir}/pagefind-entry.json 读不出：${e instanceof Error ? e.message : e}`);
  }
  return problems;
}

/**
 * Everything but Pagefind: the records cut into shards, and synonyms.json and explain.json
 * written into a fresh `outDir`. Returns the shards with the folder each is indexed into.
 * @param {{ outDir: string, root?: string }} options
 * @returns {Promise<{ shards: { records: { url: string, html: string }[], dir: string }[] }>}
 */
export async function prepareSearchIndex({ outDir, root }) {
  const [{ contentRoot, loadCorpus }, { buildSiteXref }, { buildSearchRecords }, { synonymGroups }] = await Promise.all([
    import('../src/lib/corpus.ts'),
    import('../src/lib/xref.ts'),
    import('../src/lib/search/records.ts'),
    import('../src/lib/search/expand.ts'),
  ]);
  // The same content/ as the pages: CONTENT_ROOT or the working folder (src/lib/corpus.ts).
  root ??= contentRoot();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const docs = loadCorpus(root).map((d) => ({ slug: d.slug, data: d.data }));
  const terms = loadGlossary(root);
  const topics = loadTopics(root);
  const xref = buildSiteXref(docs, terms, topics, new Date().toISOString().slice(0, 10));
  const glossary = new Map(terms.map((t) => [t.id, t]));
  const groups = synonymGroups(glossary);
  const records = buildSearchRecords({ docs, xref, glossary, topicTitles: new Map(topics.map((t) => [t.id, t.title])), groups });

  // SEARCH_SHARD_RECORDS: a smaller shard size, for the test that proves shards search alike.
  const perShard = Number(process.env.SEARCH_SHARD_RECORDS) || SHARD_RECORDS;
  const shards = splitShards(records, shardCount(records.length, perShard));
  // Query understanding data next to the index, so one precache covers search: the synonym
  // groups (synonyms.json, also read by scripts/lib/scale-queries.mjs) and, for 词汇解释 and
  // 相关专题, the glossary terms in group order (synonymGroups puts them first) and topic paths.
  writeFileSync(join(outDir, 'synonyms.json'), JSON.stringify(groups));
  const explain = {
    records: records.length,
    // Indexes the browser merges into the first (pagefind/ itself): see src/lib/search/shards.ts.
    shards: shards.slice(1).map((_, i) => shardDir(i + 1)),
    terms: terms.map((t) => ({ path: `glossary/${t.id}/`, term: t.term, plain: t.plain })),
    topics: Object.fromEntries(topics.map((t) => [t.title, `topics/${t.id}/`])),
  };
  writeFileSync(join(outDir, 'explain.json'), JSON.stringify(explain));
  console.log(`  ${records.length} 条条款/文件记录 → ${relative(process.cwd(), outDir) || outDir}${shards.length > 1 ? `（分 ${shards.length} 个索引）` : ''}`);
  return { shards: shards.map((shard, i) => ({ records: shard, dir: join(outDir, shardDir(i)) })) };
}

/** Prints Pagefind's problems, if any; true when there were none. @param {string[]} problems */
function reportProblems(problems) {
  if (problems.length) console.error(problems.map((p) => `  ${p}`).join('\n'));
  return problems.length === 0;
}

/**
 * Rebuild <distDir>/pagefind from scratch in this process. Returns false (with messages) on any
 * indexing error.
 * @param {{ distDir: string, root?: string }} options
 */
export async function buildSearchIndex({ distDir, root }) {
  const { shards } = await prepareSearchIndex({ outDir: join(distDir, 'pagefind'), root });
  const problems = [];
  for (const shard of shards) problems.push(...(await writeShard(shard.records, shard.dir)));
  return reportProblems(problems);
}

/**
 * The same in steps, each its own process, for postbuild (scripts/postbuild.mjs):
 *   node scripts/search-index.mjs prepare <outDir> <workDir>   records → <workDir>/plan.json
 *   node scripts/search-index.mjs shard <workDir>/shard-<i>.json   one Pagefind index
 * Why: the corpus, the cross-references and all records take ~0.5 GB in the preparing process
 * at 1 000 documents, and a Node process does not give that back; as separate processes, each
 * Pagefind index is written next to a small process holding one shard's records.
 */
async function cli([mode, ...args]) {
  if (mode === 'prepare') {
    const [outDir, workDir] = args;
    const { shards } = await prepareSearchIndex({ outDir });
    rmSync(workDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const files = shards.map((shard, i) => {
      const file = join(workDir, `shard-${i + 1}.json`);
      writeFileSync(file, JSON.stringify(shard));
      return file;
    });
    writeFileSync(join(workDir, 'plan.json'), JSON.stringify(files));
    return true;
  }
  if (mode === 'shard') {
    const started = performance.now();
    const shard = JSON.parse(readFileSync(args[0], 'utf8'));
    // Started by scripts/postbuild.mjs with a message channel: say "added", write on "write"
    // (overlappedShards in scripts/lib/build-steps.mjs keeps two write peaks apart).
    const send = process.send?.bind(process);
    let added = started;
    let writing = started;
    const beforeWrite = async () => {
      added = performance.now();
      if (send) await new Promise((resolve) => (process.once('message', () => resolve(undefined)), send('added')));
      writing = performance.now();
    };
    const ok = reportProblems(await writeShard(shard.records, shard.dir, beforeWrite));
    const s = (/** @type {number} */ from, /** @type {number} */ to) => ((to - from) / 1000).toFixed(1);
    console.log(`${relative(dirname(dirname(args[0])), shard.dir) || shard.dir}：${shard.records.length} 条，加入 ${s(started, added)} s，等待 ${s(added, writing)} s，写出 ${s(writing, performance.now())} s`);
    return ok;
  }
  return buildSearchIndex({ distDir: process.env.DIST_DIR || 'dist' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit((await cli(process.argv.slice(2))) ? 0 : 1);
}
