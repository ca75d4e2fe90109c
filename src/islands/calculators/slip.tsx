/**
 * The parts every calculator result shares: the error summary, verdict badges, citation
 * lists and the 明白纸 (result slip) frame with its print / remember / clear tools.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CitationMap } from '../../lib/calculator-citations.ts';
import type { Issue } from '../../rules/result.ts';
import { fieldId } from './fields.tsx';
import type { AnswerState } from './use-answers.ts';

/** Field errors keyed by field name, from rule issues and a path → field mapping. */
export function fieldErrors(issues: readonly Issue[], fieldOf: (path: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    out[field] ??= issue.message;
  }
  return out;
}

/** "请先改正下面的问题", each linked to its field; takes focus when it appears. */
export function ErrorSummary({ errors, labels }: { errors: Record<string, string>; labels?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length) ref.current?.focus();
  }, [entries.length]);
  if (!entries.length) return null;
  return (
    <div class="calc-errors" role="alert" tabIndex={-1} ref={ref}>
      <h2>请先改正下面的问题</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a
              href={`#${fieldId(field)}`}
              onClick={(e) => {
                // Move focus without touching location.hash, which holds the answers.
                e.preventDefault();
                const el = document.getElementById(fieldId(field));
                (el?.querySelector<HTMLElement>('input') ?? el)?.focus();
              }}
            >
              {labels?.[field] ? `${labels[field]}：` : ''}{message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type BadgeKind = 'likely' | 'check' | 'none' | 'passed' | 'upcoming' | 'no';

/** A verdict word in a coloured box (colour is never the only signal: the word says it). */
export function Badge({ kind, children }: { kind: BadgeKind; children: ComponentChildren }) {
  return <span class={`calc-badge calc-badge-${kind}`}>{children}</span>;
}

/** Each citation as a link to the provision (or, for external law, its name and article) with a short quote. */
export function Citations({ keys, cites }: { keys: readonly string[]; cites: CitationMap }) {
  if (!keys.length) return null;
  return (
    <ul class="calc-cites">
      {keys.map((key) => {
        const c = cites[key];
        if (!c) return <li key={key}>{key}</li>;
        return (
          <li key={key}>
            {c.href ? <a href={c.href}>{c.citation}</a> : <span class="calc-external">{c.citation}（国家法规，本站未收录全文）</span>}
            <q>{c.excerpt}</q>
          </li>
        );
      })}
    </ul>
  );
}

interface SlipProps {
  /** e.g. "低保差额估算". */
  title: string;
  /** [question, answer as typed] pairs shown on the slip. */
  answers: readonly (readonly [string, string])[];
  /** Today's date, "2025年5月1日". */
  date: string;
  disclaimer: string;
  state: AnswerState;
  children: ComponentChildren;
}

/** The 明白纸: answers, verdicts with their provisions, the date and the disclaimer. */
export function Slip({ title, answers, date, disclaimer, state, children }: SlipProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: false });
  }, []);
  return (
    <section class="calc-slip" ref={ref} aria-labelledby="slip-title">
      <h2 id="slip-title" tabIndex={-1}>明白纸：{title}</h2>
      <p class="calc-slip-date">生成日期：{date}</p>
      <h3>您填写的情况</h3>
      <dl class="calc-answers">
        {answers.map(([q, a]) => (
          <div key={q}>
            <dt>{q}</dt>
            <dd>{a || '（未填写）'}</dd>
          </div>
        ))}
      </dl>
      {children}
      <p class="notice calc-disclaimer"><strong>请注意：</strong>{disclaimer}</p>
      <Tools state={state} />
    </section>
  );
}

function Tools({ state }: { state: AnswerState }) {
  return (
    <div class="calc-tools">
      <button type="button" class="primary" onClick={() => window.print()}>打印明白纸</button>
      <label class="calc-remember">
        <input type="checkbox" checked={state.remember} onChange={(e) => state.setRemember((e.currentTarget as HTMLInputElement).checked)} />
        <span>在这台设备上记住我的填写（只存在本机，不上传）</span>
      </label>
      <button type="button" onClick={state.reset}>清空全部填写</button>
      <p class="calc-hint">要把结果发给别人：复制浏览器地址栏里的链接即可，填写的内容都在链接里，本站不保存。</p>
    </div>
  );
}
