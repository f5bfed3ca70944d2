// Stacked step areas of a group's actions over time: done at the bottom, dropped, then open.
import { longDate } from '../model/days.js';
import type { Group } from '../model/wiki.js';
import { actionsOverTime, type ActionsOnDay } from './actions-over-time.js';
import type { Chart } from './chart.js';
import { timeScale } from './time-scale.js';
import { label, num, paint, plural, rule, svgFrame, type Colour } from './util-svg.js';

const WIDTH = 360;
const HEIGHT = 180;
const PLOT = { left: 30, right: WIDTH - 8, top: 28, bottom: HEIGHT - 22 };
const LAYERS: { key: 'done' | 'dropped' | 'open'; colour: Colour; name: string }[] = [
  { key: 'done', colour: 'done', name: 'done' },
  { key: 'dropped', colour: 'dropped', name: 'dropped' },
  { key: 'open', colour: 'open', name: 'open' },
];

/**
 * Open versus closed actions of `group` from its first meeting to `asOf` (`YYYY-MM-DD`): at each
 * meeting day the number still open and the running totals done and dropped, stacked. The x axis
 * is proportional to time; heights are proportional to counts.
 */
export function actionsOverTimeChart(group: Group, asOf: string): Chart {
  const points = thin(actionsOverTime(group, asOf));
  const text = describe(group, points);
  const body = [rule(PLOT.left, PLOT.right, PLOT.bottom)];
  if (points.length === 0) {
    body.push(label(WIDTH / 2, HEIGHT / 2, 'No meetings yet', 'middle'));
  } else {
    const scale = timeScale(points[0]!.date, points.at(-1)!.date, PLOT.left, PLOT.right, 6, { fromYearStart: true });
    const max = Math.max(1, ...points.map(total));
    const y = (count: number) => PLOT.bottom - (count / max) * (PLOT.bottom - PLOT.top);
    body.push(rule(PLOT.left, PLOT.right, PLOT.top), label(PLOT.left - 4, PLOT.top + 4, String(max), 'end'), label(PLOT.left - 4, PLOT.bottom, '0', 'end'));
    let below = points.map(() => 0);
    for (const layer of LAYERS) {
      const above = points.map((point, index) => below[index]! + point[layer.key]);
      body.push(`<path class="chart-area chart-area--${layer.key}" d="${stepArea(points, below, above, scale.x, y)}" ${paint('fill', layer.colour)}/>`);
      below = above;
    }
    for (const tick of scale.ticks) body.push(label(tick.x, HEIGHT - 6, tick.label));
  }
  LAYERS.forEach((layer, index) => {
    const x = PLOT.left + index * 90;
    body.push(`<rect x="${num(x)}" y="6" width="10" height="10" ${paint('fill', layer.colour)}/>`, label(x + 14, 15, layer.name));
  });
  return {
    svg: svgFrame({ id: `actions-${group.id}`, kind: 'actions', width: WIDTH, height: HEIGHT, title: `Actions of ${group.name} over time`, desc: text, body }),
    text,
    table: { head: ['Date', 'Open', 'Done', 'Dropped'], rows: points.map((point) => [point.date, String(point.open), String(point.done), String(point.dropped)]) },
  };
}

const total = (point: ActionsOnDay) => point.open + point.done + point.dropped;

/** Most points a chart draws: past it, the last point of each month stands for the month. */
const MAX_POINTS = 120;

// A weekly group has ~50 points a year; drawing every one made the chart of a ten-year-old
// group 87 KB. Monthly steps keep its shape at a fraction of the size.
function thin(points: ActionsOnDay[]): ActionsOnDay[] {
  if (points.length <= MAX_POINTS) return points;
  return points.filter((point, index) => index === points.length - 1 || points[index + 1]!.date.slice(0, 7) !== point.date.slice(0, 7));
}

// The band between two step functions: each value holds from its day to the next point (the
// last one to the right edge), along `above` forwards and back along `below`.
function stepArea(points: ActionsOnDay[], below: number[], above: number[], x: (date: string) => number, y: (count: number) => number): string {
  const xs = points.map((point) => x(point.date));
  const right = Math.max(PLOT.right, xs.at(-1)!);
  const ends = xs.map((_, index) => xs[index + 1] ?? right);
  const top = xs.flatMap((start, index) => [[num(start), num(y(above[index]!))], [num(ends[index]!), num(y(above[index]!))]] as const);
  const bottom = xs.flatMap((start, index) => [[num(start), num(y(below[index]!))], [num(ends[index]!), num(y(below[index]!))]] as const).reverse();
  return `M${straighten([...straighten(top), ...straighten(bottom)]).map(([px, py]) => `${px} ${py}`).join(' L')} Z`;
}

// Drops repeated points and the middle points of straight level or upright runs: a step that
// does not change draws nothing, and a group's chart was a third of its page's weight.
function straighten(points: ReadonlyArray<readonly [string, string]>): Array<readonly [string, string]> {
  const kept: Array<readonly [string, string]> = [];
  for (const point of points) {
    const last = kept.at(-1);
    if (last && last[0] === point[0] && last[1] === point[1]) continue;
    const before = kept.at(-2);
    if (before && last && ((before[1] === last[1] && last[1] === point[1]) || (before[0] === last[0] && last[0] === point[0]))) kept.pop();
    kept.push(point);
  }
  return kept;
}

function describe(group: Group, points: ActionsOnDay[]): string {
  const last = points.at(-1);
  if (!last || total(last) === 0) return `${group.name} has no actions yet.`;
  return `On ${longDate(last.date)}, ${group.name} had ${plural(last.open, 'open action')}; ${last.done} done and ${last.dropped} dropped since ${longDate(points[0]!.date)}.`;
}
