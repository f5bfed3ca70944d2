// Formats the totals of a whole import (files, meetings, people, refusals) as the summary printed at its end.

/** Counts over one `sigwiki import` run. */
export interface ImportTotals {
  /** Source files read. */
  files: number;
  /** Files that held several dated meetings, and how many meetings came from them. */
  splitFiles: number;
  splitMeetings: number;
  /** Minutes files written (or, with --dry-run or a failed check, planned). */
  meetings: number;
  /** Of those, second (third, …) meetings of a day, written as `<date>-N`. */
  sameDay: number;
  /** Sources whose minutes were already in the wiki, identical, and were left alone. */
  unchanged: number;
  peopleAdded: number;
  /** Written forms kept as aliases of one person (spelling variants, unique first names). */
  peopleMerged: number;
  /** Pairs proposed as one person, in the merges file. */
  peopleProposed: number;
  /** Files that stopped the import, and files of a folder that were passed over, each with why. */
  refused: { source: string; reason: string }[];
  skipped: { source: string; reason: string }[];
  /** True when nothing was written (dry run, or the plan failed). */
  planned: boolean;
}

/**
 * The closing summary: one line of counts, then each skipped file with its reason (refused files
 * are printed with theirs as they are found).
 * Lines are joined with `\n`, with no trailing newline.
 */
export function totalsText(totals: ImportTotals): string {
  const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;
  const verb = totals.planned ? 'planned' : 'written';
  const lines = [
    `Import: ${plural(totals.files, 'file')} read` +
      (totals.splitFiles > 0 ? ` (${plural(totals.splitFiles, 'file')} split into ${plural(totals.splitMeetings, 'meeting')})` : '') +
      `; ${plural(totals.meetings, 'minutes file')} ${verb}` +
      (totals.sameDay > 0 ? ` (${totals.sameDay} as a second meeting of the day, -N)` : '') +
      (totals.unchanged > 0 ? `, ${totals.unchanged} already imported` : '') +
      `; people: ${totals.peopleAdded} added, ${totals.peopleMerged} spellings merged, ${totals.peopleProposed} merges proposed` +
      `; ${plural(totals.refused.length, 'file')} refused${totals.refused.length > 0 ? ' (why is above, after ✖)' : ''}` +
      (totals.skipped.length > 0 ? `, ${totals.skipped.length} skipped` : ''),
  ];
  for (const { source, reason } of totals.skipped) lines.push(`  skipped ${source}: ${reason}`);
  return lines.join('\n');
}
