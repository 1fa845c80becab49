/**
 * "Did you mean" for the command line: the closest of the words the program knows. The user's
 * own text is only compared, never printed: arguments can be names or NHS numbers typed in the
 * wrong place, so a message names the kind of thing that was wrong and our word, not theirs.
 */

/** Edits (insert, delete, substitute, swap two neighbours) between two words, case ignored. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Three rows of the optimal-string-alignment table are enough.
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length] as number;
}

/**
 * The known word closest to what was typed, when it is close enough to be a slip (a third of
 * the word's letters, at least one); `undefined` otherwise.
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const word of known) {
    const edits = distance(typed, word);
    if (edits < bestDistance && edits <= Math.max(1, Math.floor(word.length / 3))) {
      best = word;
      bestDistance = edits;
    }
  }
  return best;
}

/** `; did you mean X?` for the closest known word, or nothing. */
export function didYouMean(typed: string, known: readonly string[]): string {
  const word = closest(typed, known);
  return word === undefined ? '' : `; did you mean ${word}?`;
}
