// A person's history on one time axis: dots for meetings attended, bars for actions owned.
import { DateTime } from 'luxon';
import { longDate } from '../model/days.js';
import type { Action, Person } from '../model/wiki.js';
import type { Chart } from './chart.js';
import { timeScale } from './time-scale.js';
import { label, num, paint, plural, rule, svgFrame, tooltip, type Colour } from './util-svg.js';

const WIDTH = 480;
const PLOT = { left: 8, right: WIDTH - 8, dots: 26, lanes: 46 };
/** Label size in viewBox units: the chart is wide (for its bars), so its labels are larger to stay at least 11 px on a phone. */
const TEXT = 15;
const LANE = 10;
const BAR = 6;
/** The narrowest bar, in viewBox units, so an action closed soon after it was raised stays visible. */
const MIN_BAR = 2;

/** How far back the chart looks, in years: a long-standing member's whole history would not fit a page. */
export const TIMELINE_YEARS = 2;
/** Most action bars drawn (the most recently raised): someone with 500 open actions gets 500 lanes otherwise. */
export const TIMELINE_MAX_BARS = 40;

/**
 * Meetings `person` attended (dots, every group) and actions they own (one bar each, from the
 * raising meeting to the closing one, or to `asOf` while open; coloured open, overdue, done or
 * dropped) on one axis over the last {@link TIMELINE_YEARS} years to `asOf` (or from their first
 * meeting or action, if later). Bars share lanes when they do not overlap, so the chart grows
 * with concurrent actions, not with all actions. The text describes the whole history.
 */
export function personTimeline(person: Person, asOf: string): Chart {
  const allMeetings = person.attendance.flatMap(({ meetings: list }) => list);
  const allActions = [...person.openActions, ...person.closedActions].sort(
    (a, b) => a.meeting.date.localeCompare(b.meeting.date) || (a.meeting === b.meeting ? a.line - b.line : a.id.localeCompare(b.id)),
  );
  const dates = [...allMeetings.map((meeting) => meeting.date), ...allActions.map((action) => action.meeting.date)];
  const first = dates.length === 0 ? undefined : dates.reduce((a, b) => (a < b ? a : b));
  let text = describe(person, first, allMeetings.length, allActions);
  const windowStart = DateTime.fromISO(asOf, { zone: 'utc' }).minus({ years: TIMELINE_YEARS }).toISODate()!;
  const start = first === undefined || first > asOf ? asOf : first > windowStart ? first : windowStart;
  const meetings = allMeetings.filter((meeting) => meeting.date >= start);
  const inWindow = allActions.filter((action) => (action.closedBy?.date ?? asOf) >= start);
  const actions = inWindow.slice(-TIMELINE_MAX_BARS);
  if (inWindow.length > actions.length) text += ` The chart shows the ${actions.length} most recently raised of their ${inWindow.length} actions in these years.`;
  const scale = timeScale(start, asOf, PLOT.left, PLOT.right);
  const laneEnds: number[] = [];
  const bars = actions.map((action) => {
    const x1 = scale.x(action.meeting.date < start ? start : action.meeting.date);
    const x2 = Math.max(x1 + MIN_BAR, scale.x(action.closedBy?.date ?? asOf));
    let lane = laneEnds.findIndex((end) => end + 1 < x1);
    if (lane === -1) lane = laneEnds.push(x2) - 1;
    else laneEnds[lane] = x2;
    const y = PLOT.lanes + lane * LANE;
    return `<rect class="chart-action chart-action--${action.status}" x="${num(x1)}" y="${num(y)}" width="${num(x2 - x1)}" height="${BAR}" ${paint('fill', colour(action))}>${tooltip(actionLabel(action, asOf))}</rect>`;
  });
  const height = PLOT.lanes + Math.max(1, laneEnds.length) * LANE + 28;
  const body = [
    label(PLOT.left, 14, 'Meetings', 'start', TEXT),
    ...meetings.map(
      (meeting) => `<circle class="chart-meeting" cx="${num(scale.x(meeting.date))}" cy="${PLOT.dots}" r="3" fill="currentColor">${tooltip(`${meeting.title} (${meeting.group.name})`)}</circle>`,
    ),
    ...bars,
    label(PLOT.left, PLOT.lanes - 4, 'Actions', 'start', TEXT),
    rule(PLOT.left, PLOT.right, height - 20),
    // The time axis: a mark at each new year, labelled; the chart ends at the build day.
    ...scale.ticks.map((tick) => `<line x1="${num(tick.x)}" x2="${num(tick.x)}" y1="${num(height - 24)}" y2="${num(height - 16)}" ${paint('stroke', 'muted')} stroke-width="1"/>`),
    ...scale.ticks.map((tick) => label(tick.x, height - 3, tick.label, 'start', TEXT)),
  ];
  if ((scale.ticks.at(-1)?.x ?? PLOT.left) < PLOT.right - 60) body.push(label(PLOT.right, height - 3, 'today', 'end', TEXT));
  if (first === undefined) body.push(label(WIDTH / 2, PLOT.lanes + 8, 'No meetings or actions yet', 'middle', TEXT));
  return {
    svg: svgFrame({ id: `timeline-${person.id}`, kind: 'timeline', width: WIDTH, height, title: `Timeline of ${person.name}`, desc: text, body }),
    text,
    table: {
      head: ['Action', 'Raised', 'Closed', 'Status'],
      rows: actions.map((action) => [action.id, action.meeting.date, action.closedBy?.date ?? '', action.overdue ? 'overdue' : action.status]),
    },
    // Only the kinds of mark the chart draws.
    legend: [
      { key: 'meeting', label: 'meeting attended', shown: meetings.length > 0 },
      { key: 'open', label: 'open action', shown: actions.some((action) => colour(action) === 'open') },
      { key: 'overdue', label: 'overdue action', shown: actions.some((action) => colour(action) === 'overdue') },
      { key: 'done', label: 'done', shown: actions.some((action) => colour(action) === 'done') },
      { key: 'dropped', label: 'dropped', shown: actions.some((action) => colour(action) === 'dropped') },
    ]
      .filter((entry) => entry.shown)
      .map(({ key, label: text }) => ({ key, label: text })),
  };
}

function colour(action: Action): Colour {
  return action.overdue ? 'overdue' : action.status;
}

function actionLabel(action: Action, asOf: string): string {
  const until = action.closedBy ? `${action.status} ${longDate(action.closedBy.date)}` : `${action.overdue ? 'overdue' : 'open'} on ${longDate(asOf)}`;
  return `${action.id}: ${action.text} (raised ${longDate(action.meeting.date)}, ${until})`;
}

function describe(person: Person, first: string | undefined, meetingCount: number, actions: Action[]): string {
  if (first === undefined) return `${person.name} has no meetings or actions yet.`;
  const count = (predicate: (action: Action) => boolean) => actions.filter(predicate).length;
  const open = count((action) => action.status === 'open');
  const overdue = count((action) => action.overdue);
  const status = actions.length === 0 ? '' : `: ${open} open${overdue > 0 ? ` (${overdue} overdue)` : ''}, ${count((action) => action.status === 'done')} done, ${count((action) => action.status === 'dropped')} dropped`;
  return `Since ${longDate(first)}, ${person.name} attended ${plural(meetingCount, 'meeting')} and owned ${plural(actions.length, 'action')}${status}.`;
}
