// Tests for src/calendar/zone-table.ts: one instant in the common zones.
import { expect, test } from 'vitest';
import { COMMON_ZONES, zoneTable } from '../../src/calendar/zone-table.js';

test('14:00 London on 22 April 2014 (BST) around the world', () => {
  expect(zoneTable('2014-04-22T14:00:00+01:00').map((row) => [row.label, row.weekday, row.time, row.offset, row.dayShift])).toEqual([
    ['San Francisco', 'Tue', '06:00', '-07:00', 0],
    ['New York', 'Tue', '09:00', '-04:00', 0],
    ['UTC', 'Tue', '13:00', '+00:00', 0],
    ['London', 'Tue', '14:00', '+01:00', 0],
    ['Berlin', 'Tue', '15:00', '+02:00', 0],
    ['India', 'Tue', '18:30', '+05:30', 0],
    ['Beijing', 'Tue', '21:00', '+08:00', 0],
    ['Tokyo', 'Tue', '22:00', '+09:00', 0],
    ['Sydney', 'Tue', '23:00', '+10:00', 0],
  ]);
});

test('a late UTC meeting is the next day in Asia and Australia', () => {
  const rows = zoneTable('2014-01-09T21:00:00Z');
  expect(rows.find((r) => r.zone === 'Asia/Tokyo')).toEqual({ zone: 'Asia/Tokyo', label: 'Tokyo', date: '2014-01-10', weekday: 'Fri', time: '06:00', offset: '+09:00', dayShift: 1 });
  expect(rows.find((r) => r.zone === 'America/Los_Angeles')?.dayShift).toBe(0);
  expect(COMMON_ZONES).toHaveLength(9);
});
