/**
 * Read-aloud with the browser's own zh-CN speech synthesis (no network, no library). Loaded by
 * the site shell on the first press of a read-aloud button (read-aloud-buttons.ts decides which
 * buttons show); from then on one listener serves every button on the page:
 * - a provision's button reads that provision's verbatim heading and paragraphs (not its
 *   children, not UI);
 * - a container's button reads the container's text.
 * Pressing the speaking button again stops it.
 */

import { chineseVoice } from './read-aloud-buttons.ts';

/** Visible text of an element without its UI parts ([data-ui], buttons). */
function spokenText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[data-ui], button, .read-aloud').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The words of a provision: its heading and its own paragraphs, in order. */
export function provisionText(section: Element): string {
  const parts = [...section.children].filter((c) => /^H[1-6]$/.test(c.tagName) || c.tagName === 'P');
  return parts.map(spokenText).filter(Boolean).join('。 ');
}

const STOP_TEXT = '停止朗读';

/** Start serving the page's read-aloud buttons; returns a cleanup function. */
export function startReadAloud(): () => void {
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return () => {};
  let speaking: { button: HTMLButtonElement; label: string } | null = null;

  const reset = () => {
    if (!speaking) return;
    speaking.button.textContent = speaking.label;
    speaking.button.setAttribute('aria-pressed', 'false');
    speaking = null;
  };
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-read-aloud-button]');
    if (!button) return;
    const wasSpeaking = button === speaking?.button;
    synth.cancel();
    reset();
    if (wasSpeaking) return;
    const text = button.dataset.readAloudButton === 'provision'
      ? provisionText(button.closest('section.provision') ?? document.body)
      : spokenText(button.parentElement ?? document.body);
    const voice = chineseVoice(synth);
    if (!text || !voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.voice = voice;
    utterance.rate = 0.9; // a little slower than default, for people who read slowly
    utterance.onend = utterance.onerror = () => { if (speaking?.button === button) reset(); };
    speaking = { button, label: button.textContent ?? '' };
    button.textContent = STOP_TEXT;
    button.setAttribute('aria-pressed', 'true');
    synth.speak(utterance);
  };
  document.addEventListener('click', onClick);
  return () => {
    document.removeEventListener('click', onClick);
    synth.cancel();
  };
}
