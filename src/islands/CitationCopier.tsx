/**
 * Reveals the "复制引用" buttons that the static page renders hidden, and copies
 * "citation + link" on click. One island per page, using event delegation, so a document with
 * hundreds of provisions hydrates one tiny component.
 */
import { useEffect, useState } from 'preact/hooks';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function CitationCopier() {
  const [status, setStatus] = useState('');
  useEffect(() => {
    const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy]');
    buttons.forEach((b) => (b.hidden = false));
    const onClick = async (event: Event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      const link = new URL(button.dataset.copyHref ?? '', location.href).href;
      const ok = await copyText(`${button.dataset.copy ?? ''} ${link}`);
      setStatus(ok ? `已复制：${button.dataset.copy}` : '无法自动复制，请长按引用文字手动复制。');
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return (
    <p class="sr-only" role="status" aria-live="polite">
      {status}
    </p>
  );
}
