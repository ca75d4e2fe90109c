/**
 * Which read-aloud buttons a page shows — part of the site shell, so this stays small; the
 * speaking itself (read-aloud.ts) loads on the first press.
 * - provisions: the hidden <button data-read-aloud-button="provision"> in each provision's tools;
 * - any [data-read-aloud] container (calculator results, lesson slides) and the glossary
 *   explanation (#definition) get a button added in front of their content.
 * Buttons appear only when the browser has a Chinese voice.
 */

/** Containers read as a whole. `.calc-slip` is the calculators' result slip (src/islands/calculators/slip.tsx). */
const CONTAINERS = '[data-read-aloud], #definition, .calc-slip';

/** The voice to read with: a zh-CN voice, else any Chinese one (zh-*, cmn-*), else null (no buttons). */
export function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  const voices = synth.getVoices();
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)/i.test(v.lang)) ?? null;
}

function addContainerButtons(): void {
  document.querySelectorAll(CONTAINERS).forEach((container) => {
    if (container.querySelector(':scope > .read-aloud')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'read-aloud';
    button.dataset.readAloudButton = 'container';
    button.setAttribute('data-ui', '');
    button.setAttribute('aria-pressed', 'false');
    button.textContent = '朗读';
    container.prepend(button);
  });
}

/**
 * Show the buttons once the page is parsed, if a Chinese voice exists. Chromium loads its voices
 * after the page, so the check runs again on `voiceschanged`.
 */
export function showReadAloudButtons(): void {
  const synth = window.speechSynthesis;
  if (!synth) return;
  let shown = false;
  const show = () => {
    if (shown || !chineseVoice(synth)) return;
    shown = true;
    addContainerButtons();
    document.querySelectorAll('button[data-read-aloud-button]').forEach((b) => b.removeAttribute('hidden'));
    // Calculator results appear after the reader submits: give them a button too.
    new MutationObserver(addContainerButtons).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
  };
  synth.addEventListener?.('voiceschanged', show);
  show();
}
