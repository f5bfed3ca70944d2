import { describe, expect, it } from 'vitest';
import { personTimeline } from '../../src/charts/person-timeline.js';
import { loadWiki } from '../../src/load/load-wiki.js';
import { buildVirt, minutes } from '../helpers/content.js';
import { ROOT } from '../helpers/run-cli.js';
import { number, svgOf } from './svg.js';

const person = (wiki: { people: { id: string }[] }, id: string) => wiki.people.find((candidate) => candidate.id === id)! as never;

describe('personTimeline', () => {
  it('draws a dot per meeting attended and a bar per action, coloured by status (example wiki)', async () => {
    const { wiki } = await loadWiki({ contentDir: 'content', cwd: ROOT, asOf: '2026-11-23' });
    const alex = wiki.people.find((candidate) => candidate.id === 'alex-example')!;
    const chart = personTimeline(alex, wiki.asOf);
    const svg = svgOf(chart);
    expect(svg.querySelectorAll('circle.chart-meeting')).toHaveLength(3);
    const bars = [...svg.querySelectorAll('rect.chart-action')];
    expect(bars).toHaveLength(alex.openActions.length + alex.closedActions.length);
    expect(bars.map((bar) => bar.getAttribute('class'))).toEqual(['chart-action chart-action--done', 'chart-action chart-action--open']);
    // The open action is past its due date (10 November 2026).
    expect(bars[1]!.getAttribute('style')).toBe('fill: var(--overdue, #b3261e)');
    expect(bars[1]!.querySelector('title')!.textContent).toBe(
      "ewg-20260929-1: draft the contributor guide (raised 29 September 2026, overdue on 23 November 2026)",
    );
    expect(chart.text).toBe('Since 1 September 2026, Alex Example attended 3 meetings and owned 2 actions: 1 open (1 overdue), 1 done, 0 dropped.');
  });

  it('gives bars widths proportional to the days they were open, and packs them into lanes', () => {
    const { wiki } = buildVirt({
      '2014-01-01.md': minutes('date: 2014-01-01\nattendees: [KB]', '\n- ACTION KB: long\n- ACTION KB: short\n'),
      '2014-01-11.md': minutes('date: 2014-01-11', '\nDONE virt-20140101-2\n'),
      '2014-01-21.md': minutes('date: 2014-01-21', '\n- ACTION KB: later\n'),
      '2014-03-01.md': minutes('date: 2014-03-01', '\nDROPPED virt-20140121-1\n'),
    }, '2014-04-11');
    const svg = svgOf(personTimeline(person(wiki, 'karanbir-singh'), '2014-04-11'));
    const bars = [...svg.querySelectorAll('rect.chart-action')];
    const widths = bars.map((bar) => number(bar, 'width'));
    // 100 days (open until asOf), 10 days, 39 days.
    expect(widths[1]! / widths[0]!).toBeCloseTo(10 / 100, 2);
    expect(widths[2]! / widths[0]!).toBeCloseTo(39 / 100, 2);
    // "later" starts after "short" ended, so it shares its lane.
    const ys = bars.map((bar) => number(bar, 'y'));
    expect(ys[2]).toBe(ys[1]);
    expect(ys[0]).not.toBe(ys[1]);
    expect(svg.querySelectorAll('circle.chart-meeting')).toHaveLength(1);
  });

  it('draws only the last two years, though its text counts everything', () => {
    const { wiki } = buildVirt({
      '2010-01-05.md': minutes('date: 2010-01-05\nattendees: [KB]', '\n- ACTION KB: old and done\n- ACTION KB: old and still open\n'),
      '2010-02-05.md': minutes('date: 2010-02-05\nattendees: [KB]', '\nDONE virt-20100105-1\n'),
      '2013-06-01.md': minutes('date: 2013-06-01\nattendees: [KB]', '\n- ACTION KB: recent\n'),
    }, '2014-04-11');
    const chart = personTimeline(person(wiki, 'karanbir-singh'), '2014-04-11');
    const svg = svgOf(chart);
    expect(svg.querySelectorAll('circle.chart-meeting')).toHaveLength(1);
    // The action closed in 2010 is left out; the one open since 2010 starts at the left edge.
    const bars = [...svg.querySelectorAll('rect.chart-action')];
    expect(bars.map((bar) => bar.querySelector('title')!.textContent!.split(':')[0])).toEqual(['virt-20100105-2', 'virt-20130601-1']);
    expect(number(bars[0]!, 'x')).toBe(8);
    expect(chart.text).toContain('attended 3 meetings and owned 3 actions');
  });

  it('draws at most 40 action bars, the most recently raised, and says so', () => {
    const many = Array.from({ length: 45 }, (_, index) => `- ACTION KB: task ${index + 1}`).join('\n');
    const { wiki } = buildVirt({ '2014-04-01.md': minutes('date: 2014-04-01', `\n${many}\n`) }, '2014-04-11');
    const chart = personTimeline(person(wiki, 'karanbir-singh'), '2014-04-11');
    const bars = [...svgOf(chart).querySelectorAll('rect.chart-action')];
    expect(bars).toHaveLength(40);
    expect(bars[0]!.querySelector('title')!.textContent).toContain('virt-20140401-6:');
    expect(chart.text).toContain('owned 45 actions');
    expect(chart.text).toContain('The chart shows the 40 most recently raised of their 45 actions in these years.');
  });

  it('stays finite for a person with nothing, and for everything on the asOf day', () => {
    const { wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11\nattendees: [LK]', '\n- ACTION LK: today\n') }, '2014-04-11');
    const nobody = personTimeline(person(wiki, 'george-dunlap'), '2014-04-11');
    expect(svgOf(nobody).querySelectorAll('rect.chart-action, circle')).toHaveLength(0);
    expect(nobody.text).toBe('George Dunlap has no meetings or actions yet.');
    const lars = svgOf(personTimeline(person(wiki, 'lars-kurth'), '2014-04-11'));
    const bar = lars.querySelector('rect.chart-action')!;
    expect(number(bar, 'width')).toBe(2);
    expect(number(lars.querySelector('circle')!, 'cx')).toBe(8);
  });

  it('escapes names and action text', () => {
    const { wiki } = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KB: fix <b> & "c"\n') }, '2014-06-01', {
      'content/people.yaml': '- id: karanbir-singh\n  name: "K <B> & \\"S\\""\n  aliases: [KB]\n',
    });
    const chart = personTimeline(person(wiki, 'karanbir-singh'), '2014-06-01');
    const svg = svgOf(chart);
    expect(svg.querySelector('title')!.textContent).toBe('Timeline of K <B> & "S"');
    expect(svg.querySelector('rect.chart-action > title')!.textContent).toContain('fix <b> & "c"');
  });
});
