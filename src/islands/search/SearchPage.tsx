/**
 * The search page: query box, filters, provision results (short name, number, marked excerpt,
 * unit chips), 词汇解释 for glossary terms in the query, related topics, and suggestions when
 * nothing is found. Reads and writes ?q= so results can be linked and the back button works.
 * Pagefind loads on first focus; the index chunks a query needs load while it is typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { filterValues, loadEngine, preloadQuery, runSearch, type Filters, type SearchOutcome } from './client.ts';
import { Explanations, ResultList, Suggestions, statusText, type Suggestion } from './results.tsx';

const FILTER_LABELS: Record<keyof Filters, string> = { document: '文件', region: '地区', level: '层级', topic: '专题', department: '部门' };
const FILTER_KEYS = Object.keys(FILTER_LABELS) as (keyof Filters)[];

interface Props {
  /** Shown when a query finds nothing: topics and common glossary terms. */
  suggestions: Suggestion[];
  /** Action of the form (the search page's own URL, with the base). */
  action: string;
}

export default function SearchPage({ suggestions, action }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [options, setOptions] = useState<Record<string, Record<string, number>>>({});
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [limit, setLimit] = useState(10);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [composing, setComposing] = useState(false);
  const seq = useRef(0);
  /** Query, filters and limit of the latest search started, so typing pauses do not repeat it. */
  const started = useRef('');

  const search = async (q: string, f: Filters, n: number) => {
    const mine = ++seq.current;
    started.current = JSON.stringify([q, f, n]);
    if (!q.trim()) {
      setOutcome(null);
      setStatus('');
      return;
    }
    setBusy(true);
    try {
      const out = await runSearch(q, f, n);
      if (mine !== seq.current) return;
      setOutcome(out);
      setStatus(statusText(out));
      const url = new URL(location.href);
      url.searchParams.set('q', q);
      for (const k of FILTER_KEYS) (f[k] ? url.searchParams.set(k, f[k]!) : url.searchParams.delete(k));
      history.replaceState(null, '', url);
    } catch {
      if (mine === seq.current) setStatus('搜索没有加载成功，请刷新页面再试；也可以用下面的目录查找。');
    } finally {
      if (mine === seq.current) setBusy(false);
    }
  };

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    const q = params.get('q') ?? '';
    const f: Filters = {};
    for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k)!;
    setQuery(q);
    setFilters(f);
    if (q) void search(q, f, 10);
    document.documentElement.dataset.searchReady = 'true';
  }, []);

  // Load the engine (and the filter values) as soon as the reader shows intent.
  const warm = () => void loadEngine().then(() => filterValues()).then(setOptions).catch(() => undefined);
  useEffect(() => {
    if (query) warm();
  }, [query !== '']);

  // While an input method is composing, the box holds pinyin ("gong"): wait for the characters.
  useEffect(() => {
    const key = JSON.stringify([query, filters, limit]);
    if (composing || started.current === key) return;
    const pre = query.trim() ? setTimeout(() => void preloadQuery(query, filters).catch(() => undefined), 60) : undefined;
    // Enter may have searched it already while this pause was running.
    const t = setTimeout(() => started.current !== key && void search(query, filters, limit), 250);
    return () => {
      clearTimeout(pre);
      clearTimeout(t);
    };
  }, [query, filters, limit, composing]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    void search(query, filters, limit);
  };

  return (
    <div class="search-app" aria-busy={busy} data-done={busy ? undefined : outcome?.query}>
      <form role="search" action={action} method="get" onSubmit={onSubmit} class="search-form">
        <label for="search-q">搜索政策条款</label>
        <div class="search-row">
          <input id="search-q" name="q" type="search" value={query} autocomplete="off" enterkeyhint="search"
            placeholder="例如：搬迁后没有工作能领低保吗" onFocus={warm} onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
            onCompositionStart={() => setComposing(true)} onCompositionEnd={() => setComposing(false)} />
          <button type="submit">搜索</button>
        </div>
        <details class="search-filters" open={FILTER_KEYS.some((k) => filters[k])}>
          <summary>按文件、地区、层级、专题、部门筛选</summary>
          <div class="filter-grid">
            {FILTER_KEYS.map((k) => (
              <label key={k}>
                {FILTER_LABELS[k]}
                <select name={k} value={filters[k] ?? ''} onFocus={warm}
                  onChange={(e) => setFilters({ ...filters, [k]: (e.target as HTMLSelectElement).value })}>
                  <option value="">全部</option>
                  {Object.entries(options[k] ?? {}).sort((a, b) => a[0].localeCompare(b[0], 'zh-CN')).map(([v, n]) => (
                    <option key={v} value={v}>{v}（{n}）</option>
                  ))}
                  {filters[k] && !options[k]?.[filters[k]!] && <option value={filters[k]}>{filters[k]}</option>}
                </select>
              </label>
            ))}
          </div>
        </details>
      </form>
      <p class="search-status" role="status" aria-live="polite">{status}</p>
      {outcome && outcome.concepts.length > 0 && (
        <p class="search-understood">按这些词查找：{outcome.concepts.map((c) => c.raw ? `文号“${c.typed}”` : c.forms.length > 1 ? `${c.typed}（也查${c.forms.filter((f) => f !== c.typed).slice(0, 3).join('、')}）` : c.typed).join(' + ')}</p>
      )}
      {outcome && <Explanations items={outcome.explanations} />}
      {outcome && outcome.topics.length > 0 && (
        <nav class="search-related" aria-label="相关专题">
          <span>相关专题：</span>
          {outcome.topics.map((t) => <a key={t.url} href={t.url}>{t.title}</a>)}
        </nav>
      )}
      {outcome && <ResultList results={outcome.results} />}
      {outcome && outcome.total > outcome.results.length && (
        <button type="button" class="search-more" onClick={() => setLimit(limit + 10)}>再显示 10 条（共 {outcome.total} 条）</button>
      )}
      {outcome && outcome.total === 0 && !outcome.tooShort && <Suggestions items={suggestions} />}
    </div>
  );
}
