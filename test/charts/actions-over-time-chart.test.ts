import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionsOverTime } from '../../src/charts/actions-over-time.js';
import { actionsOverTimeChart } from '../../src/charts/actions-over-time-chart.js';
import { buildVirt, minutes } from '../helpers/content.js';
import { meetingFiles, svgOf } from './svg.js';

const areas = (svg: Element) => [...svg.querySelectorAll('path.chart-area')];
/** Every number in a path's `d`. */
const coordinates = (path: Element) => (path.getAttribute('d')!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

function lifecycle() {
  const result = buildVirt({
    '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KB: one\n- ACTION GD: two\n- ACTION LK: three\n'),
    '2014-04-22.md': minutes('date: 2014-04-22', '\nDONE virt-20140411-1\n\n- ACTION KB: four\n'),
    '2014-05-06.md': minutes('date: 2014-05-06', '\nDROPPED virt-20140411-2\n\nDONE virt-20140422-1\n'),
  });
  expect(result.messages).toEqual([]);
  return result.wiki.groups[0]!;
}

describe('actionsOverTime', () => {
  it('counts open, done and dropped at each meeting day and at asOf', () => {
    expect(actionsOverTime(lifecycle(), '2014-06-01')).toEqual([
      { date: '2014-04-11', open: 3, done: 0, dropped: 0 },
      { date: '2014-04-22', open: 3, done: 1, dropped: 0 },
      { date: '2014-05-06', open: 1, done: 2, dropped: 1 },
      { date: '2014-06-01', open: 1, done: 2, dropped: 1 },
    ]);
  });

  it('gives, on every day, the counts of its definition, for random histories of raising and closing', () => {
    // The definition, counted the slow way: raised on or before the day, closed on or before it.
    const counted = (group: ReturnType<typeof lifecycle>, date: string) => {
      const raised = group.meetings.flatMap((meeting) => meeting.actions).filter((action) => action.meeting.date <= date);
      const closed = raised.filter((action) => action.closedBy !== undefined && action.closedBy.date <= date);
      return {
        date,
        open: raised.length - closed.length,
        done: closed.filter((action) => action.status === 'done').length,
        dropped: closed.filter((action) => action.status === 'dropped').length,
      };
    };
    const meeting = fc.record({ actions: fc.integer({ min: 0, max: 3 }), closes: fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(meeting, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 20 }), (plan, extraDays) => {
        const files: Record<string, string> = {};
        const raised: string[] = [];
        plan.forEach((day, index) => {
          const date = `2014-04-${String(index * 3 + 1).padStart(2, '0')}`;
          const closes = day.closes
            .map(([pick, done]) => (raised.length === 0 ? '' : `${done ? 'DONE' : 'DROPPED'} ${raised.splice(pick % raised.length, 1)[0]}`))
            .filter(Boolean);
          const actions = Array.from({ length: day.actions }, (_, n) => `- ACTION KB: item ${n}`);
          for (let n = 1; n <= day.actions; n++) raised.push(`virt-${date.replaceAll('-', '')}-${n}`);
          files[`${date}.md`] = minutes(`date: ${date}`, ['', ...closes.map((line) => `${line}\n`), ...actions].join('\n'));
        });
        const asOf = `2014-05-${String(extraDays + 1).padStart(2, '0')}`;
        const result = buildVirt(files, asOf);
        expect(result.messages.filter((message) => message.severity === 'error')).toEqual([]);
        const group = result.wiki.groups[0]!;
        const points = actionsOverTime(group, asOf);
        expect(points.at(-1)!.date).toBe(asOf);
        expect(points).toEqual(points.map((point) => counted(group, point.date)));
      }),
      { numRuns: 150 },
    );
  });

  it('adds no point for asOf on the last meeting day', () => {
    expect(actionsOverTime(lifecycle(), '2014-05-06').map((point) => point.date)).toEqual(['2014-04-11', '2014-04-22', '2014-05-06']);
  });
});

describe('actionsOverTimeChart', () => {
  it('stacks done, dropped and open areas whose heights follow the counts', () => {
    const chart = actionsOverTimeChart(lifecycle(), '2014-06-01');
    const svg = svgOf(chart);
    const [done, dropped, open] = areas(svg);
    expect(areas(svg).map((path) => path.getAttribute('class'))).toEqual(['chart-area chart-area--done', 'chart-area chart-area--dropped', 'chart-area chart-area--open']);
    expect(done!.getAttribute('style')).toBe('fill: var(--done, #1f7a3a)');
    // The top edge of the open area at the first step is the full plot height (4 actions max).
    const ys = (path: Element) => coordinates(path).filter((_, index) => index % 2 === 1);
    const baseline = Math.max(...ys(done!));
    const top = Math.min(...ys(open!));
    const unit = (baseline - top) / 4;
    expect(unit).toBeGreaterThan(0);
    // At the last step, done reaches 2 units up, dropped 3, open 4.
    expect(baseline - Math.min(...ys(done!))).toBeCloseTo(2 * unit, 1);
    expect(baseline - Math.min(...ys(dropped!))).toBeCloseTo(3 * unit, 1);
    expect(chart.text).toBe('On 1 June 2014, Virt SIG had 1 open action; 2 done and 1 dropped since 11 April 2014.');
    expect(chart.table.rows).toHaveLength(4);
  });

  it('stays finite with one meeting on asOf, and with every action closed on the same day', () => {
    const single = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KB: one\n') }, '2014-04-11').wiki;
    const chart = actionsOverTimeChart(single.groups[0]!, '2014-04-11');
    const svg = svgOf(chart);
    for (const path of areas(svg)) for (const value of coordinates(path)) expect(Number.isFinite(value)).toBe(true);
    const open = coordinates(areas(svg)[2]!);
    expect(Math.max(...open.filter((_, index) => index % 2 === 0)) - Math.min(...open.filter((_, index) => index % 2 === 0))).toBeGreaterThan(100);

    const closedTogether = buildVirt({
      '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KB: one\n- ACTION GD: two\n'),
      '2014-04-22.md': minutes('date: 2014-04-22', '\nDONE virt-20140411-1\n\nDONE virt-20140411-2\n'),
    }).wiki;
    const allDone = actionsOverTimeChart(closedTogether.groups[0]!, '2014-04-22');
    svgOf(allDone);
    expect(allDone.text).toBe('On 22 April 2014, Virt SIG had 0 open actions; 2 done and 0 dropped since 11 April 2014.');
  });

  it('handles a group without meetings or without actions', () => {
    const empty = actionsOverTimeChart(buildVirt({}).wiki.groups[0]!, '2014-06-01');
    expect(areas(svgOf(empty))).toHaveLength(0);
    expect(empty.text).toBe('Virt SIG has no actions yet.');
    const quiet = actionsOverTimeChart(buildVirt(meetingFiles(3, '2014-01-07', 14)).wiki.groups[0]!, '2014-06-01');
    expect(areas(svgOf(quiet))).toHaveLength(3);
    expect(quiet.text).toBe('Virt SIG has no actions yet.');
  });

  it('escapes the group name', () => {
    const { wiki } = buildVirt({}, '2014-06-01', { 'content/groups/virt/group.yaml': 'name: "A & B <C>"\nactionPrefix: virt\n' });
    const svg = svgOf(actionsOverTimeChart(wiki.groups[0]!, '2014-06-01'));
    expect(svg.querySelector('title')!.textContent).toBe('Actions of A & B <C> over time');
  });
});
