// The example wiki in a real browser: navigation, search, accessibility, no-JavaScript, screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { ROOT } from '../helpers/run-cli.js';
import { exampleSiteInBrowser } from '../helpers/example-site.js';

// Built as of 2026-11-23 (runCli's default), with the search index in parts of 10 pages (28
// pages: three parts), so every search here goes through the merging of a large wiki's parts.
const site = exampleSiteInBrowser('sigwiki-browser-', { SIGWIKI_SEARCH_PART_PAGES: '10' });

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; width?: number; timezoneId?: string; clock?: string } = {},
): Promise<Page> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1200, height: 900 },
    timezoneId: options.timezoneId,
  });
  const page = await context.newPage();
  if (options.clock) await page.clock.setFixedTime(new Date(options.clock));
  await page.goto(`${site.server.url}${path}`);
  return page;
}

describe('navigation', () => {
  it('follows home → group → meeting → person → action anchor', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'CentOS Virtualization SIG' }).first().click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('CentOS Virtualization SIG');
    await page.getByRole('region', { name: 'Minutes' }).getByRole('link', { name: '11 April 2014', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('VIRT SIG Meeting Minutes [11/04]');
    await page.locator('.facts').getByRole('link', { name: 'Karanbir Singh' }).click();
    expect(new URL(page.url()).pathname).toBe('/people/karanbir-singh/');
    await page.getByRole('link', { name: 'virt-20140411-1', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#virt-20140411-1');
    expect(await page.locator('#virt-20140411-1').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('search', () => {
  it('finds a meeting from the header search box and opens the result', async () => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: 'Search the minutes' }).fill('Bluejeans');
    await page.getByRole('button', { name: 'Search' }).click();
    const result = page.locator('#search-results').getByRole('link', { name: 'VIRT SIG Meeting Minutes [11/04]', exact: true });
    // The first query loads pagefind's WebAssembly and index: slow on a busy machine.
    await result.waitFor({ timeout: 40_000 });
    await result.click();
    await page.waitForURL(/\/groups\/centos-virt\/2014-04-11\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('VIRT SIG Meeting Minutes [11/04]');
    await page.context().close();
  });

  it('finds people by name, and actions only on the meetings that raised them', async () => {
    const page = await open('/search/?q=Karanbir');
    const person = page.locator('#search-results').getByRole('link', { name: 'Karanbir Singh', exact: true });
    await person.waitFor({ timeout: 40_000 });
    expect(await person.getAttribute('href')).toMatch(/^\/people\/karanbir-singh\/?$/);

    await page.goto(`${page.url().split('/search/')[0]}/search/?q=conferencing`);
    await page.locator('#search-results li').first().waitFor({ timeout: 40_000 });
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.some((href) => href?.startsWith('/groups/centos-virt/2014-04-11'))).toBe(true);
    expect(hrefs.some((href) => href?.startsWith('/people/'))).toBe(false);
    await page.context().close();
  });

  it('counts and filters by group across all parts of the index', async () => {
    const page = await open('/search/?q=minutes');
    await page.locator('#search-results li').first().waitFor({ timeout: 40_000 });
    // The same module search.js loaded, with the other parts already merged into it.
    // A string, so the test runner leaves its dynamic import alone.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
      const filters = await pagefind.filters();
      const virt = await pagefind.search('minutes', { filters: { group: 'CentOS Virtualization SIG' } });
      const urls = await Promise.all(virt.results.map(async (result) => (await result.data()).url));
      return { filters, urls };
    })()`)) as { filters: { group: Record<string, number> }; urls: string[] };
    expect(await page.evaluate(() => fetch('/pagefind/sigwiki-parts.json').then((answer) => answer.json()))).toEqual({ parts: ['pagefind-1/', 'pagefind-2/'] });
    // Five meetings in all, in the last part; people and groups carry no group filter.
    expect(Object.values(found.filters.group).reduce((sum, count) => sum + count, 0)).toBe(5);
    expect(found.urls.length).toBeGreaterThan(0);
    for (const url of found.urls) expect(url).toMatch(/^\/groups\/centos-virt\/\d{4}-\d{2}-\d{2}/);
    await page.context().close();
  });

  it('explains itself without JavaScript', async () => {
    const page = await open('/search/?q=Bluejeans', { javaScriptEnabled: false });
    expect(await page.locator('#search-status').textContent()).toContain('needs JavaScript');
    await page.context().close();
  });
});

describe('next meeting', () => {
  // The site was built as of 23 Nov 2026. Example WG meets Tue 24 Nov 11:00 New York (16:00 UTC),
  // then Wed 9 Dec 15:00 New York (moved from 8 Dec).
  it('shows the next meeting in the reader\'s own time zone', async () => {
    const page = await open('/groups/example-wg/', { timezoneId: 'Asia/Kolkata', clock: '2026-11-23T12:00:00Z' });
    expect(await page.locator('.next-meeting-when').textContent()).toBe('Tue 24 Nov, 21:30–22:30 your time (Kolkata); 11:00–12:00 in New York');
    expect(await page.locator('.zones .your-time td').textContent()).toBe('Tue 24 Nov, 21:30');
    await page.context().close();
  });

  it('moves on to the following meeting on a page built weeks ago', async () => {
    const page = await open('/groups/example-wg/', { timezoneId: 'Europe/Berlin', clock: '2026-11-30T09:00:00Z' });
    expect(await page.locator('.next-meeting-when').textContent()).toBe('Wed 9 Dec, 21:00–22:00 your time (Berlin); 15:00–16:00 in New York');
    const home = await page.context().newPage();
    await home.goto(`${site.server.url}/`);
    expect(await home.locator('.next-meeting-when').allTextContents()).toContain('Wed 9 Dec, 21:00–22:00 your time (Berlin); 15:00–16:00 in New York');
    await page.context().close();
  });

  it('still names the next meeting, and its venue, on a page built months ago', async () => {
    // Built 23 Nov 2026; meetings every other Tuesday from 1 Sep 2026, venues in turn: the 17th
    // meeting, 13 Apr 2027, is at Jitsi. Six instants (all the page used to carry) end in January.
    const page = await open('/groups/example-wg/', { timezoneId: 'Europe/Berlin', clock: '2027-04-10T12:00:00Z' });
    expect(await page.locator('.next-meeting-when').textContent()).toBe('Tue 13 Apr, 17:00–18:00 your time (Berlin); 11:00–12:00 in New York');
    expect(await page.locator('.next-meeting-where').textContent()).toBe('. Join: Jitsi video call');
    const later = await open('/groups/example-wg/', { timezoneId: 'Europe/Berlin', clock: '2027-04-14T12:00:00Z' });
    expect(await later.locator('.next-meeting-where').textContent()).toBe('. Join: #example-wg on Libera.Chat');
    await page.context().close();
    await later.context().close();
  });

  it('says it does not know once its six months are over', async () => {
    const page = await open('/groups/example-wg/', { timezoneId: 'Europe/Berlin', clock: '2027-07-01T12:00:00Z' });
    expect(await page.locator('.next-meeting-when').textContent()).toBe('none in the dates this page knows; see the group page');
    await page.context().close();
  });

  it('shows the build-time answer, saying so, without JavaScript', async () => {
    const page = await open('/groups/example-wg/', { javaScriptEnabled: false });
    expect((await page.locator('.next-meeting').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      'Next meeting: Tue 24 Nov 2026, 11:00–12:00 America/New_York. Join: Jitsi video call (worked out when this page was built, 23 November 2026, 12:00 UTC)',
    );
    expect(await page.locator('.zones .your-time').isHidden()).toBe(true);
    await page.context().close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('would notice a violation (the check itself works)', async () => {
    const page = await open('/');
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="x.png"><a href="/"></a>'));
    const violations = await axeViolations(page);
    expect(violations.map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    await page.context().close();
  });

  it.each([
    ['home', '/'],
    ['groups', '/groups/'],
    ['group', '/groups/centos-virt/'],
    ['meeting', '/groups/centos-virt/2014-04-11/'],
    ['meeting with closes', '/groups/example-wg/2026-09-29/'],
    ['person', '/people/lars-kurth/'],
    ['people', '/people/'],
    ['actions', '/actions/'],
    ['search', '/search/'],
    ['calendar', '/calendar/'],
    ['404', '/no/such/page/'],
  ])('%s page has no violations', async (_kind, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(path);
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${path} in ${colorScheme} mode`).toEqual([]);
      await page.context().close();
    }
  });
});

