// "Did you mean" suggestions: the closest known name to a misspelt one.
import { distance } from 'fastest-levenshtein';

/**
 * Returns the candidate closest to `wrong` (case-insensitive edit distance), or undefined when
 * none is close enough to be a plausible typo (more than a third of the word changed).
 */
export function suggest(wrong: string, candidates: Iterable<string>): string | undefined {
  const needle = wrong.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(needle.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** The hint sentence for a suggestion, or undefined when there is none. */
export function didYouMean(wrong: string, candidates: Iterable<string>): string | undefined {
  const match = suggest(wrong, candidates);
  return match === undefined ? undefined : `did you mean \`${match}\`?`;
}
