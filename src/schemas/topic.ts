/**
 * A topic page (content/topics/<id>.mdx): an editorial side-by-side comparison of how each
 * document treats one subject. The frontmatter also says which provisions are on the topic
 * (by keywords found in their text), which feeds "其他地方怎么规定".
 */
import { z } from './z.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const topicSchema = z.object({
  /** Page title, e.g. "就业帮扶". */
  title: z.string().min(1).max(20),
  /** One sentence for lists and the page description (editorial). */
  summary: z.string().min(1).max(120),
  /** Position in the topic list (smaller first). */
  order: z.number().int().min(0).default(100),
  /**
   * Words whose presence in a provision's own text puts it on this topic, e.g. "公益性岗位".
   * Keep them specific: every provision containing one is listed as on the topic.
   */
  keywords: z.array(z.string().min(2, '关键词至少 2 个字，单字误配太多')).min(1),
  /** Glossary term ids central to the topic. */
  terms: z.array(z.string().regex(kebab)).default([]),
});

export type Topic = z.output<typeof topicSchema>;
