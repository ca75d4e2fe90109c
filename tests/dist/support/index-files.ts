/**
 * A search index folder read back file by file: what is empty or cut short. Pagefind's own
 * writer could leave files so when its process was closed right after writing (it answered
 * before its writes were flushed); scripts/search-index.mjs now writes the files itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Files under `dir` and, for each one that is not whole, why. */
export function checkIndexFiles(dir: string): { files: number; problems: string[] } {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const problems: string[] = [];
  for (const e of entries) {
    const path = join(e.parentPath, e.name);
    const bytes = readFileSync(path);
    try {
      if (!bytes.length) throw new Error('empty');
      // gunzip throws on a truncated stream; every chunk starts with Pagefind's marker.
      if (/\.pf_(fragment|index|filter|meta)$/.test(e.name) && gunzipSync(bytes).subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error('no pagefind_dcd marker');
      if (e.name.endsWith('.json')) JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      problems.push(`${path}: ${err instanceof Error ? err.message : err}`);
    }
  }
  return { files: entries.length, problems };
}
