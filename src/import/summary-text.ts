// Formats what an import recognised as a few lines of text for the terminal.

import { ACTION_FORMS } from './action-forms.js';
import type { ImportResult, ImportSummary, MinutesFormat } from './import-result.js';

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
  // Only when the import rewrote something: `ACTION` alone is in the counts above already.
  const forms = s.actions > s.actionForms.ACTION || s.actionsWithoutOwner > 0 ? actionFormsText(s) : undefined;
  if (forms) lines.push(`  ${forms}`);
  for (const person of result.unknownPeople) {
    const written = [...new Set(person.sources.map((source) => source.text))].join(', ');
    lines.push(`  new person: ${person.id} "${person.name}" (written ${written})`);
  }
  for (const warning of result.warnings) {
    lines.push(`  ${fileName}${warning.line !== undefined ? `:${warning.line}` : ''}: ${warning.message} (${warning.ruleId})`);
  }
  return lines.join('\n');
}

/**
 * One line on the actions by the form they were written in, e.g. `actions: 12 (ACTION 3, Action
 * item 4, section 5); 2 without a known owner, kept as text`; undefined when there were none.
 */
export function actionFormsText(summary: Pick<ImportSummary, 'actions' | 'actionForms' | 'actionsWithoutOwner'>): string | undefined {
  if (summary.actions === 0 && summary.actionsWithoutOwner === 0) return undefined;
  const forms = ACTION_FORMS.filter((form) => summary.actionForms[form] > 0).map((form) => `${form} ${summary.actionForms[form]}`);
  const without = summary.actionsWithoutOwner > 0 ? `; ${summary.actionsWithoutOwner} without a known owner, kept as text` : '';
  return `actions: ${summary.actions}${forms.length > 0 ? ` (${forms.join(', ')})` : ''}${without}`;
}
