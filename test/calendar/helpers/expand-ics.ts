// Test helper: expands an .ics with ical.js (an independent parser) into UTC instants.
import ICAL from 'ical.js';

/** One meeting as ical.js sees it. */
export interface ParsedMeeting {
  uid: string;
  /** UTC ISO instant, `2014-04-22T13:00:00Z`. */
  start: string;
  end: string;
  location: string | null;
  summary: string;
}

/** The components and properties of a feed, for structural assertions. */
export function parseIcs(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

/**
 * Expands every VEVENT of `text` between `from` and `to` (UTC ISO instants, half-open) with
 * ical.js: VTIMEZONEs come from the feed itself (registered with the TimezoneService), EXDATEs
 * are applied by its RecurExpansion, and RECURRENCE-ID overrides by Event.relateException.
 */
export function expandIcs(text: string, from: string, to: string): ParsedMeeting[] {
  const calendar = parseIcs(text);
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const byUid = new Map<string, ICAL.Component[]>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    byUid.set(uid, [...(byUid.get(uid) ?? []), vevent]);
  }
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  const meetings: ParsedMeeting[] = [];
  for (const [uid, components] of byUid) {
    const master = components.find((c) => !c.hasProperty('recurrence-id'));
    if (!master) throw new Error(`no master VEVENT for ${uid}`);
    const event = new ICAL.Event(master);
    for (const exception of components.filter((c) => c !== master)) event.relateException(exception);
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = details.startDate.toJSDate().getTime();
      // Overrides may move a meeting earlier than its slot: stop a day after `to` by slot.
      if (next.toJSDate().getTime() > toMs + 86_400_000 * 60) break;
      if (start < fromMs || start >= toMs) continue;
      meetings.push({
        uid,
        start: new Date(start).toISOString().replace('.000Z', 'Z'),
        end: new Date(details.endDate.toJSDate().getTime()).toISOString().replace('.000Z', 'Z'),
        location: (details.item.location as string | null) ?? null,
        summary: details.item.summary,
      });
    }
  }
  return meetings.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}
