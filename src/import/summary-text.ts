// Formats what an import recognised as a few lines of text for the terminal.

import type { ImportResult, MinutesFormat } from './import-result.js';

const FORMAT_NAMES: Record<MinutesFormat, string> = {
  'mailing-list': 'mailing-list post',
  'markdown-notes': 'Markdown notes',
  meetbot: 'MeetBot minutes',
};

/**
 * Describes an import: format, date and title; counts of headings, actions (and unowned ones),
 * attendees, agreed, info and link items; the proposed people; then each warning as
 * `file:line: message (rule-id)`. Lines are joined with `\n`, with no trailing newline.
 */
export function summaryText(result: ImportResult, fileName: string): string {
  const s = result.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `${fileName}: ${FORMAT_NAMES[result.format]}, ${result.date ?? 'no date'}${result.title ? ` "${result.title}"` : ''}`,
    `  recognised: ${plural(s.headings, 'heading')}, ${plural(s.actions, 'action')} (${s.unownedActions} unowned), ` +
      `${plural(s.attendees, 'attendee')}, ${s.agreed} agreed, ${s.info} info, ${plural(s.links, 'link')}; ` +
      `people: ${s.knownPeople} known, ${s.unknownPeople} new`,
  ];
  for (const person of result.unknownPeople) {
    const written = [...new Set(person.sources.map((source) => source.text))].join(', ');
    lines.push(`  new person: ${person.id} "${person.name}" (written ${written})`);
  }
  for (const warning of result.warnings) {
    lines.push(`  ${fileName}${warning.line !== undefined ? `:${warning.line}` : ''}: ${warning.message} (${warning.ruleId})`);
  }
  return lines.join('\n');
}
