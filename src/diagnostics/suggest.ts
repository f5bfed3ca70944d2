// "Did you mean" suggestions: the closest known name to a misspelt one, within a bounded effort.
import { distance } from 'fastest-levenshtein';

/**
 * How many candidates one {@link Suggester} compares in all. A wiki with a few thousand people
 * and a few typos needs far less; 20,000 unknown attendees against 2,000 people needed 80
 * million comparisons (40 s). Once spent, names get no suggestion, only the generic hint.
 */
export const SUGGESTION_BUDGET = 250_000;

/** Names longer than this get no suggestion: a comparison costs the product of the lengths. */
export const MAX_SUGGESTED_LENGTH = 64;

/**
 * Suggestions from one list of candidates, for many misspelt names. Candidates are indexed by
 * length: a name can only be a plausible typo of one whose length differs by at most the edits
 * allowed (a third of the name), so only those are compared. Answers are remembered, and the
 * candidates compared are counted ({@link compared}) and capped by a budget.
 */
export class Suggester {
  readonly #byLength = new Map<number, { name: string; lower: string; order: number }[]>();
  readonly #answers = new Map<string, string | undefined>();
  readonly #budget: number;
  /** Candidates compared so far, over every call. */
  compared = 0;

  constructor(candidates: Iterable<string>, budget = SUGGESTION_BUDGET) {
    this.#budget = budget;
    const seen = new Set<string>();
    let order = 0;
    for (const name of candidates) {
      if (seen.has(name) || name.length > MAX_SUGGESTED_LENGTH * 2) continue;
      seen.add(name);
      // By the length of the lower-cased name, the one compared (lower-casing may change it).
      const lower = name.toLowerCase();
      const bucket = this.#byLength.get(lower.length);
      if (bucket) bucket.push({ name, lower, order: order++ });
      else this.#byLength.set(lower.length, [{ name, lower, order: order++ }]);
    }
  }

  /**
   * The candidate closest to `wrong` (case-insensitive edit distance; among equals, the one
   * whose case matches, then the first given), or undefined when none is close enough to be a
   * plausible typo (more than a third of the word changed), or the budget is spent.
   */
  suggest(wrong: string): string | undefined {
    if (this.#answers.has(wrong)) return this.#answers.get(wrong);
    const answer = this.#closest(wrong, () => true);
    this.#answers.set(wrong, answer);
    return answer;
  }

  /**
   * Like {@link suggest}, among the candidates `accept` allows now (an action still open, say).
   * Not remembered, since what `accept` allows may change; the budget still bounds the work.
   */
  suggestAmong(wrong: string, accept: (candidate: string) => boolean): string | undefined {
    return this.#closest(wrong, accept);
  }

  #closest(wrong: string, accept: (candidate: string) => boolean): string | undefined {
    if (wrong.length > MAX_SUGGESTED_LENGTH) return undefined;
    const needle = wrong.toLowerCase();
    const allowed = Math.max(1, Math.floor(needle.length / 3));
    let best: { name: string; d: number; caseD: number; order: number } | undefined;
    // An edit distance is at least the difference in length: other lengths cannot be close enough.
    for (let length = needle.length - allowed; length <= needle.length + allowed; length++) {
      for (const { name, lower, order } of this.#byLength.get(length) ?? []) {
        if (this.compared >= this.#budget) return undefined;
        this.compared++;
        const d = editDistance(needle, lower);
        if (d > allowed || (best && d > best.d) || !accept(name)) continue;
        const caseD = editDistance(wrong, name);
        if (!best || d < best.d || caseD < best.caseD || (caseD === best.caseD && order < best.order)) best = { name, d, caseD, order };
      }
    }
    return best?.name;
  }
}

/**
 * Returns the candidate closest to `wrong` (case-insensitive edit distance), or undefined when
 * none is close enough to be a plausible typo. For many names against one list, build a
 * {@link Suggester} once instead.
 */
export function suggest(wrong: string, candidates: Iterable<string>): string | undefined {
  return new Suggester(candidates).suggest(wrong);
}

/** The hint sentence for a suggestion, or undefined when there is none. */
export function didYouMean(wrong: string, candidates: Iterable<string> | Suggester): string | undefined {
  const match = candidates instanceof Suggester ? candidates.suggest(wrong) : suggest(wrong, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}

/** Levenshtein distance, except that swapping two neighbouring letters counts as one edit. */
function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  return d === 2 && isAdjacentSwap(a, b) ? 1 : d;
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const first = [...a].findIndex((char, index) => char !== b[index]);
  return first !== -1 && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}
