// Runs the real build on the example wiki in content/ and checks the pages it wrote.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { htmlPages, page, resolveLink } from '../helpers/site-files.js';
import { expandIcs } from '../calendar/helpers/expand-ics.js';

let out: string;
let run: CliRun;

beforeAll(() => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'sigwiki-build-')), '_site');
  run = runCli(['build', '--timings', '--output', out]);
  // A whole build: far past the default 10 s hook timeout on a busy machine.
}, 180_000);
afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const text_ = text;

describe('sigwiki build on the example wiki', () => {
  it('exits 0 and says what it built', () => {
    expect(run.stderr).toMatch(/Built .*: 3 groups, 5 meetings, 20 people/);
    expect(run.status).toBe(0);
  });

  it('says how long each step took with --timings', () => {
    const timings = /Timings: read, parse and check ([\d.]+) s; Eleventy pages ([\d.]+) s; search index with feeds beside it ([\d.]+) s \(feeds, .ics and JSON ([\d.]+) s of it\)/.exec(run.stderr);
    expect(timings).not.toBeNull();
    // pagefind always takes some time, so a zero would mean the step was not measured.
    expect(Number(timings![3])).toBeGreaterThan(0);
    expect(Number(timings![2])).toBeGreaterThan(0);
    // The feeds are written while pagefind works, so they fit in its time.
    expect(Number(timings![4])).toBeLessThanOrEqual(Number(timings![3]));
  });

  it('writes the CentOS meeting with its 15 actions, ids as anchors and owners linked', () => {
    const doc = page(out, '/groups/centos-virt/2014-04-11/');
    const actions = [...doc.querySelectorAll('.minutes .action')];
    expect(actions).toHaveLength(15);
    expect(actions.map((action) => action.id)).toEqual(Array.from({ length: 15 }, (_, i) => `virt-20140411-${i + 1}`));
    const first = doc.getElementById('virt-20140411-1')!;
    expect([...first.querySelectorAll('.action-owners a')].map((a) => a.getAttribute('href'))).toEqual(['/people/karanbir-singh/']);
    expect(text(first.querySelector('.action-status'))).toBe('open for 12 years');
    expect(doc.querySelectorAll('.minutes .action--unowned')).toHaveLength(1);
    expect(text(doc.getElementById('virt-20140411-3')!.querySelector('.action-owners'))).toBe('Lars Kurth, George Dunlap');
  });

  it('lists chair, scribe and attendees linked to their pages, and links to the source', () => {
    const doc = page(out, '/groups/centos-virt/2014-04-11/');
    const facts = [...doc.querySelectorAll('.facts dt')].map((dt) => [text(dt), [...dt.nextElementSibling!.querySelectorAll('a')].map((a) => a.getAttribute('href'))]);
    expect(facts).toContainEqual(['Chair', ['/people/lars-kurth/']]);
    expect(facts).toContainEqual([
      'Attendees',
      ['/people/lars-kurth/', '/people/george-dunlap/', '/people/karanbir-singh/', '/people/johnny-hughes/', '/people/euan-harris/'],
    ]);
    expect(doc.querySelector('.edit a')!.getAttribute('href')).toBe(
      'https://github.com/sigwiki/sigwiki/edit/main/content/groups/centos-virt/2014-04-11.md',
    );
  });

  it('gives each page of one item its title, breadcrumbs, lit menu item and own feed', () => {
    const head = (sitePath: string) => {
      const doc = page(out, sitePath);
      return {
        title: text(doc.querySelector('title')),
        crumbs: [...doc.querySelectorAll('.breadcrumbs li')].map((li) => text(li)),
        section: text(doc.querySelector('.site-header [aria-current="page"]')),
        feed: [...doc.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('href')),
      };
    };
    expect(head('/groups/centos-virt/2014-04-11/')).toEqual({
      title: 'VIRT SIG Meeting Minutes [11/04] · sigwiki example',
      // The page's own crumb is its date: the group is the crumb before it.
      crumbs: ['Groups', 'CentOS Virtualization SIG', '11 April 2014'],
      section: 'Groups',
      feed: ['/feed.xml'],
    });
    expect(head('/groups/mirageos/')).toMatchObject({ crumbs: ['Groups', 'MirageOS community call'], section: 'Groups', feed: ['/feed.xml', '/groups/mirageos/feed.xml'] });
    expect(head('/groups/mirageos/2016/')).toMatchObject({ title: 'MirageOS community call, 2016 · sigwiki example', crumbs: ['Groups', 'MirageOS community call', '2016'] });
    expect(head('/people/lars-kurth/')).toEqual({
      title: 'Lars Kurth · sigwiki example',
      crumbs: ['People', 'Lars Kurth'],
      section: 'People',
      feed: ['/feed.xml', '/people/lars-kurth/actions.xml'],
    });
    // A page that is not about one item keeps the title its template gives.
    expect(head('/calendar/')).toMatchObject({ title: 'Calendar · sigwiki example', section: 'Calendar' });
  });

  it("shows a person's open actions with ages, finished ones, meetings and roles", () => {
    const doc = page(out, '/people/lars-kurth/');
    expect(text(doc.querySelector('h1'))).toBe('Lars Kurth');
    const open = [...doc.querySelectorAll('#open-actions ~ ul .action-id')].map((a) => text(a));
    expect(open).toEqual(['virt-20140411-2', 'virt-20140411-3', 'virt-20140411-5', 'virt-20140411-9', 'virt-20140411-11', 'virt-20140411-13', 'virt-20140411-15']);
    expect(text(doc.querySelector('#open-actions ~ ul .status'))).toBe('open for 12 years');
    expect(text(doc.querySelector('#roles + ul'))).toContain('Chair, CentOS Virtualization SIG');
    expect([...doc.querySelectorAll('#meetings ~ ul a')].map((a) => a.getAttribute('href'))).toEqual(['/groups/centos-virt/2014-04-11/']);

    const sam = page(out, '/people/sam-sample/');
    const closed = [...sam.querySelectorAll('#closed-actions + ul li')].map((li) => text(li.querySelector('.status')));
    expect(closed).toEqual(['done in 28 days', 'done in 14 days']);
  });

  it('shows the fictional group\'s lifecycle: closed, dropped, overdue', () => {
    const doc = page(out, '/groups/example-wg/2026-09-01/');
    expect(doc.getElementById('ewg-20260901-1')!.className).toContain('action--done');
    expect(doc.getElementById('ewg-20260901-4')!.className).toContain('action--dropped');
    expect(doc.getElementById('ewg-20260901-3')!.className).toContain('action--overdue');
    const closing = page(out, '/groups/example-wg/2026-09-29/');
    expect([...closing.querySelectorAll('.action-close .action-id')].map((a) => a.getAttribute('href'))).toEqual([
      '/groups/example-wg/2026-09-01/#ewg-20260901-2',
      '/groups/example-wg/2026-09-15/#ewg-20260915-1',
      '/groups/example-wg/2026-09-01/#ewg-20260901-4',
    ]);
  });

  it('gives each group a page per year of minutes, linked from the group page', () => {
    const year = page(out, '/groups/centos-virt/2014/');
    expect(text(year.querySelector('h1'))).toBe('CentOS Virtualization SIG, 2014');
    expect([...year.querySelectorAll('.meeting-list a')].map((a) => a.getAttribute('href'))).toEqual(['/groups/centos-virt/2014-04-11/']);
    expect(page(out, '/groups/centos-virt/').querySelector('#year-2014 a')!.getAttribute('href')).toBe('/groups/centos-virt/2014/');
  });

  it('lists all open actions, overdue first, then oldest first', () => {
    const ids = [...page(out, '/actions/').querySelectorAll('.action-list .action-id')].map((a) => text(a)!);
    expect(ids.slice(0, 3)).toEqual(['ewg-20260901-3', 'ewg-20260929-1', 'virt-20140411-1']);
    expect(ids.at(-1)).toBe('virt-20140411-15');
    expect(ids).toHaveLength(17);
  });

  it('has no broken internal link or anchor on any page', () => {
    const broken: string[] = [];
    for (const sitePath of htmlPages(out)) {
      const doc = page(out, sitePath);
      for (const a of doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z]+:/i.test(href)) continue;
        const absolute = href.startsWith('#') ? `${sitePath}${href}` : href;
        const target = resolveLink(out, absolute);
        if (!target) {
          broken.push(`${sitePath} -> ${href}`);
          continue;
        }
        const anchor = absolute.split('#')[1];
        if (anchor && !page(out, target).getElementById(anchor)) broken.push(`${sitePath} -> ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
    expect(htmlPages(out).length).toBeGreaterThan(30);
  });

  it('links every meeting attendee to a person page that links back', () => {
    const meetingPath = '/groups/mirageos/2016-02-17/';
    const people = [...page(out, meetingPath).querySelectorAll('.facts a[href^="/people/"]')].map((a) => a.getAttribute('href')!);
    expect(people).toHaveLength(12);
    for (const person of people) {
      const back = [...page(out, person).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(back).toContain(meetingPath);
    }
  });

  it('writes feeds and data exports that the pages link to', () => {
    const home = page(out, '/');
    const feedLinks = [...home.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('href')!);
    expect(feedLinks).toEqual(['/feed.xml']);
    expect(resolveLink(out, '/feed.xml')).toBe('/feed.xml');
    const person = page(out, '/people/lars-kurth/');
    expect([...person.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('href'))).toContain('/people/lars-kurth/actions.xml');
    const feed = readFileSync(path.join(out, 'people/lars-kurth/actions.xml'), 'utf8');
    expect(feed.match(/<entry>/g)).toHaveLength(7);
    const actions = JSON.parse(readFileSync(path.join(out, 'data/actions.json'), 'utf8')) as { version: number; actions: { id: string }[] };
    expect(actions.version).toBe(1);
    expect(actions.actions).toHaveLength(21);
    const charts = [...page(out, '/groups/example-wg/').querySelectorAll('svg[role="img"]')];
    expect(charts).toHaveLength(2);
    for (const chart of charts) expect(chart.firstElementChild?.tagName.toLowerCase()).toBe('title');
  });

  it('writes .ics feeds that an independent parser expands to the meetings the pages show', () => {
    const text = readFileSync(path.join(out, 'groups/example-wg/meetings.ics'), 'utf8');
    const meetings = expandIcs(text, '2026-11-23T12:00:00Z', '2027-01-20T00:00:00Z');
    expect(meetings.map((meeting) => [meeting.start, meeting.location])).toEqual([
      ['2026-11-24T16:00:00Z', 'https://meet.jit.si/sigwiki-example-wg'],
      ['2026-12-09T20:00:00Z', 'ircs://irc.libera.chat:6697/example-wg'],
      ['2027-01-05T16:00:00Z', 'ircs://irc.libera.chat:6697/example-wg'],
      ['2027-01-19T16:00:00Z', 'https://meet.jit.si/sigwiki-example-wg'],
    ]);
    const group = page(out, '/groups/example-wg/');
    const shown = [...group.querySelectorAll('.coming li')].map((row) => text_(row));
    expect(shown.slice(0, 3)).toEqual([
      'Tue 24 Nov 2026 11:00–12:00 America/New_York Jitsi video call',
      'Wed 9 Dec 2026 15:00–16:00 America/New_York #example-wg on Libera.Chat (moved)',
      'Tue 22 Dec 2026 11:00–12:00 America/New_York Cancelled',
    ]);
    expect(text_(group.querySelector('.schedules'))).toBe('Every other Tuesday, 11:00–12:00 America/New_York, alternating Jitsi video call and #example-wg on Libera.Chat');
    expect(text_(group.querySelector('.next-meeting'))).toBe(
      'Next meeting: Tue 24 Nov 2026, 11:00–12:00 America/New_York. Join: Jitsi video call (worked out when this page was built, 23 November 2026, 12:00 UTC)',
    );
    const all = expandIcs(readFileSync(path.join(out, 'meetings.ics'), 'utf8'), '2026-11-23T12:00:00Z', '2026-12-03T00:00:00Z');
    // Virt SIG fortnights fall on 1 Dec (from 22 Apr 2014); MirageOS on 25 Nov (from 17 Feb 2016).
    expect(all.map((meeting) => meeting.start)).toEqual(['2026-11-24T16:00:00Z', '2026-11-25T16:00:00Z', '2026-12-01T14:00:00Z']);
    // Lars holds roles in the Virt SIG only; Anil attended the MirageOS call only.
    const lars = expandIcs(readFileSync(path.join(out, 'people/lars-kurth/meetings.ics'), 'utf8'), '2026-11-23T12:00:00Z', '2026-12-03T00:00:00Z');
    expect(lars.map((meeting) => meeting.start)).toEqual(['2026-12-01T14:00:00Z']);
    const anil = expandIcs(readFileSync(path.join(out, 'people/anil/meetings.ics'), 'utf8'), '2026-11-23T12:00:00Z', '2026-12-03T00:00:00Z');
    expect(anil.map((meeting) => meeting.start)).toEqual(['2026-11-25T16:00:00Z']);
  });

  it('indexes for search every page marked searchable, and only those', () => {
    const searchable = htmlPages(out).filter((sitePath) => readFileSync(path.join(out, sitePath), 'utf8').includes('data-pagefind-body'));
    expect(searchable.some((sitePath) => sitePath.startsWith('/people/'))).toBe(true);
    expect(searchable.some((sitePath) => /^\/groups\/[^/]+\/\d{4}-\d{2}-\d{2}/.test(sitePath))).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(searchable.length);
    // Every file of the index was written in full: pagefind's Node API could lose its last
    // writes when its process was closed, leaving empty files that a rebuild would keep.
    const indexFiles = readdirSync(path.join(out, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((name) => statSync(path.join(out, 'pagefind', name)).isFile());
    expect(indexFiles.length).toBeGreaterThan(searchable.length);
    expect(indexFiles.filter((name) => statSync(path.join(out, 'pagefind', name)).size === 0)).toEqual([]);
  });

  it('runs no script but its own files, and none from content', () => {
    for (const sitePath of htmlPages(out)) {
      for (const script of page(out, sitePath).querySelectorAll('script')) {
        expect(script.getAttribute('src'), sitePath).toMatch(/^\/(assets|pagefind)\/[\w.-]+\.js$/);
      }
    }
    // A meeting page runs only the theme script (the toggle, and a stored theme before first paint).
    expect([...page(out, '/groups/centos-virt/2014-04-11/').querySelectorAll('script')].map((script) => script.getAttribute('src'))).toEqual(['/assets/theme.js']);
  });
});
