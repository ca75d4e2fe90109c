/**
 * Live results under the header search box, mounted on first focus (see HeaderSearch.astro).
 * The input stays the static one; this renders the top 5 results below it, announces the
 * count, and handles ↓/↑ between the input and the results and Esc to close. Pagefind starts
 * loading at mount, and a query's index chunks while it is typed.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadEngine, preloadQuery, runSearch, type SearchOutcome } from './client.ts';
import { ResultList, statusText } from './results.tsx';

function HeaderBox({ input, form }: { input: HTMLInputElement; form: HTMLFormElement }) {
  const [query, setQuery] = useState(input.value);
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [open, setOpen] = useState(true);

  useEffect(() => {
    // While an input method composes, the box holds pinyin ("gong"): wait for the characters.
    let composing = false;
    const onInput = () => {
      if (composing) return;
      setQuery(input.value);
      setOpen(true);
    };
    const onCompositionStart = () => (composing = true);
    const onCompositionEnd = () => {
      composing = false;
      onInput();
    };
    const onKey = (e: KeyboardEvent) => {
      const links = [...form.querySelectorAll<HTMLAnchorElement>('.header-results a')];
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (e.key === 'Escape') {
        setOpen(false);
        input.focus();
      } else if (e.key === 'ArrowDown' && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)]!.focus();
      } else if (e.key === 'ArrowUp' && at >= 0) {
        e.preventDefault();
        (at === 0 ? input : links[at - 1]!).focus();
      }
    };
    input.addEventListener('input', onInput);
    input.addEventListener('compositionstart', onCompositionStart);
    input.addEventListener('compositionend', onCompositionEnd);
    form.addEventListener('keydown', onKey);
    // Whatever was typed while this module loaded ("公" of "公岗") has no input event left to
    // catch: read the box again now that the listener is in place.
    setQuery(input.value);
    void loadEngine().catch(() => undefined);
    return () => {
      input.removeEventListener('input', onInput);
      input.removeEventListener('compositionstart', onCompositionStart);
      input.removeEventListener('compositionend', onCompositionEnd);
      form.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(() => {
    if (!query.trim()) return setOutcome(null);
    let live = true;
    const pre = setTimeout(() => void preloadQuery(query).catch(() => undefined), 60);
    const t = setTimeout(() => void runSearch(query, {}, 5).then((o) => live && setOutcome(o)).catch(() => undefined), 250);
    return () => {
      live = false;
      clearTimeout(pre);
      clearTimeout(t);
    };
  }, [query]);

  const current = outcome && outcome.query === query ? outcome : null;
  const all = `${form.action}?q=${encodeURIComponent(query)}`;
  return (
    <>
      <p class="sr-only" role="status">{current ? statusText(current, current.results.length) : ''}</p>
      {open && current && !current.tooShort && (
        <div class="header-panel">
          <ResultList results={current.results} compact />
          <a class="header-all" href={all}>{current.total ? `看全部 ${current.total} 条结果` : '没有找到，去搜索页看建议'}</a>
        </div>
      )}
    </>
  );
}

/** Renders the live results for one header form. */
export function mountHeaderBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const target = form.querySelector<HTMLElement>('[data-header-results]');
  if (!input || !target) return;
  render(<HeaderBox input={input} form={form} />, target);
}
