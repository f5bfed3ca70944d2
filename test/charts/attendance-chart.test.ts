import { describe, expect, it } from 'vitest';
import { attendanceChart } from '../../src/charts/attendance-chart.js';
import { buildVirt, minutes } from '../helpers/content.js';
import { meetingFiles, number, svgOf } from './svg.js';

const ATTENDEES = ['[LK]', '[LK, GD]', '[LK, GD, KB]'];
const bars = (svg: Element) => [...svg.querySelectorAll('rect.chart-bar')];

describe('attendanceChart', () => {
  it('draws one bar per meeting, oldest first, with heights proportional to attendance', () => {
    const { wiki } = buildVirt(meetingFiles(6, '2014-11-04', 30, (index) => `attendees: ${ATTENDEES[index % 3]}\n`));
    const group = wiki.groups[0]!;
    const chart = attendanceChart(group);
    const svg = svgOf(chart);
    const rects = bars(svg);
    expect(rects).toHaveLength(6);
    const heights = rects.map((rect) => number(rect, 'height'));
    expect(heights.map((height) => Math.round((height / heights[2]!) * 3 * 100) / 100)).toEqual([1, 2, 3, 1, 2, 3]);
    const xs = rects.map((rect) => number(rect, 'x'));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Six bars spread over the whole plot, not huddled at its left: the last ends near the right
    // edge, and the gaps between bars are equal.
    const width = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    expect(xs.at(-1)! + number(rects.at(-1)!, 'width')).toBeGreaterThan(width * 0.85);
    const gaps = xs.slice(1).map((x, index) => x - xs[index]!);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 1);
    expect(rects[0]!.querySelector('title')!.textContent).toBe('4 November 2014: 1 person');
    // Years label the first bar of each year only.
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toEqual(['3', '0', '2014', '2015']);
    expect(chart.text).toBe('6 meetings of Virt SIG from 4 November 2014 to 3 April 2015: between 1 and 3 people attended, 2 on average.');
    expect(chart.table.rows[1]).toEqual(['2014-12-04', '2']);
  });

  it('handles a single meeting and a meeting nobody was recorded at', () => {
    for (const attendees of ['[LK, GD]', '[]']) {
      const { wiki } = buildVirt({ '2014-04-11.md': minutes(`date: 2014-04-11\nattendees: ${attendees}`) });
      const chart = attendanceChart(wiki.groups[0]!);
      const rects = bars(svgOf(chart));
      expect(rects).toHaveLength(1);
      expect(number(rects[0]!, 'width')).toBeGreaterThan(0);
      expect(number(rects[0]!, 'height')).toBe(attendees === '[]' ? 0 : 126);
    }
  });

  it('has a text alternative and no bars for a group without meetings', () => {
    const { wiki } = buildVirt({});
    const chart = attendanceChart(wiki.groups[0]!);
    expect(bars(svgOf(chart))).toHaveLength(0);
    expect(chart.text).toBe('Virt SIG has no meetings yet.');
  });

  it('averages per month past 60 meetings (500 weekly meetings)', () => {
    const { wiki } = buildVirt(meetingFiles(500, '2010-01-05', 7, (index) => `attendees: ${ATTENDEES[index % 3]}\n`), '2020-01-01');
    const group = wiki.groups[0]!;
    expect(group.meetings).toHaveLength(500);
    const chart = attendanceChart(group);
    const svg = svgOf(chart);
    const months = new Set(group.meetings.map((meeting) => meeting.date.slice(0, 7)));
    expect(bars(svg)).toHaveLength(months.size);
    expect(chart.table.head).toEqual(['Month', 'Meetings', 'Average attendance']);
    expect(chart.table.rows[0]).toEqual(['2010-01', '4', '1.8']); // 1, 2, 3 and 1 people
    const labels = [...svg.querySelectorAll('text')].map((text) => text.textContent).slice(2);
    expect(labels.length).toBeLessThanOrEqual(10);
    expect(labels[0]).toBe('2010');
    for (const rect of bars(svg)) expect(number(rect, 'height')).toBeGreaterThan(0);
  });

  it('escapes the group name', () => {
    const { wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11') }, '2014-06-01', {
      'content/groups/virt/group.yaml': 'name: "<script>&\\"SIG\\"</script>"\nactionPrefix: virt\n',
    });
    const chart = attendanceChart(wiki.groups[0]!);
    expect(chart.svg).not.toContain('<script>');
    const svg = svgOf(chart);
    expect(svg.querySelector('title')!.textContent).toBe('Attendance at meetings of <script>&"SIG"</script>');
  });
});
