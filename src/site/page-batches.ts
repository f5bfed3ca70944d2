// Cuts a full build's pages into batches, each written by an Eleventy run of its own, so that
// node holds the rendered pages of one batch at a time rather than of the whole wiki.
import type { Wiki } from '../model/wiki.js';
import { RenderSet } from './render-set.js';

/**
 * Item pages (meetings, groups, people, years, action lists) per batch. Eleventy keeps every
 * page it renders until its run ends (the page's template clone caches the finished HTML, its
 * data keeps the body, and the run's results hold the HTML again), about 100 KB of node's heap
 * per page: 1.5 GB for a 10k-minute wiki, 7.6 GB for 50k, beyond node's default heap. A
 * batch of 2,500 pages holds ~0.3 GB; each batch costs one more Eleventy start (~0.3 s).
 */
export const PAGE_BATCH = 2500;

/** {@link PAGE_BATCH}, or `SIGWIKI_PAGE_BATCH` when set (tests use a small one). */
export function pageBatchSize(): number {
  const value = Number(process.env.SIGWIKI_PAGE_BATCH);
  return Number.isInteger(value) && value > 0 ? value : PAGE_BATCH;
}

/**
 * The render sets of a full build, in order: together they write every page once. The first
 * batch also writes the `/actions/` and people index pages (paginated over whole lists, so
 * they stay in one run, numbered as before); every batch writes the few pages with one of
 * everything (home, groups, calendar, search, 404), the same each time. Data files (feeds,
 * calendars, exports) are marked for the last batch only, which the search index follows.
 */
export function pageBatches(wiki: Wiki, size: number = pageBatchSize()): RenderSet[] {
  // Meetings last, so the small kinds of page share the first batches.
  const items: Item[] = [
    ...wiki.groups.map((group): Item => ({ kind: 'groups', value: group })),
    ...wiki.groupYearPages.map((page): Item => ({ kind: 'groupYearPages', value: page })),
    ...wiki.actionListPages.map((page): Item => ({ kind: 'actionListPages', value: page })),
    ...wiki.people.map((person): Item => ({ kind: 'people', value: person })),
    ...wiki.meetings.map((meeting): Item => ({ kind: 'meetings', value: meeting })),
  ];
  const batches: RenderSet[] = [];
  for (let start = 0; start < items.length || start === 0; start += size) {
    const slice = items.slice(start, start + size);
    const first = start === 0;
    const last = start + size >= items.length;
    const of = <K extends Item['kind']>(kind: K) => slice.filter((item) => item.kind === kind).map((item) => item.value) as ItemValue<K>[];
    batches.push(
      new RenderSet({
        meetings: of('meetings'),
        groups: of('groups'),
        people: of('people'),
        groupYearPages: of('groupYearPages'),
        actionListPages: of('actionListPages'),
        openActions: first ? wiki.openActions : [],
        peopleIndex: first ? wiki.people : [],
        writeOpenActions: first,
        writePeopleIndex: first,
        writesDataFile: () => last,
      }),
    );
  }
  return batches;
}

type Lists = Pick<RenderSet, 'meetings' | 'groups' | 'people' | 'groupYearPages' | 'actionListPages'>;
type Item = { [K in keyof Lists]: { kind: K; value: Lists[K][number] } }[keyof Lists];
type ItemValue<K extends Item['kind']> = Lists[K][number];
