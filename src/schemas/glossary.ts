/**
 * A glossary term (content/glossary/<id>.yaml): the word as the documents print it, the other
 * ways they write it, and a plain explanation a migrant can follow. Which provisions use the
 * term is computed from the text (src/lib/glossary.ts), never listed by hand.
 */
import { z } from './z.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A law or regulation outside the corpus that defines the term, cited by name and article only. */
export const legalBasisSchema = z.object({
  /** Name of the law or regulation, without 《》, e.g. "社会救助暂行办法". */
  name: z.string().min(1),
  /** Article as printed in that law, e.g. "第十四条"; omitted when citing the whole law. */
  article: z.string().regex(/^第[一二三四五六七八九十百零]+条$/, '条款应写成“第X条”').optional(),
});

export const glossaryTermSchema = z
  .object({
    /** English kebab-case code name, same as the file name, e.g. "minimum-living-allowance". */
    id: z.string().regex(kebab, 'id 只能用小写字母、数字和连字符'),
    /** The term as the documents most often print it, e.g. "低保". */
    term: z.string().min(1),
    /** Other ways the documents write it, exactly as printed (e.g. "最低生活保障"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Plain explanation: short sentences, everyday words, reading age about 9. */
    plain: z.string().min(1).max(240, '解释请控制在 240 字以内，用短句'),
    /** Outside laws that define the term, only where the name and article are certain. */
    legalBasis: z.array(legalBasisSchema).default([]),
    /** Topic ids (content/topics/<id>.mdx) this term belongs to. */
    topics: z.array(z.string().regex(kebab)).default([]),
  })
  .superRefine((t, ctx) => {
    const forms = [t.term, ...t.aliases];
    forms.forEach((f, i) => {
      if (forms.indexOf(f) !== i) ctx.addIssue({ code: 'custom', path: ['aliases'], message: `“${f}”重复` });
    });
  });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type GlossaryTermInput = z.input<typeof glossaryTermSchema>;
