/**
 * The content model of one policy document (content/documents/<slug>/document.yaml).
 * Types are derived from these schemas; cross-field rules live in `.superRefine()` here.
 * What a source does not state is `null` with a reason in `missing` — shown as 未注明.
 */
import { z } from './z.ts';
import { formatPath } from '../lib/content-errors.ts';
import { anchorFromPath, kindRank, NUMBERING_KIND_NAMES, parseLabel, type NumberingKind } from '../lib/numbering.ts';

/** A calendar date `YYYY-MM-DD` that exists (2020-02-30 is rejected). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return m >= 1 && m <= 12 && d >= 1 && d <= last;
  }, '这一天不存在');

/** Document slug: lowercase ASCII kebab-case, stable (other people link to it). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug 只能用小写字母、数字和连字符')
  // /documents/2/ is page 2 of the document list (src/lib/document-list.ts).
  .regex(/[a-z]/, 'slug 至少要有一个字母（纯数字是文件列表的页码）');

/** An editorial note on a passage of the source. The source text itself is never changed. */
export const annotationSchema = z.object({
  /** typo 错别字 · duplicate 重复 · garbled 语句残缺/错乱 · unclear 含义不明 */
  kind: z.enum(['typo', 'duplicate', 'garbled', 'unclear']),
  /** The passage exactly as printed; must occur in the provision's own text. */
  quote: z.string().min(1),
  /** Plain explanation for the reader, e.g. "“聚集”应为“聚焦”。" */
  note: z.string().min(1),
});

/** 牵头 / 配合 / 责任单位 as printed after a provision, e.g. "(责任单位:县人社局,各镇、场、景区)". */
export const unitsSchema = z.object({
  /** The note exactly as printed, brackets included; rendered verbatim after the text. */
  note: z.string().min(1),
  /** 牵头单位 (also "(省…牵头指导推进)"). */
  lead: z.array(z.string().min(1)).default([]),
  /** 配合单位. */
  support: z.array(z.string().min(1)).default([]),
  /** 责任单位. */
  responsible: z.array(z.string().min(1)).default([]),
});

const provisionFields = {
  /** Printed number label exactly as in the source: "一、", "(十)", "3.", "第五条". */
  label: z.string({ error: '编号须为字符串：YAML 里像 1. 这样的编号要加引号，写成 "1."' }).min(1),
  /** Heading printed after the label (with its own punctuation, e.g. "强化教育保障。"), or null. */
  heading: z.string().min(1).nullable().default(null),
  /** Verbatim body paragraphs, in order. */
  paragraphs: z.array(z.string().min(1)).default([]),
  /** Responsible units named right after this provision, or null. */
  units: unitsSchema.nullable().default(null),
  /** Editorial notes on typos, repeats and garbled passages in this provision's own text. */
  annotations: z.array(annotationSchema).default([]),
};

export interface ProvisionInput {
  label: string;
  heading?: string | null;
  paragraphs?: string[];
  units?: z.input<typeof unitsSchema> | null;
  annotations?: z.input<typeof annotationSchema>[];
  children?: ProvisionInput[];
}
export interface Provision {
  label: string;
  heading: string | null;
  paragraphs: string[];
  units: z.output<typeof unitsSchema> | null;
  annotations: z.output<typeof annotationSchema>[];
  children: Provision[];
}

/** One numbered provision and its sub-provisions. */
export const provisionSchema: z.ZodType<Provision, ProvisionInput> = z.object({
  ...provisionFields,
  /** Sub-provisions, one numbering level down (levels may be skipped). */
  get children() {
    return z.array(provisionSchema).default([]);
  },
});

/** A non-numbered block of text before or after the provisions (preamble, signature, 抄送…). */
export const blockSchema = z.object({
  /** What the block is, for layout: signature and dates align right, titles are headings. */
  kind: z.enum(['paragraph', 'title', 'doc-number', 'addressee', 'attachment-list', 'attachment-label', 'signature', 'date', 'copy-to']),
  /** The text exactly as printed. */
  text: z.string().min(1),
});

