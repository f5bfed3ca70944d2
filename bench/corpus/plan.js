// Plans one group's meetings: who attends, which actions each raises and which it closes.
import { actionText } from './text.js';

/**
 * @typedef {{ id: string, owners: import('./people.js').Person[], text: string, due?: string }} PlannedAction
 * @typedef {{ id: string, form: 'done' | 'ticked' | 'dropped' | 'review', action: PlannedAction }} PlannedClose
 * @typedef {{
 *   date: string, chair: import('./people.js').Person, scribe: import('./people.js').Person,
 *   attendees: import('./people.js').Person[], regrets: import('./people.js').Person[],
 *   venue: string, actions: PlannedAction[], closes: PlannedClose[]
 * }} PlannedMeeting
 */

const DAY_MS = 86_400_000;

/**
 * Plans the meetings of `group` on `dates` (oldest first). Each has 5-12 attendees and 6-10
 * actions; each action is closed, with probability `closeShare`, by one of the next six
 * meetings (`DONE`, a ticked box, or now and then `DROPPED`). Some still-open actions of the
 * previous meeting are listed for review (`- [ ] id`), which closes nothing.
 * @param {import('./prng.js').Prng} rng
 * @param {import('./groups.js').Group} group
 * @param {string[]} dates
 * @param {number} closeShare
 * @returns {PlannedMeeting[]}
 */
export function planGroup(rng, group, dates, closeShare) {
  const closesAt = dates.map(() => []);
  return dates.map((date, index) => {
    const attendees = rng.sample(group.members, rng.int(5, 12));
    const chair = rng.pick(group.chairs);
    if (!attendees.includes(chair)) attendees[0] = chair;
    const scribe = attendees.find((person) => person !== chair);
    const regrets = rng.chance(0.3) ? rng.sample(group.members.filter((p) => !attendees.includes(p)), rng.int(1, 2)) : [];
    const stamp = date.replaceAll('-', '');
    const actions = Array.from({ length: rng.int(6, 10) }, (_, n) => ({
      id: `${group.prefix}-${stamp}-${n + 1}`,
      owners: rng.chance(0.15) ? rng.sample(attendees, 2) : [rng.pick(attendees)],
      text: actionText(rng),
      ...(rng.chance(0.2) ? { due: addDays(date, rng.int(7, 42)) } : {}),
    }));
    const last = dates.length - 1;
    for (const action of actions) {
      if (index === last || !rng.chance(closeShare)) continue;
      const roll = rng.next();
      const form = roll < 0.7 ? 'done' : roll < 0.9 ? 'ticked' : 'dropped';
      closesAt[Math.min(last, index + rng.int(1, 6))].push({ id: action.id, form, action });
    }
    const closes = closesAt[index];
    return { date, chair, scribe, attendees, regrets, venue: rng.pick(group.venueIds), actions, closes };
  }).map((meeting, index, meetings) => {
    // Listing an action for review (`- [ ]`) changes nothing, so any earlier one will do.
    const previous = meetings[index - 1];
    if (previous) {
      const closing = new Set(meeting.closes.map((close) => close.id));
      const open = previous.actions.filter((action) => !closing.has(action.id));
      for (const action of rng.sample(open, rng.int(0, 2))) meeting.closes.push({ id: action.id, form: 'review', action });
    }
    return meeting;
  });
}

function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
