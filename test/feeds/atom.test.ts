import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesFeed, minutesFeedPath, personActionsFeed, personFeedPath } from '../../src/feeds/atom.js';
import { xmlSafe } from '../../src/feeds/util-xml.js';
import { loadWiki } from '../../src/load/load-wiki.js';
import { buildVirt, GROUP, minutes, SITE } from '../helpers/content.js';
import { ROOT } from '../helpers/run-cli.js';
import { attribute, parseHtml, parseXml, wellFormedProblems } from './well-formed.js';

const parse = parseXml;
const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent);
const entries = (doc: Document) => [...doc.querySelectorAll('entry')];
const child = (element: Element, name: string) => [...element.children].find((candidate) => candidate.tagName === name);

/** Three meetings of `virt`: two actions raised, one closed at the second, one dropped at the third. */
function virtWiki(site = SITE, group = GROUP) {
  const result = buildVirt(
    {
      '2014-04-11.md': minutes('date: 2014-04-11\nscribe: LK\nattendees: [LK, GD]', '\n- ACTION KB: send the [slides](/slides/) (due 2014-04-20)\n- ACTION GD: book a room\n'),
      '2014-04-22.md': minutes('date: 2014-04-22\nchair: GD\nattendees: [GD, KB]\nregrets: [LK]', '\nDONE virt-20140411-1\n'),
      '2014-05-06.md': minutes('date: 2014-05-06\ntitle: Virt wrap-up', '\nDROPPED virt-20140411-2: no longer needed\n'),
    },
    '2014-06-01',
    { 'content/sigwiki.yaml': site, 'content/groups/virt/group.yaml': group },
  );
  expect(result.messages).toEqual([]);
  return result.wiki;
}