/** Scraped web-page furniture that is not policy text and was excluded on import. */
export const chromeSchema = z.object({
  /** 1-based line in the source file. */
  line: z.number().int().min(1),
  /** The exact text removed from that line (the whole line or a prefix such as "【省级政策】"). */
  text: z.string().min(1),
  /** Why it is not policy text. */
  kind: z.enum(['site-metadata', 'share-widget', 'leave-site-prompt', 'news-lead-in', 'site-category', 'display-controls']),
});

/** A document this one says it is based on (依据). */
export const referenceSchema = z.object({
  /** Title as cited, without 《》, or null when only the 文号 is cited. */
  title: z.string().min(1).nullable(),
  /** 文号 as cited, e.g. "川脱贫办发〔2018〕26号", or null. */
  docNumber: z.string().min(1).nullable(),
  /** Slug of the document when it is in this corpus; null for an external document. */
  document: slugSchema.nullable().default(null),
});

const MISSING_FIELDS = ['title', 'issuers', 'docNumber', 'writtenOn', 'publishedOn'] as const;

export const documentSchema = z
  .object({
    /** Title exactly as printed (without 《》), or null when the source prints none. */
    title: z.string().min(1).nullable(),
    /** Editor's descriptive title when the source prints none; always shown with “编者拟”. */
    workingTitle: z.string().min(1).nullable().default(null),
    /** Short name for chips and search results (editorial), e.g. "广西后续扶持意见". */
    shortTitle: z.string().min(1).max(16),
    /** Issuing bodies exactly as the text names them, or null when it does not. */
    issuers: z.array(z.string().min(1)).min(1).nullable(),
    /** 文号 exactly as printed, e.g. "达川脱贫攻坚办[2018]84号", or null. */
    docNumber: z.string().min(1).nullable(),
    /** 成文日期 (date in the signature block), or null. */
    writtenOn: isoDate.nullable(),
    /** 发布日期 (as stated by the publishing page or text), or null. */
    publishedOn: isoDate.nullable(),
    /** Why each null field above is unknown, e.g. { docNumber: "原文未载文号" }. */
    missing: z.partialRecord(z.enum(MISSING_FIELDS), z.string().min(1)).default({}),
    /** Administrative level of the issuing region. */
    level: z.enum(['province', 'city', 'county']),
    /** Region the document applies to (GB/T 2260). */
    region: z.object({
      /** Six-digit GB/T 2260 code, e.g. "450000". */
      code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字'),
      /** Name, e.g. "广西壮族自治区". */
      name: z.string().min(1),
      /** How the region was determined when the text does not say it outright. */
      note: z.string().min(1).optional(),
    }),
    /** Where the text came from. */
    source: z.object({
      /** File name in content/sources/. */
      file: z.string().regex(/^[\w.-]+\.txt$/, '来源文件名应为 content/sources/ 下的 .txt 文件'),
      /** Web site as named in the scraped text (e.g. "随县人民政府"), or null. */
      site: z.string().min(1).nullable(),
      /** Notes on provenance: repost dates, what the scraped page says about itself. */
      note: z.string().min(1),
    }),
    /** Whether the document is in force, with the reason. */
    status: z.object({
      value: z.enum(['现行', '已失效', '未知']),
      reason: z.string().min(1),
    }),
    /** Documents this one says it is based on. */
    basedOn: z.array(referenceSchema).default([]),
    /** Text before the first provision: title, 文号, addressee, preamble. */
    preamble: z.array(blockSchema).default([]),
    /** The numbered provisions. */
    provisions: z.array(provisionSchema).min(1),
    /** Text after the provisions: signature, date, 抄送. */
    closing: z.array(blockSchema).default([]),
    /** Page furniture excluded on import (reported, never silently dropped). */
    chrome: z.array(chromeSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    for (const field of MISSING_FIELDS) {
      if (doc[field] === null && !doc.missing[field]) {
        ctx.addIssue({ code: 'custom', path: ['missing', field], message: `${field} 为 null（未注明），须在 missing.${field} 写明原因` });
      }
    }
    if (doc.title === null && doc.workingTitle === null) {
      ctx.addIssue({ code: 'custom', path: ['workingTitle'], message: '原文无标题时须给出 workingTitle（编者拟）' });
    }
    checkProvisionTree(doc.provisions, ctx);
  });

export type PolicyDocument = z.output<typeof documentSchema>;
export type PolicyDocumentInput = z.input<typeof documentSchema>;
export type Annotation = z.output<typeof annotationSchema>;
export type Units = z.output<typeof unitsSchema>;
export type Block = z.output<typeof blockSchema>;

/** All the text of a provision itself (heading, paragraphs, unit note), without its children. */
export function ownText(p: Pick<Provision, 'heading' | 'paragraphs' | 'units'>): string {
  return [p.heading ?? '', ...p.paragraphs, p.units?.note ?? ''].join('\n');
}

/**
 * Numbering rules: labels parse; a child's style is deeper than its parent's; siblings share a
 * style; numbers go up by one. The first child of a section starts at 1 or runs on from the last
 * number of that style (广西 (一)…(十五) across 一、二、三、; 安徽 items 1–40); anchors are unique.
 */
function checkProvisionTree(provisions: Provision[], ctx: z.RefinementCtx): void {
  const lastOfKind = new Map<NumberingKind, number>();
  const anchors = new Map<string, string>();

  const walk = (list: Provision[], path: (string | number)[], numbers: number[], parentKind: NumberingKind | null) => {
    let previous: { kind: NumberingKind; number: number } | null = null;
    list.forEach((p, i) => {
      const here = [...path, i];
      const parsed = parseLabel(p.label);
      if (!parsed || parsed.label !== p.label.trim()) {
        ctx.addIssue({ code: 'custom', path: [...here, 'label'], message: `无法识别的编号“${p.label}”（应为 一、 (一) 1. (1) 第X章 第X条 之一）` });
        return;
      }
      if (parentKind && kindRank(parsed.kind) <= kindRank(parentKind)) {
        ctx.addIssue({ code: 'custom', path: [...here, 'label'], message: `编号“${p.label}”的层级（${NUMBERING_KIND_NAMES[parsed.kind]}）不能在上级“${NUMBERING_KIND_NAMES[parentKind]}”之下` });
      }
      if (previous && previous.kind !== parsed.kind) {
        ctx.addIssue({ code: 'custom', path: [...here, 'label'], message: `同级编号样式不一致：“${p.label}”跟在 ${NUMBERING_KIND_NAMES[previous.kind]} 之后` });
      }
      const expected = previous ? [previous.number + 1] : [1, (lastOfKind.get(parsed.kind) ?? 0) + 1];
      if (!expected.includes(parsed.number)) {
        const what = previous && parsed.number === previous.number ? '重复' : '不连续';
        ctx.addIssue({ code: 'custom', path: [...here, 'label'], message: `编号${what}：“${p.label}”应为第 ${expected.join(' 或 ')} 项` });
      }
      previous = { kind: parsed.kind, number: parsed.number };
      lastOfKind.set(parsed.kind, parsed.number);
      const anchor = anchorFromPath([...numbers, parsed.number]);
      const clash = anchors.get(anchor);
      if (clash) ctx.addIssue({ code: 'custom', path: [...here, 'label'], message: `锚点 ${anchor} 重复（与 ${clash} 相同）` });
      anchors.set(anchor, formatPath(here));
      const own = ownText(p);
      p.annotations.forEach((a, j) => {
        if (!own.includes(a.quote)) {
          ctx.addIssue({ code: 'custom', path: [...here, 'annotations', j, 'quote'], message: `引文“${a.quote}”不在本条原文中` });
        }
      });
      walk(p.children, [...here, 'children'], [...numbers, parsed.number], parsed.kind);
    });
  };
  walk(provisions, ['provisions'], [], null);
}
