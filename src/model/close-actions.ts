// Applies the DONE / DROPPED / [x] lines of every meeting to the actions they name.
import { SigwikiMessage } from '../diagnostics/message.js';
import { Suggester } from '../diagnostics/suggest.js';
import { daysBetween } from './days.js';
import type { BodyClose } from './minutes-body.js';
import type { Action, Meeting } from './wiki.js';

/** A close line of a meeting, with the action it names once looked up. */
export interface CloseReference {
  line: BodyClose;
  action: Action | undefined;
}

/**
 * Walks meetings in time order (oldest first) and closes the actions they name. Returns, per
 * meeting, the close lines with their actions, for rendering. Invalid closes leave the action as
 * it was and add a message.
 */
export function closeActions(
  meetingsOldestFirst: readonly Meeting[],
  closeLinesOf: (meeting: Meeting) => readonly BodyClose[],
  actionsById: ReadonlyMap<string, Action>,
  messages: SigwikiMessage[],
): Map<Meeting, CloseReference[]> {
  const references = new Map<Meeting, CloseReference[]>();
  // One suggester per group, over its action ids, made on the group's first unknown id: a list
  // per unknown id made 20,000 unknown ids against 20,000 actions quadratic.
  const suggesters = new Map<Meeting['group'], Suggester>();
  const suggesterOf = (group: Meeting['group']) => {
    let suggester = suggesters.get(group);
    if (!suggester) {
      suggester = new Suggester([...actionsById.values()].filter((action) => action.group === group).map((action) => action.id));
      suggesters.set(group, suggester);
    }
    return suggester;
  };
  for (const meeting of meetingsOldestFirst) {
    const refs = closeLinesOf(meeting).map((line): CloseReference => {
      const action = actionsById.get(line.actionId);
      const problem = action ? closeProblem(action, meeting, line) : unknownAction(line, meeting, suggesterOf(meeting.group), actionsById);
      if (problem) {
        messages.push(problem);
        return { line, action: problem.ruleId === 'close-unknown-action' ? undefined : action };
      }
      if (action && line.status !== 'open') {
        action.status = line.status;
        action.closedBy = meeting;
        action.closeNote = line.note || undefined;
        action.ageDays = daysBetween(action.meeting.date, meeting.date);
        action.overdue = false;
        meeting.closed.push(action);
      }
      return { line, action };
    });
    references.set(meeting, refs);
  }
  return references;
}

function closeProblem(action: Action, meeting: Meeting, line: BodyClose): SigwikiMessage | undefined {
  const at = (ruleId: SigwikiMessage['ruleId'], reason: string, hint: string) =>
    new SigwikiMessage(reason, { file: meeting.file, place: { line: line.line, column: 1 }, ruleId, hint, actual: line.actionId });
  if (action.group !== meeting.group) {
    return at('close-other-group', `${line.actionId} belongs to ${action.group.name}`, 'an action is closed by a later meeting of its own group');
  }
  if (!isLater(meeting, action.meeting)) {
    return at('close-not-later', `${line.actionId} is closed by the meeting that raised it, or an earlier one`, 'close it in a later meeting of the group');
  }
  if (line.status !== 'open' && action.closedBy) {
    return at(
      'close-already-closed',
      `${line.actionId} was already ${action.status} on ${action.closedBy.date}`,
      `remove this line, or the one in ${action.closedBy.file}`,
    );
  }
  return undefined;
}

function unknownAction(line: BodyClose, meeting: Meeting, sameGroup: Suggester, actionsById: ReadonlyMap<string, Action>): SigwikiMessage {
  // Only an id this line could close is worth suggesting: one raised by an earlier meeting and
  // still open (actions are closed as the walk goes, so this is asked at each line).
  const closable = (id: string) => {
    const action = actionsById.get(id);
    return action !== undefined && action.status === 'open' && isLater(meeting, action.meeting);
  };
  const match = sameGroup.suggestAmong(line.actionId, closable);
  return new SigwikiMessage(`No action has the id ${line.actionId}`, {
    file: meeting.file,
    place: { line: line.line, column: 1 },
    ruleId: 'close-unknown-action',
    hint: match !== undefined ? `did you mean \`${match}\`?` : 'copy the id from the action on its meeting page',
    actual: line.actionId,
  });
}

/** Meetings of one day are ordered by their file's ordinal (`-2.md` after the first). */
function isLater(meeting: Meeting, than: Meeting): boolean {
  return compareMeetings(meeting, than) > 0;
}

/**
 * Orders meetings by date, then by their file's ordinal: `2016-03-02`, `-2`, …, `-9`, `-10`.
 * Slugs of one day differ only in the ordinal, so a shorter one is a smaller number.
 */
export function compareMeetings(a: Pick<Meeting, 'date' | 'slug'>, b: Pick<Meeting, 'date' | 'slug'>): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.slug.length !== b.slug.length) return a.slug.length - b.slug.length;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
