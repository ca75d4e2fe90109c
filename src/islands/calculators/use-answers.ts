/**
 * Answers of one calculator: read from the URL hash (a shared link) or, failing that, from
 * localStorage when the user chose to be remembered; written back to the hash on every change
 * (history.replaceState, so the back button is not flooded) and to localStorage only while
 * "记住" is ticked.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeAnswers, encodeAnswers, forget, loadSaved, save, type Answers } from '../../lib/calculator-state.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked storage (privacy settings) must not break the calculator
  }
}

function nonEmpty(a: Answers): boolean {
  return Object.values(a).some((v) => v !== '');
}

export interface AnswerState {
  answers: Answers;
  set: (name: string, value: string) => void;
  /**
   * The answers as they were when the user last asked for a result (or arrived with a
   * link); null before that. Results are computed from this snapshot, not on every
   * keystroke, so messages never jump around or steal focus while someone is typing.
   */
  submitted: Answers | null;
  /** Increases on every submit, to re-focus the result or the error summary. */
  round: number;
  submit: () => void;
  remember: boolean;
  setRemember: (on: boolean) => void;
  /** Empties the form, the hash and any saved copy. */
  reset: () => void;
}

/** State hook for calculator `name` (also its localStorage key). */
export function useAnswers(name: string): AnswerState {
  const [initial] = useState(() => {
    const fromHash = decodeAnswers(location.hash);
    const saved = loadSaved(storage(), name);
    return { answers: nonEmpty(fromHash) ? fromHash : (saved ?? {}), remembered: saved !== null };
  });
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [submitted, setSubmitted] = useState<Answers | null>(nonEmpty(initial.answers) ? initial.answers : null);
  const [round, setRound] = useState(0);
  const [remember, setRememberState] = useState(initial.remembered);

  useEffect(() => {
    const encoded = encodeAnswers(answers);
    const target = `${location.pathname}${location.search}${encoded ? `#${encoded}` : ''}`;
    if (`${location.pathname}${location.search}${location.hash}` !== target) history.replaceState(history.state, '', target);
    if (remember) save(storage(), name, answers);
  }, [answers, remember, name]);

  useEffect(() => {
    // A shared link opened while the page is already open only changes the hash.
    const onHash = () => {
      const next = decodeAnswers(location.hash);
      if (nonEmpty(next)) {
        setAnswers(next);
        setSubmitted(next);
        setRound((r) => r + 1);
      }
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return {
    answers,
    set: (field, value) => setAnswers((prev) => ({ ...prev, [field]: value })),
    submitted,
    round,
    submit: () => {
      setSubmitted(answers);
      setRound((r) => r + 1);
    },
    remember,
    setRemember: (on) => {
      setRememberState(on);
      if (!on) forget(storage(), name);
    },
    reset: () => {
      setAnswers({});
      setSubmitted(null);
      setRememberState(false);
      forget(storage(), name);
    },
  };
}
