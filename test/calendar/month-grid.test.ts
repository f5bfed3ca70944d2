import { describe, expect, it } from 'vitest';
import { calendarMonths, monthGrid } from '../../src/calendar/month-grid.js';

describe('monthGrid', () => {
  it('lays November 2026 out in Monday-first weeks with meetings on their days', () => {
    const grid = monthGrid('2026-11', ['2026-11-24', '2026-11-24', '2026-11-03', '2026-12-01'], (date) => date);
    expect(grid.title).toBe('November 2026');
    expect(grid.weeks).toHaveLength(6);
    expect(grid.weeks[0]!.map((day) => day.date)).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
    expect(grid.weeks[0]!.map((day) => day.inMonth)).toEqual([false, false, false, false, false, false, true]);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    const days = grid.weeks.flat();
    expect(days.find((day) => day.date === '2026-11-24')!.meetings).toHaveLength(2);
    expect(days.find((day) => day.date === '2026-11-03')!.meetings).toEqual(['2026-11-03']);
    expect(days.at(-1)!.date).toBe('2026-12-06');
    expect(days.find((day) => day.date === '2026-12-01')!).toMatchObject({ inMonth: false, meetings: ['2026-12-01'] });
  });

  it('leaves out the weeks that end before the day before the first meeting', () => {
    const grid = monthGrid('2026-11', ['2026-11-24'], (date) => date, '2026-11-24');
    expect(grid.weeks.map((week) => week[0]!.date)).toEqual(['2026-11-23', '2026-11-30']);
    // A meeting on a Monday keeps the Sunday before it, where the reader's zone may move it.
    expect(monthGrid('2026-11', ['2026-11-16'], (date) => date, '2026-11-16').weeks[0]![0]!.date).toBe('2026-11-09');
    expect(monthGrid('2026-12', [], (date: string) => date, '2026-11-24').weeks).toHaveLength(5);
  });

  it('starts on the 1st when the month starts on a Monday', () => {
    const grid = monthGrid('2026-06', [], (date: string) => date);
    expect(grid.weeks[0]![0]!.date).toBe('2026-06-01');
    expect(grid.weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
  });
});

describe('calendarMonths', () => {
  it('runs from the month of the first meeting to the month of the last, skipping none', () => {
    expect(calendarMonths(['2027-01-05', '2026-12-01', '2027-02-02'])).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(calendarMonths(['2026-12-30', '2027-03-01'])).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
  });

  it('draws one month for meetings within it, and none without meetings', () => {
    expect(calendarMonths(['2026-11-30'])).toEqual(['2026-11']);
    expect(calendarMonths([])).toEqual([]);
  });
});
