/**
 * Every content collection of the site. Documents are loaded through src/lib/corpus.ts so the
 * build, the tests and the scripts share one validation with file-and-field error messages.
 */
import { defineCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { documentSchema } from './schemas/document.ts';
import { contentRoot, loadCorpus } from './lib/corpus.ts';
import { ContentError } from './lib/content-errors.ts';

const documents = defineCollection({
  loader: {
    name: 'policy-documents',
    load: async ({ store, logger, parseData }) => {
      store.clear();
      let corpus;
      try {
        corpus = loadCorpus(contentRoot());
      } catch (e) {
        // Log the full list ourselves: Astro attaches a misleading "browser APIs" hint to any
        // error whose text contains the word "document" (our paths do).
        if (e instanceof ContentError) {
          logger.error(e.message);
          throw new AstroError('内容校验失败（content validation failed），见上方列出的文件、字段和问题。', '按上面列出的文件和字段改正内容后重新构建。');
        }
        throw e;
      }
      for (const doc of corpus) {
        const data = await parseData({ id: doc.slug, data: doc.data as unknown as Record<string, unknown>, filePath: doc.file });
        store.set({ id: doc.slug, data, filePath: doc.file });
      }
      logger.info(`${corpus.length} 份政策文件已校验`);
    },
  },
  schema: documentSchema,
});

export const collections = { documents };