describe('minutesFeed', () => {
  it('has the required Atom elements, unique ids and entries newest first (example wiki)', async () => {
    const { wiki } = await loadWiki({ contentDir: 'content', cwd: ROOT, asOf: '2026-11-23' });
    const doc = parse(minutesFeed(wiki));
    const feed = doc.documentElement;
    expect(feed.tagName).toBe('feed');
    expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), name).toBeDefined();
    expect(entries(doc)).toHaveLength(wiki.meetings.length);
    for (const entry of entries(doc)) {
      for (const name of ['id', 'title', 'updated', 'link', 'author', 'summary', 'content']) expect(child(entry, name), name).toBeDefined();
    }
    const ids = [feed, ...entries(doc)].map((element) => child(element, 'id')!.textContent);
    expect(new Set(ids).size).toBe(ids.length);
    const updated = entries(doc).map((entry) => child(entry, 'updated')!.textContent!);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(updated[0]).toBe('2026-09-29T00:00:00Z');
    expect(child(feed, 'updated')!.textContent).toBe(updated[0]);
    // No site url in the example: links stay root-relative.
    expect(attribute(doc.querySelector('feed > link[rel="self"]'), 'href')).toBe('/feed.xml');
    expect(attribute(child(entries(doc)[0]!, 'link'), 'href')).toBe('/groups/example-wg/2026-09-29/');
    expect(child(entries(doc)[0]!, 'id')!.textContent).toBe('tag:sigwiki,2026:example-wg/2026-09-29');
  });

  it('gives one group its own feed and path, with meeting data in the entries', () => {
    const wiki = virtWiki();
    const group = wiki.groups[0]!;
    expect(minutesFeedPath(group)).toBe('/groups/virt/feed.xml');
    expect(minutesFeedPath()).toBe('/feed.xml');
    const doc = parse(minutesFeed(wiki, group));
    expect(texts(doc, 'entry > title')).toEqual(['Virt wrap-up', 'Virt SIG, 22 April 2014', 'Virt SIG, 11 April 2014']);
    expect(attribute(doc.querySelector('feed > link[rel="self"]'), 'href')).toBe('/groups/virt/feed.xml');
    expect(attribute(doc.querySelector('feed > link[rel="alternate"]'), 'href')).toBe('/groups/virt/');
    const [wrapUp, second, first] = entries(doc);
    expect(child(first!, 'summary')!.textContent).toBe('Attended by Lars Kurth and George Dunlap. 2 actions raised, 0 closed.');
    expect(child(second!, 'summary')!.textContent).toBe('Attended by George Dunlap and Karanbir Singh. Regrets: Lars Kurth. 0 actions raised, 1 closed.');
    // The scribe writes the minutes; without one the group is the author.
    expect(texts(first!, 'author > name')).toEqual(['Lars Kurth']);
    expect(texts(wrapUp!, 'author > name')).toEqual(['Virt SIG']);
    // The content is the meeting's HTML, carried as escaped text.
    expect(child(first!, 'content')!.getAttribute('type')).toBe('html');
    expect(child(first!, 'content')!.textContent).toBe(group.meetings[0]!.html);
  });

  it('prefixes titles with the group name in the feed of all groups', () => {
    const doc = parse(minutesFeed(virtWiki()));
    expect(texts(doc, 'entry > title')[0]).toBe('Virt SIG: Virt wrap-up');
    expect(texts(doc, 'entry > title')[1]).toBe('Virt SIG, 22 April 2014');
  });

  it('makes every link absolute against the site url, keeping its path', () => {
    const wiki = virtWiki(`${SITE}url: https://minutes.example.org/sub/\n`);
    const doc = parse(minutesFeed(wiki));
    expect(attribute(doc.querySelector('feed > link[rel="self"]'), 'href')).toBe('https://minutes.example.org/sub/feed.xml');
    const first = entries(doc).at(-1)!;
    expect(attribute(child(first, 'link'), 'href')).toBe('https://minutes.example.org/sub/groups/virt/2014-04-11/');
    expect(child(first, 'id')!.textContent).toBe('tag:minutes.example.org,2014:sub/virt/2014-04-11');
    expect(first.querySelector('author > uri')!.textContent).toBe('https://minutes.example.org/sub/people/lars-kurth/');
    const content = parseHtml(child(first, 'content')!.textContent!);
    const hrefs = [...content.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/minutes\.example\.org\/sub\//);
    expect(hrefs).toContain('https://minutes.example.org/sub/slides/');
  });

  it('puts the base path in every link: after the host with a site url, root-relative without', () => {
    // --base-path wins over the url's own path; the two never add up, and ids keep the url's.
    const withUrl = parse(minutesFeed(virtWiki(`${SITE}url: https://minutes.example.org/sub/\n`), undefined, '/minutes/'));
    expect(attribute(withUrl.querySelector('feed > link[rel="self"]'), 'href')).toBe('https://minutes.example.org/minutes/feed.xml');
    expect(child(entries(withUrl).at(-1)!, 'id')!.textContent).toBe('tag:minutes.example.org,2014:sub/virt/2014-04-11');
    const withoutUrl = parse(minutesFeed(virtWiki(), undefined, '/minutes/'));
    expect(attribute(withoutUrl.querySelector('feed > link[rel="self"]'), 'href')).toBe('/minutes/feed.xml');
    for (const doc of [withUrl, withoutUrl]) {
      const links = [...doc.querySelectorAll('link')].map((link) => attribute(link, 'href')!);
      const uris = texts(doc, 'uri') as string[];
      const inContent = entries(doc).flatMap((entry) => [...parseHtml(child(entry, 'content')!.textContent!).querySelectorAll('a')].map((a) => a.getAttribute('href')!));
      expect(inContent).toContain(doc === withUrl ? 'https://minutes.example.org/minutes/slides/' : '/minutes/slides/');
      for (const href of [...links, ...uris, ...inContent.filter((href) => !href.startsWith('#'))]) {
        expect(href).toMatch(doc === withUrl ? /^https:\/\/minutes\.example\.org\/minutes\/(?!minutes\/)/ : /^\/minutes\/(?!minutes\/)/);
      }
    }
    const wiki = virtWiki();
    const person = parse(personActionsFeed(wiki, wiki.people.find((candidate) => candidate.id === 'george-dunlap')!, '/minutes/'));
    expect([...person.querySelectorAll('link')].map((link) => attribute(link, 'href'))).toEqual(
      expect.arrayContaining(['/minutes/people/george-dunlap/actions.xml', '/minutes/people/george-dunlap/', '/minutes/groups/virt/2014-04-11/#virt-20140411-2']),
    );
  });

  it('keeps entry ids when older minutes are added', () => {
    const before = parse(minutesFeed(virtWiki()));
    const id = texts(before, 'entry > id').at(-1);
    const { wiki } = buildVirt({
      '2013-01-08.md': minutes('date: 2013-01-08'),
      '2014-04-11.md': minutes('date: 2014-04-11'),
    });
    expect(texts(parse(minutesFeed(wiki)), 'entry > id')).toContain(id);
  });

  it('holds the newest 50 meetings', () => {
    const files: Record<string, string> = {};
    for (let day = 1; day <= 60; day += 1) {
      const date = new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10);
      files[`${date}.md`] = minutes(`date: ${date}`);
    }
    const { wiki } = buildVirt(files, '2020-06-01');
    const doc = parse(minutesFeed(wiki));
    expect(entries(doc)).toHaveLength(50);
    expect(texts(doc, 'entry > updated')[0]).toBe('2020-02-29T00:00:00Z');
    expect(texts(doc, 'entry > updated').at(-1)).toBe('2020-01-11T00:00:00Z');
  });

  it('is a valid feed with no meetings', () => {
    const { wiki } = buildVirt({}, '2014-06-01');
    const doc = parse(minutesFeed(wiki));
    expect(entries(doc)).toHaveLength(0);
    expect(child(doc.documentElement, 'updated')!.textContent).toBe('2014-06-01T00:00:00Z');
  });

  it('escapes <, & and quotes in titles, names and summaries', () => {
    const wiki = virtWiki(SITE, 'name: "Virt <SIG> & \\"friends\\" \'n\' co"\nactionPrefix: virt\n');
    const xml = minutesFeed(wiki, wiki.groups[0]);
    expect(xml).toContain('Virt &lt;SIG&gt; &amp; &quot;friends&quot; &apos;n&apos; co');
    const doc = parse(xml);
    expect(child(doc.documentElement, 'title')!.textContent).toBe('Virt <SIG> & "friends" \'n\' co: minutes');
    expect(texts(doc, 'entry > author > name')).toContain('Virt <SIG> & "friends" \'n\' co');
  });

  it('round-trips arbitrary titles and names through an XML parser', () => {
    const wiki = virtWiki();
    const meeting = wiki.meetings.find((candidate) => candidate.slug === '2014-04-11')!;
    const scribe = meeting.scribe[0]!;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (title, name) => {
        meeting.title = title;
        scribe.name = name;
        const xml = minutesFeed(wiki, meeting.group);
        expect(wellFormedProblems(xml)).toEqual([]);
        const entry = entries(parseXml(xml)).at(-1)!;
        expect(child(entry, 'title')!.textContent).toBe(xmlSafe(title));
        expect(entry.querySelector('author > name')!.textContent).toBe(name);
      }),
      { numRuns: 150 },
    );
  });
});

