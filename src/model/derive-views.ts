// Computes the per-page views once, so templates only display: lists, groupings, orderings.
import { urgentFirst } from './action-lists.js';
import type { Action, Group, Meeting, Person } from './wiki.js';

/**
 * Fills the derived fields of groups and people. `meetings` must be oldest first; actions must
 * already be open or closed.
 */
export function deriveViews(groups: Group[], people: Person[], meetings: readonly Meeting[], actions: readonly Action[]): void {
  const position = new Map(meetings.map((meeting, index) => [meeting, index]));
  for (const group of groups) {
    group.meetings.sort((a, b) => position.get(a)! - position.get(b)!);
    group.meetings.forEach((meeting, index) => {
      meeting.previous = group.meetings[index - 1];
      meeting.next = group.meetings[index + 1];
    });
    const byYear = new Map<string, Meeting[]>();
    for (const meeting of [...group.meetings].reverse()) {
      const year = meeting.date.slice(0, 4);
      const list = byYear.get(year);
      if (list) list.push(meeting);
      else byYear.set(year, [meeting]);
    }
    group.meetingsByYear = [...byYear].map(([year, list]) => ({ year, meetings: list }));
    for (const { role, people: holders } of group.roles) {
      for (const person of holders) person.roles.push({ group, role });
    }
  }

  for (const action of actions) {
    if (action.status === 'open') action.group.openActions.push(action);
    for (const owner of action.owners) (action.status === 'open' ? owner.openActions : owner.closedActions).push(action);
  }
  for (const group of groups) group.openActions = urgentFirst(group.openActions);
  for (const person of people) {
    person.openActions = urgentFirst(person.openActions);
    person.closedActions.sort((a, b) => (b.closedBy?.date ?? '').localeCompare(a.closedBy?.date ?? ''));
  }

  const attended = new Map<Person, Map<Group, Meeting[]>>();
  for (const meeting of [...meetings].reverse()) {
    const present = new Set([...meeting.chair, ...meeting.scribe, ...meeting.attendees]);
    for (const person of present) {
      let perGroup = attended.get(person);
      if (!perGroup) attended.set(person, (perGroup = new Map()));
      const list = perGroup.get(meeting.group);
      if (list) list.push(meeting);
      else perGroup.set(meeting.group, [meeting]);
    }
  }
  for (const [person, perGroup] of attended) {
    person.attendance = [...perGroup].map(([group, list]) => ({ group, meetings: list }));
  }

  // Recent attendance, not all-time: someone who came once in 2014 does not want 2026's meetings.
  const RECENT = 3;
  for (const person of people) {
    const recent = person.attendance.filter(({ group, meetings: attended }) =>
      group.meetings.slice(-RECENT).some((meeting) => attended.includes(meeting)),
    );
    person.calendarGroups = [...new Set([...person.roles.map((role) => role.group), ...recent.map((entry) => entry.group)])].filter(
      (group) => group.cadence !== undefined,
    );
  }
}
