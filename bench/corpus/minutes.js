// Writes one planned meeting as a minutes file: YAML front matter and a 3-8 KB Markdown body.
import { personRef } from './people.js';
import { bulletList, paragraph, sentence, topic } from './text.js';

/**
 * The text of a minutes file in the canonical form of docs/content-format.md: agenda, review of
 * earlier actions (close lines), notes under one heading per agenda item until the file reaches
 * a size drawn from 3-8 KB, decisions, and the meeting's actions as `- ACTION <owner>: text`.
 * @param {import('./prng.js').Prng} rng
 * @param {import('./groups.js').Group} group
 * @param {import('./plan.js').PlannedMeeting} meeting
 * @returns {string}
 */
export function renderMinutes(rng, group, meeting) {
  const target = rng.int(3000, 8000);
  const ref = (person) => personRef(rng, person);
  const front = [
    '---',
    `date: ${meeting.date}`,
    ...(rng.chance(0.1) ? [`title: "${group.name}: ${topic(rng)}"`] : []),
    `chair: ${ref(meeting.chair)}`,
    `scribe: ${ref(meeting.scribe)}`,
    `attendees: [${meeting.attendees.map(ref).join(', ')}]`,
    ...(meeting.regrets.length > 0 ? [`regrets: [${meeting.regrets.map(ref).join(', ')}]`] : []),
    `venue: ${meeting.venue}`,
    '---',
    '',
  ].join('\n');

  const topics = Array.from({ length: rng.int(3, 6) }, () => topic(rng));
  const agenda = ['## Agenda', '', '1. Review of open actions', ...topics.map((t, i) => `${i + 2}. ${t}`)].join('\n');
  const review = meeting.closes.length === 0 ? '' : ['## Review of open actions', '', ...meeting.closes.map((close) => closeLine(rng, close))].join('\n');
  const decisions = ['## Decisions', '', bulletList(rng, group.id)].join('\n');
  const actions = ['## Actions', '', ...meeting.actions.map(actionLine)].join('\n');

  const notes = topics.map((t) => [`### ${t}`, paragraph(rng, group.id)]);
  const size = () => front.length + agenda.length + review.length + decisions.length + actions.length + notes.flat().join('\n\n').length;
  for (let i = 0; size() < target; i++) {
    notes[i % notes.length].push(rng.chance(0.25) ? bulletList(rng, group.id) : paragraph(rng, group.id));
  }
  const sections = [agenda, review, ['## Notes', ...notes.flat()].join('\n\n'), decisions, actions].filter((s) => s !== '');
  return `${front}\n${sections.join('\n\n')}\n`;

  function actionLine(action) {
    const due = action.due ? ` (due ${action.due})` : '';
    return `- ACTION ${action.owners.map(ref).join(' and ')}: ${action.text}${due}`;
  }
}

function closeLine(rng, close) {
  switch (close.form) {
    case 'done':
      return rng.chance(0.5) ? `- DONE ${close.id}` : `- DONE ${close.id}: ${sentence(rng, 'notes').slice(0, -1).toLowerCase()}`;
    case 'ticked':
      return `- [x] ${close.id} ${close.action.text}`;
    case 'dropped':
      return `- DROPPED ${close.id}: nobody needs this any more`;
    default:
      return `- [ ] ${close.id} ${close.action.text}`;
  }
}
