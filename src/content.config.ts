/**
 * Every content collection of the site. Documents are loaded through src/lib/corpus.ts so the
 * build, the tests and the scripts share one validation with file-and-field error messages.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { documentSchema } from './schemas/document.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { topicSchema } from './schemas/topic.ts';
import { lessonSchema } from './schemas/lesson.ts';
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

/** Glossary terms, one YAML file per term; the entry id is the file name (= the term's `id`). */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: join(contentRoot(), 'content', 'glossary') }),
  schema: glossaryTermSchema,
});

/** Editorial topic pages (MDX), compared side by side across documents. */
const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentRoot(), 'content', 'topics') }),
  schema: topicSchema,
});

/** 农民夜校 lessons (MDX): slides, handout facts, worked example and the phone page for the QR code. */
const lessons = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(contentRoot(), 'content', 'lessons') }),
  schema: lessonSchema,
});

export const collections = { documents, glossary, topics, lessons };
