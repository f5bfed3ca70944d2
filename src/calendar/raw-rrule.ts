// Checks a hand-written RFC 5545 RRULE (the `rrule:` escape hatch) before sigwiki uses it.
import rrulePkg from 'rrule';

const { RRule, Frequency } = rrulePkg;

/** Parts sigwiki sets itself: the time comes from `time:`, the start from `from:`, the end from `until:`. */
const FORBIDDEN = ['DTSTART', 'UNTIL', 'BYHOUR', 'BYMINUTE', 'BYSECOND', 'TZID'] as const;

const PART = /^[A-Z]+=[A-Z0-9,+-]+$/;

/** Parts calendar/rule-days.ts, which expands raw rules, does not read. */
const UNSUPPORTED = ['BYWEEKNO', 'BYEASTER'];

/** Longer than any rule a meeting needs; every day of the horizon is checked against the rule's lists. */
export const MAX_RULE_LENGTH = 200;

/**
 * Normalises an RRULE value (`FREQ=MONTHLY;BYDAY=2TU`, optionally prefixed by `RRULE:`) to
 * upper case without the prefix, or returns an error message. Allowed frequencies are DAILY,
 * WEEKLY, MONTHLY and YEARLY; DTSTART, UNTIL and BYHOUR/BYMINUTE/BYSECOND are refused because
 * `from:`, `until:` and `time:` own them, so every occurrence is on a distinct day at `time:`.
 */
export function rawRrule(text: string): string | { error: string } {
  if (text.length > MAX_RULE_LENGTH) return { error: `longer than ${MAX_RULE_LENGTH} characters: a meeting's rule is a few parts like FREQ=MONTHLY;BYDAY=2TU` };
  const rule = text.trim().replace(/^RRULE:/i, '').toUpperCase();
  const parts = rule.split(';');
  if (parts.some((part) => !PART.test(part))) return { error: 'expected NAME=VALUE parts separated by `;`' };
  const names = parts.map((part) => part.split('=')[0]!);
  const forbidden = FORBIDDEN.find((name) => names.includes(name));
  if (forbidden) return { error: `${forbidden} is not allowed in rrule: use from:, until: and time: instead` };
  if (new Set(names).size !== names.length) return { error: 'a part is repeated' };
  if (names.includes('BYWEEKNO')) {
    // Calendar apps expand BYWEEKNO differently (ical.js ignores it, libical adds days), so it is refused.
    return { error: 'BYWEEKNO is not supported in rrule: calendar apps expand it differently. For meetings in odd or even ISO weeks write `repeat: every other week`, `on: thursday`, `weeks: odd` (or `even`); for every fourth ISO week, `repeat: every 4 weeks`, `weeks: 1 of 4`' };
  }
  const unsupported = names.find((name) => UNSUPPORTED.includes(name));
  if (unsupported) return { error: `${unsupported} is not supported in rrule: use FREQ, INTERVAL, COUNT, WKST, BYDAY, BYMONTHDAY, BYYEARDAY, BYMONTH and BYSETPOS` };
  let options: Partial<rrulePkg.Options>;
  try {
    options = RRule.parseString(rule);
    // Constructing the rule checks its values; asking it for a date could walk to the year 9999.
    new RRule({ ...options, dtstart: new Date(0) });
  } catch (error) {
    const reason = (error as Error).message;
    return { error: reason.includes('RRULE') ? `not a valid RRULE: ${reason}` : 'not a valid RRULE' };
  }
  const allowed: number[] = [Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY];
  if (options.freq === undefined || !allowed.includes(options.freq)) {
    return { error: 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY' };
  }
  return rule;
}
