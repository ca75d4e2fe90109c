/**
 * The "复制引用" buttons of a document page (CitationControl.astro): copies "citation + link"
 * and says so in the page's status line. Loaded by the site shell on the first press; one
 * listener then serves every button.
 */

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Start serving the copy buttons; returns a cleanup function. */
export function startCopyCitation(): () => void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const onClick = async (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const link = new URL(button.dataset.copyHref ?? '', location.href).href;
    const ok = await copyText(`${button.dataset.copy ?? ''} ${link}`);
    if (status) status.textContent = ok ? `已复制：${button.dataset.copy}` : '无法自动复制，请长按引用文字手动复制。';
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
