/**
 * A 农民夜校 lesson (content/lessons/<id>.mdx): a slide deck for a projector, a one-page A4
 * handout and a QR code to the page attendees should open on their phones. The slides are the
 * MDX body (one <Slide> per idea); the frontmatter carries what the handout and the worked
 * example need, so both views show the same cited facts.
 */
import { z } from './z.ts';

/** `<slug>#<anchor>`, e.g. "guangxi-houxu-fuchi#p2-10"; resolved against the corpus at build time. */
const citationKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#p[\d-]+$/, '引用须写成 <slug>#<anchor>，如 guangxi-houxu-fuchi#p2-10');

/** Site path without the base, directory style: "calculators/dibao/". */
const sitePath = z.string().regex(/^(?:[a-z0-9-]+\/)+(?:#[\w-]+)?$/, '站内路径须像 calculators/dibao/（不带开头的 /，以 / 结尾）');

/** One rule run at build time with fixed, fictional inputs. */
export const exampleRunSchema = z.object({
  /** Which calculator rule (src/rules) to run. */
  rule: z.enum(['dibao', 'transitional-dibao', 'demolition', 'quota', 'site', 'screener']),
  /** The rule's input, exactly as the rule function takes it; the rule validates it. */
  input: z.record(z.string(), z.unknown()),
  /** Only these result items (screener/site item ids) are shown; all when empty. */
  only: z.array(z.string()).default([]),
});

export const lessonSchema = z.object({
  /** Lesson title as the trainer says it, e.g. "低保怎么算". */
  title: z.string().min(1).max(16),
  /** One sentence: what attendees will know after the lesson (for lists and the handout). */
  summary: z.string().min(1).max(80),
  /** Position in the lesson list (smaller first). */
  order: z.number().int().min(0).default(100),
  /** About how long the lesson takes, in minutes. */
  minutes: z.number().int().min(5).max(120).default(30),
  /** The handout's key points: plain words, each resting on one provision. 3–5 points fit one page. */
  keyPoints: z
    .array(z.object({
      /** The point in plain words (editorial, not a quote). */
      text: z.string().min(1).max(70),
      /** The provision the point rests on. */
      cite: citationKey,
    }))
    .min(3)
    .max(5),
  /** The worked example: a fictional household run through the calculators at build time. */
  example: z.object({
    /** Who the fictional household is, e.g. "老李家（虚构）：4 口人……"; must say it is fictional. */
    household: z.string().min(1).refine((s) => s.includes('虚构'), '例子里的家庭必须注明“虚构”'),
    /** Rule runs, in order (usually one; 低保 adds the Guangxi 6-month run). */
    runs: z.array(exampleRunSchema).min(1).max(3),
  }),
  /** The page attendees open on their phones (the QR code points here). */
  phone: z.object({
    /** Site path without the base, e.g. "calculators/dibao/". */
    path: sitePath,
    /** What the page is, e.g. "低保差额估算". */
    label: z.string().min(1).max(20),
  }),
  /** Whom to ask, printed on the handout, e.g. "乡镇民政". */
  ask: z.string().min(1).max(40),
  /** Topic page ids (content/topics) for further reading. */
  topics: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).default([]),
});

export type Lesson = z.output<typeof lessonSchema>;
export type ExampleRun = z.output<typeof exampleRunSchema>;
