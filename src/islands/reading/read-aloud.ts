/**
 * Read-aloud with the browser's own zh-CN speech synthesis (no network, no library). One
 * listener per page serves every button (event delegation):
 * - provisions: the hidden <button data-read-aloud-button> inside a provision's [data-ui] tools
 *   reads that provision's verbatim heading and paragraphs (not its children, not UI);
 * - any [data-read-aloud] container (calculator results, slides) and the glossary explanation
 *   (#definition) get a button added in front of their content, reading their text.
 * Buttons stay hidden when the browser has no Chinese voice.
 */

/** Containers read as a whole. `.calc-slip` is the calculators' result slip (src/islands/calculators/slip.tsx). */
export const READ_ALOUD_CONTAINERS = '[data-read-aloud], #definition, .calc-slip';
const BUTTON_TEXT = '朗读';
const STOP_TEXT = '停止朗读';

/** A zh-CN (or other Chinese) voice, or null. */
export function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  const voices = synth.getVoices();
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^zh/i.test(v.lang) || /^cmn/i.test(v.lang)) ?? null;
}

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

function addContainerButtons(): void {
  document.querySelectorAll(READ_ALOUD_CONTAINERS).forEach((container) => {
    if (container.querySelector(':scope > .read-aloud')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'read-aloud';
    button.dataset.readAloudButton = 'container';
    button.setAttribute('data-ui', '');
    button.textContent = BUTTON_TEXT;
    container.prepend(button);
  });
}

/**
 * Start read-aloud on the page if the browser can speak Chinese; returns a cleanup function.
 * Voices load asynchronously in Chromium, so the check is repeated on `voiceschanged`.
 */
export function startReadAloud(): () => void {
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return () => {};
  let speakingButton: HTMLButtonElement | null = null;
  let observer: MutationObserver | null = null;

  const reset = () => {
    if (speakingButton) speakingButton.textContent = BUTTON_TEXT;
    speakingButton?.setAttribute('aria-pressed', 'false');
    speakingButton = null;
  };
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-read-aloud-button]');
    if (!button) return;
    const wasSpeaking = button === speakingButton;
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
    utterance.onend = utterance.onerror = () => { if (speakingButton === button) reset(); };
    speakingButton = button;
    button.textContent = STOP_TEXT;
    button.setAttribute('aria-pressed', 'true');
    synth.speak(utterance);
  };
  const enable = () => {
    if (!chineseVoice(synth) || observer) return;
    addContainerButtons();
    document.querySelectorAll<HTMLButtonElement>('button[data-read-aloud-button]').forEach((b) => { b.hidden = false; });
    // Calculator results appear after the user submits: give them a button too.
    observer = new MutationObserver(addContainerButtons);
    observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
    document.documentElement.classList.add('can-read-aloud');
  };
  document.addEventListener('click', onClick);
  synth.addEventListener?.('voiceschanged', enable);
  enable();
  return () => {
    document.removeEventListener('click', onClick);
    synth.removeEventListener?.('voiceschanged', enable);
    observer?.disconnect();
    synth.cancel();
  };
}
