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
  let bestCaseDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase());
    // Among equally close names, prefer the spelling whose case matches what was typed.
    const caseDistance = d === bestDistance ? editDistance(wrong, candidate) : Infinity;
    if (d < bestDistance || caseDistance < bestCaseDistance) {
      best = candidate;
      bestDistance = d;
      bestCaseDistance = editDistance(wrong, candidate);
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
