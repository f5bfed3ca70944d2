// The real build of the example wiki for a site served under /minutes/, as a GitHub project site is.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../calendar/helpers/expand-ics.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { htmlPages, page, resolveLink } from '../helpers/site-files.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

const BASE = '/minutes/';
let work: string;
let out: string;
let run: CliRun;
let fromUrl: TempWiki;
let fromUrlRun: CliRun;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sigwiki-subpath-'));
  out = path.join(work, '_site');
  run = runCli(['build', '--base-path', 'minutes', '--output', out]);
  // No --base-path: the path of url: is the base path.
  fromUrl = tempWiki();
  fromUrl.edit('content/sigwiki.yaml', (text) => `${text}url: https://org.github.io/minutes/\n`);
  fromUrlRun = runCli(['build'], { cwd: fromUrl.dir });
}, 120_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  fromUrl?.remove();
});

/** Every file below `dir` whose name ends with `extension`, as site paths. */
function files(dir: string, extension: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith(extension)).map((name) => `/${name}`);
}

describe('sigwiki build --base-path /minutes/', () => {
  it('builds and says where the site is to be served', () => {
    expect(run.stderr).toMatch(/Built .* to be served under \/minutes\/: 3 groups, 5 meetings/);
    expect(run.status).toBe(0);
  });

  it('gives every internal link, source and form action of every page the base path, and each resolves', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const sitePath of htmlPages(out)) {
      const doc = page(out, sitePath);
      for (const element of doc.querySelectorAll('[href], [src], [action]')) {
        for (const attribute of ['href', 'src', 'action']) {
          const value = element.getAttribute(attribute);
          if (value === null || /^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
          checked++;
          // A link within the page needs its anchor; every other link is root-relative under /minutes/.
          const absolute = value.startsWith('#') ? `${BASE}${sitePath.slice(1).replace(/index\.html$/, '')}${value}` : value;
          if (!absolute.startsWith(BASE)) {
            problems.push(`${sitePath}: ${attribute}="${value}" is outside ${BASE}`);
            continue;
          }
          const target = resolveLink(out, absolute, BASE);
          if (!target) {
            problems.push(`${sitePath}: ${attribute}="${value}" resolves to no file`);
            continue;
          }
          const anchor = absolute.split('#')[1];
          if (anchor && !page(out, target).getElementById(anchor)) problems.push(`${sitePath}: ${attribute}="${value}" has no #${anchor}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('styles and links the 404 page from the base path, whatever depth it is shown at', () => {
    const doc = page(out, '/404.html');
    expect(doc.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe('/minutes/assets/style.css');
    const links = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href')!);
    expect(links).toEqual(expect.arrayContaining(['/minutes/', '/minutes/groups/', '/minutes/people/', '/minutes/groups/centos-virt/']));
    expect(links.filter((href) => !href.startsWith('/minutes/'))).toEqual([]);
  });

  it('loads scripts from the base path only, and the search script finds pagefind from its own address', () => {
    const scripts = htmlPages(out).flatMap((sitePath) => [...page(out, sitePath).querySelectorAll('script')].map((script) => script.getAttribute('src')));
    expect(new Set(scripts)).toEqual(new Set(['/minutes/assets/theme.js', '/minutes/assets/search.js', '/minutes/assets/next-meeting.js', '/minutes/assets/action-filter.js']));
    const search = readFileSync(path.join(out, 'assets/search.js'), 'utf8');
    expect(search).not.toMatch(/['"]\/pagefind\//);
    expect(search).toContain('import.meta.url');
  });

  it('puts the base path in every link of every feed, and each resolves', () => {
    const feeds = files(out, '.xml');
    expect(feeds.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const feed of feeds) {
      const xml = readFileSync(path.join(out, feed), 'utf8');
      const links = [...xml.matchAll(/<link [^>]*href="([^"]*)"/g), ...xml.matchAll(/<uri>([^<]*)<\/uri>/g)].map((match) => match[1]!);
      for (const link of links) if (!resolveLink(out, link, BASE)) problems.push(`${feed}: ${link}`);
      // Links inside entry content are escaped HTML.
      for (const match of xml.matchAll(/href=&quot;(\/[^&]*)&quot;/g)) if (!match[1]!.startsWith(BASE)) problems.push(`${feed} content: ${match[1]}`);
    }
    expect(problems).toEqual([]);
  });

  it('says in the JSON exports where the site paths are served', () => {
    const meetings = JSON.parse(readFileSync(path.join(out, 'data/meetings.json'), 'utf8')) as { site: { url: string | null; basePath: string }; meetings: { url: string }[] };
    expect(meetings.site).toMatchObject({ url: null, basePath: BASE });
    for (const meeting of meetings.meetings) expect(resolveLink(out, meetings.site.basePath + meeting.url.slice(1), BASE), meeting.url).toBeDefined();
  });

  it('refuses a base path that is not a path, as wrong usage, before reading anything', () => {
    const refused = runCli(['build', '--base-path', 'https://org.github.io/minutes/', '--output', path.join(work, 'never')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('sigwiki build: --base-path "https://org.github.io/minutes/" is a URL; give only its path, such as /minutes/');
    expect(readdirSync(work)).not.toContain('never');
  });
});

describe('a url: whose path cannot be a base path', () => {
  it('is an error in check and in build, at its line, and nothing is built', () => {
    const odd = tempWiki();
    try {
      odd.edit('content/sigwiki.yaml', (text) => `${text}url: https://org.github.io/a(b)/\n`);
      const line = odd.read('content/sigwiki.yaml').trimEnd().split('\n').length;
      const checked = runCli(['check'], { cwd: odd.dir });
      expect(checked.status).toBe(1);
      expect(checked.stderr).toMatch(new RegExp(`content/sigwiki.yaml\\n  ${line}:6 +error +\`url\`: the site url must be an address whose path can hold the site`));
      const refused = runCli(['build'], { cwd: odd.dir });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`${line}:6`);
      expect(refused.stderr).toContain('Nothing was built: fix the errors above. _site/ is unchanged.');
      expect(readdirSync(odd.dir)).not.toContain('_site');
    } finally {
      odd.remove();
    }
  });
});

describe('sigwiki build with url: https://org.github.io/minutes/ and no --base-path', () => {
  it('serves the pages under the path of url:', () => {
    expect(fromUrlRun.stderr).toMatch(/to be served under \/minutes\//);
    expect(fromUrlRun.status).toBe(0);
    const site = path.join(fromUrl.dir, '_site');
    const home = page(site, '/');
    expect(home.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe('/minutes/assets/style.css');
    for (const a of home.querySelectorAll('a[href^="/"]')) expect(resolveLink(site, a.getAttribute('href')!, BASE), a.getAttribute('href')!).toBeDefined();
  });

  it('makes absolute links in feeds, calendars and subscribe links with the path once', () => {
    const site = path.join(fromUrl.dir, '_site');
    const feed = readFileSync(path.join(site, 'groups/example-wg/feed.xml'), 'utf8');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://org.github.io/minutes/groups/example-wg/feed.xml"/>');
    expect(feed).not.toContain('minutes/minutes');
    const calendar = parseIcs(readFileSync(path.join(site, 'groups/example-wg/meetings.ics'), 'utf8'));
    const urls = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('url')));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toBe('https://org.github.io/minutes/groups/example-wg/');
    const subscribe = [...page(site, '/groups/example-wg/').querySelectorAll('a[href^="webcal:"]')].map((a) => a.getAttribute('href'));
    expect(subscribe).toEqual(['webcal://org.github.io/minutes/groups/example-wg/meetings.ics']);
    const meetings = JSON.parse(readFileSync(path.join(site, 'data/meetings.json'), 'utf8')) as { site: { url: string; basePath: string } };
    expect(meetings.site).toMatchObject({ url: 'https://org.github.io/minutes/', basePath: BASE });
  });
});
