/** Result list, 词汇解释 and the "nothing found" suggestions, shared by the search page and the header box. */
import type { Explanation, Result, SearchOutcome } from './client.ts';

/** What the role=status region announces after a search. */
export function statusText(outcome: SearchOutcome, shown?: number): string {
  if (outcome.tooShort) return '请再多输入一个字，比如“公岗”“低保”。';
  if (!outcome.total) return '没有找到相关条款';
  return shown === undefined ? `找到 ${outcome.total} 条相关条款和文件` : `找到 ${outcome.total} 条，显示前 ${shown} 条`;
}

/** Plain explanations of the glossary terms in the query, each linking to its glossary page. */
export function Explanations({ items }: { items: Explanation[] }) {
  if (items.length === 0) return null;
  return (
    <section class="search-explain" aria-label="词汇解释">
      {items.map((t) => (
        <p key={t.url}><b>词汇解释 · {t.term}：</b>{t.plain} <a href={t.url}>哪些条款讲到“{t.term}”</a></p>
      ))}
    </section>
  );
}

/** A glossary term or topic offered when a query finds nothing. */
export interface Suggestion {
  url: string;
  text: string;
  kind: '专题' | '词汇';
}

export function ResultList({ results, compact = false }: { results: Result[]; compact?: boolean }) {
  if (results.length === 0) return null;
  return (
    <ol class={compact ? 'search-results compact' : 'search-results'}>
      {results.map((r) => (
        <li key={r.url} class="search-result" data-kind={r.kind}>
          <a class="result-title" href={r.url}>
            {r.doc && <span class="result-doc">{r.doc}</span>}
            <span>{r.kind === '文件' ? `全文：${r.title}` : r.title}</span>
          </a>
          {!compact && (
            <p class="result-excerpt">
              {r.excerpt.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
            </p>
          )}
          {!compact && r.units.length > 0 && (
            <ul class="chips" aria-label="责任单位">
              {r.units.map((u) => (
                <li key={u.role} class={u.role === '牵头' ? 'chip chip-lead' : 'chip'}><b>{u.role}</b>{u.names}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export function Suggestions({ items }: { items: Suggestion[] }) {
  return (
    <div class="search-empty">
      <p>没有找到完全对得上的条款。可以换个说法，比如用文件里的词（“最低生活保障”“公益性岗位”“旧房拆除”），或者看看这些专题和词汇：</p>
      <ul class="chips">
        {items.map((s) => <li key={s.url}><a class="chip" href={s.url}>{s.kind}：{s.text}</a></li>)}
      </ul>
    </div>
  );
}
