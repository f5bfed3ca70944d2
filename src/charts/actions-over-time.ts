// The open/done/dropped action counts of a group on each meeting day: the data behind its chart.
import type { Group } from '../model/wiki.js';

/** Counts on one day: open at the end of that day, and done or dropped on or before it. */
export interface ActionsOnDay {
  /** `YYYY-MM-DD`. */
  date: string;
  open: number;
  done: number;
  dropped: number;
}

/**
 * One point per distinct meeting day of `group` (oldest first), plus `asOf` when it is later.
 * Counts change only on meeting days (actions are raised and closed in meetings), so the values
 * hold until the next point. Empty for a group without meetings.
 */
export function actionsOverTime(group: Group, asOf: string): ActionsOnDay[] {
  const dates = [...new Set(group.meetings.map((meeting) => meeting.date))].sort();
  if (dates.length > 0 && asOf > dates.at(-1)!) dates.push(asOf);
  // One sweep over the days on which counts change (counting every action on every day took a
  // second for a 10k wiki's busiest groups): an action opens on its meeting's day and moves to
  // done or dropped on the day it is closed (never earlier: see close-actions.ts).
  const changes: { date: string; open: number; done: number; dropped: number }[] = [];
  for (const action of group.meetings.flatMap((meeting) => meeting.actions)) {
    changes.push({ date: action.meeting.date, open: 1, done: 0, dropped: 0 });
    if (action.closedBy === undefined) continue;
    changes.push({ date: action.closedBy.date, open: -1, done: action.status === 'done' ? 1 : 0, dropped: action.status === 'done' ? 0 : 1 });
  }
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const running = { open: 0, done: 0, dropped: 0 };
  let next = 0;
  return dates.map((date) => {
    for (; next < changes.length && changes[next]!.date <= date; next++) {
      running.open += changes[next]!.open;
      running.done += changes[next]!.done;
      running.dropped += changes[next]!.dropped;
    }
    return { date, ...running };
  });
}
