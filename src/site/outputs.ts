// What templates need beyond the model: where feeds and exports live, charts, calendar helpers.
import { actionsOverTimeChart } from '../charts/actions-over-time-chart.js';
import { attendanceChart } from '../charts/attendance-chart.js';
import type { Chart } from '../charts/chart.js';
import { personTimeline } from '../charts/person-timeline.js';
import { JSON_EXPORT_PATHS } from '../export/json-export.js';
import { minutesFeedPath, personFeedPath } from '../feeds/feed-urls.js';
import { ACTIONS_PREVIEW } from '../model/action-lists.js';
import type { Action, Group, Person, Wiki } from '../model/wiki.js';
import { CALENDAR_PATHS, webcalUrl } from './calendar-feeds.js';
import { calendarMonths, monthGrid } from '../calendar/month-grid.js';
import type { UpcomingMeeting } from '../model/group-calendar.js';
import { meetingInstants } from './meeting-instants.js';
import type { EleventyConfig } from './eleventy-config.js';
import { pageHead } from './page-heads.js';

/** Where feeds and exports live; templates use these for permalinks and `<link>`s alike. */
export const SITE_PATHS = {
  minutesFeed: minutesFeedPath,
  personFeed: personFeedPath,
  data: JSON_EXPORT_PATHS,
  calendar: CALENDAR_PATHS,
};

/**
 * Registers the `paths` global and the filters for charts and calendar pages. `basePath` is the
 * path the site is served under; root-relative links get it from Eleventy's HTML base plugin,
 * absolute ones (the webcal links) here.
 */
export function addOutputs(eleventyConfig: EleventyConfig, basePath: string): void {
  eleventyConfig.addGlobalData('paths', SITE_PATHS);
  eleventyConfig.addFilter('pageHead', pageHead);
  eleventyConfig.addFilter('attendanceChart', (group: Group): Chart => attendanceChart(group));
  eleventyConfig.addFilter('actionsChart', (group: Group, asOf: string): Chart => actionsOverTimeChart(group, asOf));
  // The whole person, so the sentence covers their whole history; the chart draws the last years.
  eleventyConfig.addFilter('personTimeline', (person: Person, asOf: string): Chart => personTimeline(person, asOf));
  // Lists are cut to a few on group and person pages; the full lists are pages of their own.
  eleventyConfig.addFilter('firstActions', (actions: Action[]) => actions.slice(0, ACTIONS_PREVIEW));
  eleventyConfig.addFilter('take', (list: unknown[], count: number) => list.slice(0, count));
  eleventyConfig.addFilter('webcal', (wiki: Wiki, path: string) => webcalUrl(wiki, path, basePath));
  // The first month's grid starts at the first meeting's week, not on empty weeks already past.
  eleventyConfig.addFilter('monthGrid', (meetings: UpcomingMeeting[], month: string) => {
    const first = meetings.reduce((min, meeting) => (meeting.localDate < min ? meeting.localDate : min), '9999-12-31');
    return monthGrid(month, meetings, (meeting) => meeting.localDate, first);
  });
  eleventyConfig.addFilter('calendarMonths', (meetings: UpcomingMeeting[]) => calendarMonths(meetings.map((meeting) => meeting.localDate)));
  // `Europe/London` → `London`: the label each calendar time carries (the script relabels in the reader's zone).
  eleventyConfig.addFilter('zoneCity', (zone: string) => (zone === 'UTC' || zone === 'Etc/UTC' ? 'UTC' : zone.split('/').pop()!.replace(/_/g, ' ')));
  // What the next-meeting script reads: months of coming meetings as instants, with their own
  // zone and venue (the meeting next when the page is read may not be the one next when it was built).
  eleventyConfig.addFilter('meetingInstants', (group: Group) => meetingInstants(group.soon, group.venues));
}
