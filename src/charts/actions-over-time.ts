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
  const actions = group.meetings.flatMap((meeting) => meeting.actions);
  return dates.map((date) => {
    const point: ActionsOnDay = { date, open: 0, done: 0, dropped: 0 };
    for (const action of actions) {
      if (action.meeting.date > date) continue;
      const closed = action.closedBy !== undefined && action.closedBy.date <= date;
      if (!closed) point.open += 1;
      else if (action.status === 'done') point.done += 1;
      else point.dropped += 1;
    }
    return point;
  });
}