describe('screenshots', () => {
  // Every page kind, on a phone and a desktop, light and dark: saved for people to look at, and
  // checked for what a test can see: nothing wider than the screen, no request that fails.
  const pages = {
    home: '/',
    groups: '/groups/',
    group: '/groups/example-wg/',
    'group-year': '/groups/centos-virt/2014/',
    meeting: '/groups/centos-virt/2014-04-11/',
    'meeting-closes': '/groups/example-wg/2026-09-29/',
    people: '/people/',
    person: '/people/lars-kurth/',
    actions: '/actions/',
    calendar: '/calendar/',
    search: '/search/?q=action',
    '404': '/no/such/page/',
  };
  it.each(Object.entries(pages))('%s page: phone and desktop, light and dark', async (name, sitePath) => {
    const out = path.join(ROOT, 'test-results/screenshots');
    mkdirSync(out, { recursive: true });
    for (const [device, width] of [['phone', 390], ['desktop', 1280]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme, timezoneId: 'Europe/London' });
        const page = await context.newPage();
        const failed: string[] = [];
        page.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
        page.on('response', (response) => {
          // The 404 page itself answers 404; nothing it asks for may.
          if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.url()} (${response.status()})`);
        });
        await page.goto(`${site.server.url}${sitePath}`);
        if (name === 'search') await page.locator('#search-results li').first().waitFor({ timeout: 40_000 });
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: path.join(out, `${name}-${device}-${colorScheme}.png`), fullPage: true });
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth), `${name} at ${width} px scrolls sideways`).toBe(true);
        expect(failed, `${name} at ${width} px`).toEqual([]);
        await context.close();
      }
    }
  });
});
