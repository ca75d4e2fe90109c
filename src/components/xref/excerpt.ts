/** A verbatim clause around a position in a provision's text, for lists of provisions. */
export function clauseAt(text: string, start: number, end: number, max = 90): { before: string; hit: string; after: string; cut: boolean } {
  const stop = /[。；;\n]/u;
  let a = start;
  while (a > 0 && !stop.test(text[a - 1]!) && start - a < max / 2) a--;
  let b = end;
  while (b < text.length && !stop.test(text[b]!) && b - end < max / 2) b++;
  if (b < text.length && text[b] !== '\n') b++;
  const cut = (a > 0 && !stop.test(text[a - 1]!)) || (b < text.length && !stop.test(text[b - 1]!));
  return { before: text.slice(a, start), hit: text.slice(start, end), after: text.slice(end, b), cut };
}
