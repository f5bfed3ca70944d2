// Bar chart of how many people attended each meeting of a group (per month for long histories).
import { longDate } from '../model/days.js';
import type { Group, Meeting } from '../model/wiki.js';
import type { Chart } from './chart.js';
import { label, num, paint, plural, rule, svgFrame, tooltip } from './util-svg.js';

/** Past this many meetings the chart shows one bar per month (the month's average) instead. */
export const ATTENDANCE_MONTHLY_AFTER = 60;

const WIDTH = 360;
const HEIGHT = 160;
const PLOT = { left: 30, right: WIDTH - 8, top: 12, bottom: HEIGHT - 22 };
/** The widest bar, so a handful of meetings does not fill the chart with slabs. */
const MAX_BAR = 24;

interface Bar {
  /** `YYYY-MM-DD`, or `YYYY-MM` for a month. */
  key: string;
  value: number;
  meetings: number;
}

/** People present at a meeting: chair, scribe and attendees, each counted once. */
export function attendanceCount(meeting: Meeting): number {
  return new Set([...meeting.chair, ...meeting.scribe, ...meeting.attendees]).size;
}

/**
 * Attendance per meeting of `group`, oldest to newest: one bar per meeting, or per month (mean
 * attendance, rounded to 0.1) once the group has more than {@link ATTENDANCE_MONTHLY_AFTER}
 * meetings. Bar heights are proportional to the value; the x axis is labelled by year.
 */
export function attendanceChart(group: Group): Chart {
  const monthly = group.meetings.length > ATTENDANCE_MONTHLY_AFTER;
  const bars = monthly ? perMonth(group.meetings) : group.meetings.map((meeting) => ({ key: meeting.date, value: attendanceCount(meeting), meetings: 1 }));
  const text = describe(group, bars, monthly);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  // Each bar has an equal slot across the whole plot, so a few meetings spread over it rather
  // than huddling at the left; the bar is centred in its slot.
  const band = (PLOT.right - PLOT.left) / Math.max(1, bars.length);
  const barWidth = Math.min(MAX_BAR, band * 0.8);
  const height = PLOT.bottom - PLOT.top;
  const body = [rule(PLOT.left, PLOT.right, PLOT.top), rule(PLOT.left, PLOT.right, PLOT.bottom), label(PLOT.left - 4, PLOT.top + 4, String(max), 'end'), label(PLOT.left - 4, PLOT.bottom, '0', 'end')];
  let lastYear = '';
  // The bars take their colour from one group around them, not each its own style: a group
  // that has met for ten years has 120 monthly bars, and the page has a weight budget.
  body.push(`<g ${paint('fill', 'muted')}>`);
  bars.forEach((bar, index) => {
    const x = PLOT.left + index * band + (band - barWidth) / 2;
    const h = (bar.value / max) * height;
    const what = monthly ? `${bar.key}: ${plural(bar.meetings, 'meeting')}, ${bar.value} on average` : `${longDate(bar.key)}: ${bar.value === 1 ? '1 person' : `${bar.value} people`}`;
    body.push(
      `<rect class="chart-bar" x="${num(x)}" y="${num(PLOT.bottom - h)}" width="${num(barWidth)}" height="${num(h)}">${tooltip(what)}</rect>`,
    );
    const year = bar.key.slice(0, 4);
    // Centred under its bar, kept inside the right edge (a year label is about 28 units wide).
    if (year !== lastYear && (lastYear === '' || Number(year) % yearStep(bars) === 0)) body.push(label(Math.min(x + barWidth / 2, WIDTH - 16), HEIGHT - 6, year, 'middle'));
    lastYear = year;
  });
  body.push('</g>');
  if (bars.length === 0) body.push(label(WIDTH / 2, HEIGHT / 2, 'No meetings yet', 'middle'));
  return {
    svg: svgFrame({ id: `attendance-${group.id}`, kind: 'attendance', width: WIDTH, height: HEIGHT, title: `Attendance at meetings of ${group.name}`, desc: text, body }),
    text,
    table: {
      head: monthly ? ['Month', 'Meetings', 'Average attendance'] : ['Meeting', 'Attended'],
      rows: bars.map((bar) => (monthly ? [bar.key, String(bar.meetings), String(bar.value)] : [bar.key, String(bar.value)])),
    },
  };
}

function perMonth(meetings: Meeting[]): Bar[] {
  const months = new Map<string, number[]>();
  for (const meeting of meetings) {
    const month = meeting.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), attendanceCount(meeting)]);
  }
  return [...months].map(([key, counts]) => ({ key, meetings: counts.length, value: Math.round((counts.reduce((a, b) => a + b, 0) / counts.length) * 10) / 10 }));
}

// Label every year up to ~6 labels; past that every 2nd, 5th, ... year.
function yearStep(bars: Bar[]): number {
  const years = new Set(bars.map((bar) => bar.key.slice(0, 4))).size;
  return [1, 2, 5, 10, 20, 50].find((step) => years / step <= 6) ?? 100;
}

function describe(group: Group, bars: Bar[], monthly: boolean): string {
  const meetings = group.meetings;
  if (meetings.length === 0) return `${group.name} has no meetings yet.`;
  const counts = meetings.map(attendanceCount);
  const mean = Math.round((counts.reduce((a, b) => a + b, 0) / counts.length) * 10) / 10;
  const span = meetings.length === 1 ? `on ${longDate(meetings[0]!.date)}` : `from ${longDate(meetings[0]!.date)} to ${longDate(meetings.at(-1)!.date)}`;
  const range = Math.min(...counts) === Math.max(...counts) ? `${Math.max(...counts)}` : `between ${Math.min(...counts)} and ${Math.max(...counts)}`;
  const per = monthly ? ` Shown as the average of each of ${bars.length} months.` : '';
  return `${plural(meetings.length, 'meeting')} of ${group.name} ${span}: ${range} people attended, ${mean} on average.${per}`;
}