describe('personActionsFeed', () => {
  it('lists open and closed actions, most recently changed first, linking to each action', () => {
    const wiki = virtWiki();
    const george = wiki.people.find((person) => person.id === 'george-dunlap')!;
    expect(personFeedPath(george)).toBe('/people/george-dunlap/actions.xml');
    const doc = parse(personActionsFeed(wiki, george));
    expect(texts(doc, 'entry > title')).toEqual(['Dropped: book a room']);
    expect(texts(doc, 'entry > updated')).toEqual(['2014-05-06T00:00:00Z']);
    expect(attribute(doc.querySelector('entry > link'), 'href')).toBe('/groups/virt/2014-04-11/#virt-20140411-2');
    expect([...doc.querySelectorAll('entry > category')].map((element) => element.getAttribute('term'))).toEqual(['dropped', 'virt']);
    expect(child(entries(doc)[0]!, 'summary')!.textContent).toBe(
      'virt-20140411-2, raised at Virt SIG, 11 April 2014 on 11 April 2014. Owners: George Dunlap. Dropped at Virt wrap-up on 6 May 2014: no longer needed.',
    );
  });

  it('dates an open action by its raising meeting and marks it overdue', () => {
    const { wiki } = buildVirt({
      '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KB: first (due 2014-05-01)\n'),
      '2014-04-22.md': minutes('date: 2014-04-22', '\n- ACTION KB: second\n\nDONE virt-20140411-1\n'),
      '2014-05-06.md': minutes('date: 2014-05-06', '\n- ACTION KB: third (due 2014-05-02)\n'),
    });
    const kb = wiki.people.find((person) => person.id === 'karanbir-singh')!;
    const doc = parse(personActionsFeed(wiki, kb));
    expect(texts(doc, 'entry > title')).toEqual(['Overdue: third', 'Done: first', 'Open: second']);
    expect(texts(doc, 'entry > updated')).toEqual(['2014-05-06T00:00:00Z', '2014-04-22T00:00:00Z', '2014-04-22T00:00:00Z']);
    const ids = texts(doc, 'entry > id');
    expect(new Set(ids).size).toBe(3);
    expect(ids[1]).toBe('tag:sigwiki,2014:virt/actions/virt-20140411-1');
    expect(child(doc.documentElement, 'updated')!.textContent).toBe('2014-05-06T00:00:00Z');
  });

  it('is a valid feed for a person without actions', () => {
    const wiki = virtWiki();
    const lars = wiki.people.find((person) => person.id === 'lars-kurth')!;
    const doc = parse(personActionsFeed(wiki, lars));
    expect(entries(doc)).toHaveLength(0);
    expect(child(doc.documentElement, 'title')!.textContent).toBe('Actions of Lars Kurth');
  });
});
