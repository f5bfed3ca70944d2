// Applies the DONE / DROPPED / [x] lines of every meeting to the actions they name.
import { SigwikiMessage } from '../diagnostics/message.js';
import { didYouMean, Suggester } from '../diagnostics/suggest.js';
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
      const problem = action ? closeProblem(action, meeting, line) : unknownAction(line, meeting, suggesterOf(meeting.group));
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

function unknownAction(line: BodyClose, meeting: Meeting, sameGroup: Suggester): SigwikiMessage {
  return new SigwikiMessage(`No action has the id ${line.actionId}`, {
    file: meeting.file,
    place: { line: line.line, column: 1 },
    ruleId: 'close-unknown-action',
    hint: didYouMean(line.actionId, sameGroup) ?? 'copy the id from the action on its meeting page',
    actual: line.actionId,
  });
}

/** Meetings of one day are ordered by their file's ordinal (`-2.md` after the first). */
function isLater(meeting: Meeting, than: Meeting): boolean {
  return meeting.date > than.date || (meeting.date === than.date && meeting.slug > than.slug);
}
