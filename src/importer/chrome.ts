/**
 * Page chrome: furniture of the scraped web page (来源/点击数/分享到/文字大小, the leave-site
 * prompt, news lead-ins, 【省级政策】 prefixes). It is cut out of the text but always reported,
 * so a reader can check that nothing of the policy was dropped.
 */
import type { ChromeEntry, SourceLine } from './types.ts';

type ChromeKind = ChromeEntry['kind'];

/** Field names of page widgets, with the kind of chrome each starts. */
const WIDGET_KEYS: [RegExp, ChromeKind][] = [
  [/^(来源|发布日期|发布时间|点击数|浏览次数|阅读次数|作者|信息来源)[:：]/, 'site-metadata'],
  [/^(文字大小|字号|字体|背景色)[:：]/, 'display-controls'],
  [/^分享到[:：]?/, 'share-widget'],
];
const WIDGET_KEY_ANYWHERE = /(来源|发布日期|发布时间|点击数|浏览次数|阅读次数|作者|信息来源|文字大小|字号|字体|背景色|分享到)[:：]/g;
/** "2025-04-07 17:16" at the start of a metadata line. */
const DATETIME = /^\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?/;
const LEAVE_SITE = /^您访问的链接即将离开“[^”]+”(门户)?网站[,，]?是否继续[?？]?$/;
const NEWS_LEAD_IN = /^\S{1,10}网讯[\s\u3000]|全文如下[:：]$/;
const CATEGORY_PREFIX = /^【[^】]{1,12}】/;

function kindOf(segment: string): ChromeKind | null {
  for (const [re, kind] of WIDGET_KEYS) if (re.test(segment)) return kind;
  return null;
}

/**
 * A line made only of page widgets ("2025-04-07 17:16来源:叶集区洪集镇文字大小:[ ] 背景色:"),
 * split into consecutive entries by kind; null when the line holds anything else.
 */
function widgetLine(raw: string, line: number): ChromeEntry[] | null {
  const start = raw.length - raw.trimStart().length;
  const body = raw.slice(start);
  const date = DATETIME.exec(body)?.[0] ?? '';
  const afterDate = body.slice(date.length);
  if (!kindOf(afterDate) && !(date && afterDate.trim() === '')) return null;
  const cuts = [0];
  for (const m of afterDate.matchAll(WIDGET_KEY_ANYWHERE)) if (m.index > 0) cuts.push(m.index);
  const entries: ChromeEntry[] = [];
  cuts.forEach((cut, i) => {
    const from = i === 0 ? 0 : date.length + cut;
    const to = i + 1 < cuts.length ? date.length + cuts[i + 1]! : body.length;
    const text = body.slice(from, to);
    const kind = kindOf(afterDate.slice(cut)) ?? 'site-metadata';
    const last = entries.at(-1);
    if (last && last.kind === kind) last.text += text;
    else entries.push({ line, text, kind });
  });
  return entries.map((e) => ({ ...e, text: e.text.trimEnd() })).filter((e) => e.text !== '');
}

/**
 * Finds the chrome in a source text. `text` of each entry is the exact substring removed from
 * that line: the whole line (without its leading indentation) or a prefix of it.
 */
export function detectChrome(sourceText: string): ChromeEntry[] {
  const found: ChromeEntry[] = [];
  let sawText = false;
  sourceText.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const widgets = widgetLine(raw, line);
    if (widgets) {
      found.push(...widgets);
      return;
    }
    if (LEAVE_SITE.test(trimmed)) {
      found.push({ line, text: trimmed, kind: 'leave-site-prompt' });
      return;
    }
    if (NEWS_LEAD_IN.test(trimmed)) {
      found.push({ line, text: trimmed, kind: 'news-lead-in' });
      return;
    }
    if (!sawText) {
      const prefix = CATEGORY_PREFIX.exec(trimmed)?.[0];
      if (prefix) found.push({ line, text: prefix, kind: 'site-category' });
    }
    sawText = true;
  });
  return found;
}

/**
 * The source text with the reported chrome cut out (each entry's text removed once from its
 * line, in order). Used by the importer and by the fidelity tests over the YAML and the HTML.
 */
export function removeChrome(sourceText: string, chrome: readonly Pick<ChromeEntry, 'line' | 'text'>[]): string {
  const lines = sourceText.split(/\r\n|\r|\n/);
  for (const { line, text } of chrome) {
    const current = lines[line - 1];
    if (current === undefined) throw new Error(`第 ${line} 行不存在，无法去除页面元素“${text}”`);
    const at = current.indexOf(text);
    if (at < 0) throw new Error(`第 ${line} 行中找不到页面元素“${text}”`);
    lines[line - 1] = current.slice(0, at) + current.slice(at + text.length);
  }
  return lines.join('\n');
}

/** Source lines with chrome cut out, trimmed, numbered from 1. */
export function cleanLines(sourceText: string, chrome: readonly ChromeEntry[]): SourceLine[] {
  return removeChrome(sourceText, chrome)
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.trim() }));
}

/** One report line, e.g. "第 3 行：页面元素“点击数:”已排除（site-metadata）". */
export function describeChrome(entry: ChromeEntry): string {
  return `第 ${entry.line} 行：页面元素“${entry.text.trim()}”已排除（${entry.kind}）`;
}

/** What the chrome says about the page: the 发布日期, the site's own name. */
export interface ChromeFacts {
  publishedOn: string | null;
  site: string | null;
  /** Verbatim metadata lines of the page, for source.note. */
  pageInfo: string[];
}

export function chromeFacts(chrome: readonly ChromeEntry[]): ChromeFacts {
  let publishedOn: string | null = null;
  let site: string | null = null;
  const pageInfo: string[] = [];
  for (const { text, kind } of chrome) {
    const t = text.trim();
    if (kind === 'site-metadata') {
      pageInfo.push(t);
      const date = /^发布日期[:：]\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
      if (date) publishedOn = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
      const from = /来源[:：]\s*(\S+)/.exec(t)?.[1];
      if (from && from !== '暂无' && !site) site = from;
    }
    if (kind === 'leave-site-prompt') site = /“([^”]+)”/.exec(t)?.[1] ?? site;
    if (kind === 'news-lead-in') site ??= /^(\S{1,10}网)讯/.exec(t)?.[1] ?? null;
  }
  return { publishedOn, site, pageInfo };
}
