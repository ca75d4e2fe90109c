/**
 * Every content collection of the site. Documents are loaded through src/lib/corpus.ts so the
 * build, the tests and the scripts share one validation with file-and-field error messages.
 */
import { defineCollection } from 'astro:content';
import { documentSchema } from './schemas/document.ts';
import { contentRoot, loadCorpus } from './lib/corpus.ts';

const documents = defineCollection({
  loader: {
    name: 'policy-documents',
    load: async ({ store, logger, parseData }) => {
      store.clear();
      const corpus = loadCorpus(contentRoot());
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
