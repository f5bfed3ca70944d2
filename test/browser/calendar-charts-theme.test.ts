// Issue 15 in a real Chromium: the calendar in the reader's zone and as an agenda on a phone, chart
// labels readable at phone and desktop widths, and the remembered theme toggle.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/browser.js';
import { exampleSiteInBrowser } from '../helpers/example-site.js';

// Built as of 2026-11-23 (runCli's default).
const site = exampleSiteInBrowser('sigwiki-calendar-');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function open(
  sitePath: string,
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean; timezoneId?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    timezoneId: options.timezoneId,
    colorScheme: options.colorScheme,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-23T15:00:00Z'));
  await page.goto(`${site.server.url}${sitePath}`);
  return page;
}

/** The text of a month-grid cell's meetings, by the cell's date. */
const cellText = (page: Page, date: string) => page.locator(`table.month td[data-date="${date}"]:not(.other-month)`).innerText();

describe('calendar', () => {
  it('shows each meeting at the reader\'s New York time, labelled, in the list and the grid', async () => {
    const page = await open('/calendar/', { timezoneId: 'America/New_York' });
    const list = page.locator('.calendar-list li');
    // The seed group meets in New York: its next meeting, 24 November, 11:00 there.
    const example = list.filter({ hasText: 'Example Working Group' }).first();
    expect(await example.locator('time').innerText()).toBe('Tue 24 Nov, 11:00–12:00 your time (New York)');
    // A London group's 14:00 is 09:00 in New York, and says both.
    const centos = list.filter({ hasText: 'CentOS Virtualization SIG' }).first();
    expect(await centos.locator('time').innerText()).toBe('Tue 1 Dec, 09:00–10:00 your time (New York); 14:00–15:00 in London');
    expect(await cellText(page, '2026-11-24')).toContain('11:00 New York');
    expect(await cellText(page, '2026-12-01')).toContain('09:00 New York');
    expect(await page.locator('.calendar-zone').innerText()).toContain('America/New_York');
    await page.context().close();
  });

  it('moves a meeting to the day it falls on in the reader\'s zone', async () => {
    // The moved Example meeting, Wed 9 December 15:00 in New York, is Thursday 05:00 in Tokyo.
    const page = await open('/calendar/', { timezoneId: 'Asia/Tokyo' });
    expect(await cellText(page, '2026-12-10')).toContain('05:00 Tokyo');
    expect(await cellText(page, '2026-12-10')).toContain('Example Working Group');
    expect(await cellText(page, '2026-12-09')).not.toContain('Example Working Group');
    await page.context().close();
  });

  it('labels each time with its group\'s zone without JavaScript, and opens on a month with meetings', async () => {
    const page = await open('/calendar/', { javaScriptEnabled: false });
    expect(await cellText(page, '2026-12-01')).toContain('14:00 London');
    expect(await cellText(page, '2026-11-24')).toContain('11:00 New York');
    const first = page.locator('table.month').first();
    expect(await first.locator('.month-meeting').count()).toBeGreaterThan(0);
    // Its first week is the first meeting's (24 Nov): no empty weeks already past above it.
    expect(await first.locator('tbody tr').first().locator('td').first().getAttribute('data-date')).toBe('2026-11-23');
    await page.context().close();
  });

  it('is an agenda with group names on a phone, not a grid', async () => {
    const page = await open('/calendar/', { viewport: PHONE, timezoneId: 'America/New_York' });
    expect(await page.locator('table.month').first().isVisible()).toBe(false);
    const first = page.locator('.calendar-list li').first();
    expect(await first.isVisible()).toBe(true);
    expect(await first.innerText()).toMatch(/^Tue 24 Nov, 11:00–12:00 your time \(New York\)\s+Example Working Group/);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});

describe('charts', () => {
  // Every label of every chart, as drawn: its box height and its font size in CSS px.
  const labelSizes = (page: Page) =>
    page.locator('svg.chart').evaluateAll((charts) =>
      charts.flatMap((chart) =>
        [...chart.querySelectorAll('text')].map((text) => ({
          text: text.textContent,
          height: text.getBoundingClientRect().height,
          fontPx: Number(text.getAttribute('font-size')) * (chart as SVGSVGElement).getScreenCTM()!.a,
        })),
      ),
    );

  for (const viewport of [PHONE, DESKTOP]) {
    it(`labels are at least 11 px at ${viewport.width} px, on group and person pages`, async () => {
      for (const sitePath of ['/groups/centos-virt/', '/groups/example-wg/', '/people/lars-kurth/']) {
        const page = await open(sitePath, { viewport });
        const sizes = await labelSizes(page);
        expect(sizes.length, sitePath).toBeGreaterThan(3);
        for (const size of sizes) {
          expect(size.fontPx, `"${size.text}" on ${sitePath}`).toBeGreaterThanOrEqual(11);
          expect(size.height, `"${size.text}" on ${sitePath}`).toBeGreaterThanOrEqual(11);
        }
        await page.context().close();
      }
    });
  }

  it('spreads the attendance bars over the chart, and starts the actions axis at 2014 for 2014 data', async () => {
    const page = await open('/groups/example-wg/');
    const spread = await page.locator('svg.chart--attendance').evaluate((chart) => {
      const box = chart.getBoundingClientRect();
      const bars = [...chart.querySelectorAll('rect.chart-bar')].map((bar) => bar.getBoundingClientRect());
      return { count: bars.length, rightmost: (Math.max(...bars.map((bar) => bar.right)) - box.left) / box.width };
    });
    expect(spread.count).toBe(3);
    expect(spread.rightmost).toBeGreaterThan(0.8);
    await page.goto(page.url().replace('/groups/example-wg/', '/groups/centos-virt/'));
    const years = await page.locator('svg.chart--actions text').allTextContents();
    expect(years.filter((text) => /^\d{4}$/.test(text))[0]).toBe('2014');
    await page.context().close();
  });
});

describe('theme toggle', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const LIGHT_BG = 'rgb(253, 253, 252)';
  const DARK_BG = 'rgb(22, 24, 27)';

  it('offers light, dark and system, and remembers the choice across pages', async () => {
    const page = await open('/groups/example-wg/', { colorScheme: 'light' });
    const toggle = page.getByLabel('Theme');
    expect(await toggle.inputValue()).toBe('system');
    expect(await toggle.locator('option').allTextContents()).toEqual(['System', 'Light', 'Dark']);
    expect(await background(page)).toBe(LIGHT_BG);
    await toggle.selectOption('dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.goto(page.url().replace('/groups/example-wg/', '/calendar/'));
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
    // Back to the system's: nothing stored, the system's light again.
    await page.getByLabel('Theme').selectOption('system');
    await page.reload();
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem('sigwiki-theme'))).toBeNull();
    await page.context().close();
  });

  it('chooses light over a dark system', async () => {
    const page = await open('/', { colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_BG);
    await page.getByLabel('Theme').selectOption('light');
    expect(await background(page)).toBe(LIGHT_BG);
    await page.context().close();
  });

  it('applies a stored theme from a blocking script in the head, before the page is drawn', async () => {
    const page = await open('/');
    const first = await page.evaluate(() => {
      const script = document.head.querySelector('script');
      return script && { src: script.getAttribute('src'), defer: script.defer, async: script.async, type: script.type, beforeBody: !!script.closest('head') };
    });
    expect(first).toEqual({ src: '/assets/theme.js', defer: false, async: false, type: '', beforeBody: true });
    await page.context().close();
  });

  it('shows no toggle without JavaScript, and the page follows the system', async () => {
    const page = await open('/', { javaScriptEnabled: false, colorScheme: 'dark' });
    expect(await page.locator('.theme-toggle, select').count()).toBe(0);
    expect(await background(page)).toBe(DARK_BG);
    await page.context().close();
  });

  it('passes axe-core with each chosen theme against the other system scheme', async () => {
    for (const [chosen, system] of [['dark', 'light'], ['light', 'dark']] as const) {
      for (const sitePath of ['/', '/groups/centos-virt/', '/calendar/', '/actions/']) {
        const page = await open(sitePath, { colorScheme: system });
        await page.getByLabel('Theme').selectOption(chosen);
        expect(await axeViolations(page), `${sitePath}: ${chosen} chosen, system ${system}`).toEqual([]);
        await page.context().close();
      }
    }
    // Eight axe runs: a minute is not enough on a 2-core machine shared with other test runs.
  }, 240_000);
});
