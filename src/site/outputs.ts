// Non-page outputs for the templates: feeds, data exports, charts, and the paths they live at.
import { actionsOverTimeChart } from '../charts/actions-over-time-chart.js';
import { attendanceChart } from '../charts/attendance-chart.js';
import type { Chart } from '../charts/chart.js';
import { personTimeline } from '../charts/person-timeline.js';
import { actionsJson, JSON_EXPORT_PATHS, meetingsJson, peopleJson } from '../export/json-export.js';
import { minutesFeed, personActionsFeed } from '../feeds/atom.js';
import { minutesFeedPath, personFeedPath } from '../feeds/feed-urls.js';
import type { Group, Person, Wiki } from '../model/wiki.js';
import { allCalendar, CALENDAR_PATHS, groupCalendar, personCalendar, webcalUrl } from './calendar-feeds.js';
import { monthGrid } from '../calendar/month-grid.js';
import type { UpcomingMeeting } from '../model/group-calendar.js';
import type { EleventyConfig } from './eleventy-config.js';

/** Where feeds and exports live; templates use these for permalinks and `<link>`s alike. */
export const SITE_PATHS = {
  minutesFeed: minutesFeedPath,
  personFeed: personFeedPath,
  data: JSON_EXPORT_PATHS,
  calendar: CALENDAR_PATHS,
};

const EXPORTS = { actions: actionsJson, meetings: meetingsJson, people: peopleJson } as const;

/** Registers the `paths` global and the filters that write feeds, exports and charts. */
export function addOutputs(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData('paths', SITE_PATHS);
  eleventyConfig.addFilter('minutesFeed', (wiki: Wiki, group?: Group) => minutesFeed(wiki, group));
  eleventyConfig.addFilter('personActionsFeed', (wiki: Wiki, person: Person) => personActionsFeed(wiki, person));
  eleventyConfig.addFilter('exportJson', (wiki: Wiki, kind: keyof typeof EXPORTS) => `${JSON.stringify(EXPORTS[kind](wiki), null, 1)}\n`);
  eleventyConfig.addFilter('attendanceChart', (group: Group): Chart => attendanceChart(group));
  eleventyConfig.addFilter('actionsChart', (group: Group, asOf: string): Chart => actionsOverTimeChart(group, asOf));
  eleventyConfig.addFilter('personTimeline', (person: Person, asOf: string): Chart => personTimeline(person, asOf));
  eleventyConfig.addFilter('groupCalendar', (wiki: Wiki, group: Group) => groupCalendar(wiki, group));
  eleventyConfig.addFilter('allCalendar', (wiki: Wiki) => allCalendar(wiki));
  eleventyConfig.addFilter('personCalendar', (wiki: Wiki, person: Person) => personCalendar(wiki, person));
  eleventyConfig.addFilter('webcal', (wiki: Wiki, path: string) => webcalUrl(wiki, path));
  eleventyConfig.addFilter('monthGrid', (meetings: UpcomingMeeting[], month: string) => monthGrid(month, meetings, (meeting) => meeting.localDate));
  // What the next-meeting script reads: the coming meetings as instants, with their own zone.
  eleventyConfig.addFilter('meetingInstants', (meetings: UpcomingMeeting[]) =>
    JSON.stringify(
      meetings
        .filter((meeting) => meeting.occurrence.status === 'confirmed')
        .map((meeting) => ({ start: meeting.startUtc, end: meeting.endUtc, zone: meeting.occurrence.timeZone })),
    ),
  );
}
