// Test helper: expands an .ics with node-ical, a second parser independent of ical.js.
import nodeIcal from 'node-ical';
import type { Instant } from './compare.js';

/**
 * Every meeting of `text` starting in [from, to) as node-ical sees it: its own line parser, RRULE
 * by rrule-temporal (not rrule.js, which sigwiki uses), EXDATE, RECURRENCE-ID overrides and
 * DURATION by its `expandRecurringEvent`. It reads a TZID that names an IANA zone through
 * Temporal's tz data, as Google Calendar, Apple Calendar and Outlook do for known zones, not
 * through the VTIMEZONE (ical.js checks that one).
 */
export function expandWithNodeIcal(text: string, from: string, to: string): Instant[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
  const meetings: Instant[] = [];
  for (const item of Object.values(parsed)) {
    if (item?.type !== 'VEVENT' || item.recurrenceid) continue;
    // A little wider than the window: an override may move a meeting out of its slot's window.
    const instances = nodeIcal.expandRecurringEvent(item, { from: new Date(fromMs - 40 * 86_400_000), to: new Date(toMs + 40 * 86_400_000) });
    for (const instance of instances) {
      const start = instance.start.getTime();
      if (start < fromMs || start >= toMs) continue;
      const location = instance.event.location;
      meetings.push({
        start: new Date(start).toISOString().replace('.000Z', 'Z'),
        end: instance.end.toISOString().replace('.000Z', 'Z'),
        location: location === undefined ? null : typeof location === 'string' ? location : String((location as { val: string }).val),
      });
    }
  }
  return meetings.sort((a, b) => a.start.localeCompare(b.start) || String(a.location).localeCompare(String(b.location)));
}
