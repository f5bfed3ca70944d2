// Chooses the meeting date among the places a source names one, and warns when they disagree.

import type { ImportWarning } from './import-result.js';
import { parseDateText } from './parse-date-text.js';

/** A date found somewhere: where (for messages) and the 1-based line, when it came from the text. */
export interface DateCandidate {
  date: string;
  where: string;
  line?: number;
}

/**
 * Returns the first candidate's date (callers list the most trustworthy place first), with an
 * `import-date-conflict` warning for each later candidate that differs, and an
 * `import-date-missing` warning when there is none. The file name is always the last candidate.
 */
export function pickDate(candidates: DateCandidate[], fileName: string): { date: string | undefined; warnings: ImportWarning[] } {
  const fromName = parseDateText(fileName);
  const all = fromName ? [...candidates, { date: fromName.date, where: `the file name ${fileName}` }] : candidates;
  const [first, ...others] = all;
  if (!first) return { date: undefined, warnings: [{ ruleId: 'import-date-missing', message: 'no meeting date found in the text or the file name' }] };
  const warnings: ImportWarning[] = others
    .filter((other) => other.date !== first.date)
    .map((other) => ({
      ruleId: 'import-date-conflict',
      message: `${other.where} says ${other.date} but ${first.where} says ${first.date}; using ${first.date}`,
      ...(other.line !== undefined ? { line: other.line } : {}),
    }));
  return { date: first.date, warnings };
}
