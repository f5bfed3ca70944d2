// Checks that a conversion kept every word of the source, in order ("nothing lost").

/** A source word missing from the output, with its 1-based source line. */
export interface LostWord {
  word: string;
  line: number;
}

/**
 * Returns the words of `source` that do not appear in `output` in the same order (empty when
 * nothing was lost). Words are compared by their core: backslash escapes removed and leading and
 * trailing characters other than letters and digits stripped, so markup (`==`, `*`, `#`, `**x**`,
 * `\<`) does not count; words that are only markup are skipped. Extra words in `output` are fine.
 */
export function lostWords(source: string, output: string): LostWord[] {
  const wanted = words(source);
  const have = words(output).map((w) => w.word);
  const lost: LostWord[] = [];
  let at = 0;
  for (const word of wanted) {
    const found = have.indexOf(word.word, at);
    if (found === -1) lost.push(word);
    else at = found + 1;
  }
  return lost;
}

function words(text: string): LostWord[] {
  const out: LostWord[] = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    for (const raw of lineText.split(/\s+/)) {
      const word = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word !== '') out.push({ word, line: index + 1 });
    }
  });
  return out;
}
