// The example wiki built with --base-path /minutes/ and served under /minutes/ only, in Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { serveStatic } from '../helpers/static-server.js';

const BASE = '/minutes/';
let work: string;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sigwiki-subpath-browser-'));
  const build = runCli(['build', '--base-path', BASE, '--output', path.join(work, '_site')]);
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  server = await serveStatic(path.join(work, '_site'), { basePath: BASE });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A browser context that records every request it makes and every response that failed. */
async function recordingContext(options: { timezoneId?: string } = {}): Promise<{ context: BrowserContext; requests: string[]; failed: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, timezoneId: options.timezoneId });
  const requests: string[] = [];
  const failed: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('requestfailed', (request) => failed.push(`${request.url()} (${request.failure()?.errorText})`));
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
  });
  return { context, requests, failed };
}

/** The requests that left the site: another path on the host, or another host. */
function outsideTheSite(requests: string[]): string[] {
  return requests.filter((url) => /^https?:/.test(url) && !url.startsWith(`${server.url}${BASE}`));
}

describe('a site served under /minutes/', () => {
  it('redirects nowhere and styles the page: the stylesheet loads from the sub-path', async () => {
    const { context, requests, failed } = await recordingContext();
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${BASE}`);
    expect(response?.status()).toBe(200);
    expect(requests).toContain(`${server.url}${BASE}assets/style.css`);
    // The label of the header search box is hidden by the stylesheet, and shown without it.
    expect(await page.locator('label[for="site-search-q"]').evaluate((label) => getComputedStyle(label).position)).toBe('absolute');
    expect(await page.evaluate(() => [...document.styleSheets].reduce((sum, sheet) => sum + sheet.cssRules.length, 0))).toBeGreaterThan(20);
    expect(failed).toEqual([]);
    expect(outsideTheSite(requests)).toEqual([]);
    await context.close();
  });

  it('resolves every internal link and anchor of every page, reached from the home page', async () => {
    const { context, requests, failed } = await recordingContext();
    const page = await context.newPage();
    const seen = new Set<string>([`${server.url}${BASE}`]);
    const queue = [`${server.url}${BASE}`];
    /** Page address → the ids links expect on it, with where each link was. */
    const anchors = new Map<string, Map<string, string>>();
    const broken: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      if (response?.status() !== 200) {
        broken.push(`${url}: ${response?.status()}`);
        continue;
      }
      const links = await page.locator('a[href], link[href]').evaluateAll((elements) =>
        elements.map((element) => ({ raw: element.getAttribute('href')!, resolved: (element as HTMLAnchorElement).href })),
      );
      for (const { raw, resolved } of links) {
        const target = new URL(resolved);
        if (target.origin !== server.url) continue;
        if (!target.pathname.startsWith(BASE)) {
          broken.push(`${url}: ${raw} leaves ${BASE}`);
          continue;
        }
        const address = target.origin + target.pathname + target.search;
        if (target.hash) {
          if (!anchors.has(address)) anchors.set(address, new Map());
          anchors.get(address)!.set(decodeURIComponent(target.hash.slice(1)), `${url}: ${raw}`);
        }
        if (seen.has(address)) continue;
        seen.add(address);
        if (/\.(xml|json|ics|css|svg)$/.test(target.pathname)) {
          const fetched = await context.request.get(address);
          if (fetched.status() !== 200) broken.push(`${url}: ${raw} is ${fetched.status()}`);
        } else {
          queue.push(address);
        }
      }
    }
    let anchorCount = 0;
    for (const [address, ids] of anchors) {
      await page.goto(address);
      for (const [id, from] of ids) {
        anchorCount++;
        if ((await page.locator(`[id="${id}"]`).count()) === 0) broken.push(`${from}: no #${id} on ${address}`);
      }
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(40);
    expect(anchorCount).toBeGreaterThan(20);
    expect(failed).toEqual([]);
    expect(outsideTheSite(requests)).toEqual([]);
    await context.close();
  }, 240_000);

  it('finds a meeting from the header search box and opens the result', async () => {
    const { context, requests, failed } = await recordingContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${BASE}`);
    await page.getByRole('searchbox', { name: 'Search the minutes' }).fill('Bluejeans');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${server.url}${BASE}search/?q=Bluejeans`);
    const result = page.locator('#search-results').getByRole('link', { name: 'VIRT SIG Meeting Minutes [11/04]', exact: true });
    // The first query loads pagefind's WebAssembly and index: slow on a busy machine.
    await result.waitFor({ timeout: 40_000 });
    expect(await result.getAttribute('href')).toMatch(/^\/minutes\/groups\/centos-virt\/2014-04-11\/?$/);
    await result.click();
    await page.waitForURL(/\/minutes\/groups\/centos-virt\/2014-04-11\//);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('VIRT SIG Meeting Minutes [11/04]');
    // Every link of the results stays on the site, sub-results (sections of a page) too.
    await page.goBack();
    await result.waitFor({ timeout: 40_000 });
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) expect(href).toMatch(/^\/minutes\/(groups|people)\//);
    expect(requests.some((url) => url.startsWith(`${server.url}${BASE}pagefind/`))).toBe(true);
    expect(failed).toEqual([]);
    expect(outsideTheSite(requests)).toEqual([]);
    await context.close();
  });

  it('runs the next-meeting script', async () => {
    const { context, requests, failed } = await recordingContext({ timezoneId: 'Asia/Kolkata' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-23T12:00:00Z'));
    await page.goto(`${server.url}${BASE}groups/example-wg/`);
    expect(await page.locator('.next-meeting-when').textContent()).toBe('Tue 24 Nov, 21:30–22:30 your time (Kolkata); 11:00–12:00 in New York');
    expect(requests).toContain(`${server.url}${BASE}assets/next-meeting.js`);
    expect(failed).toEqual([]);
    expect(outsideTheSite(requests)).toEqual([]);
    await context.close();
  });

  it('shows a styled 404 page, deep in the sub-path, whose links lead back into the site', async () => {
    const { context, requests, failed } = await recordingContext();
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${BASE}no/such/deep/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.locator('label[for="site-search-q"]').evaluate((label) => getComputedStyle(label).position)).toBe('absolute');
    await page.locator('main').getByRole('link', { name: 'groups' }).click();
    await page.waitForURL(`${server.url}${BASE}groups/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Groups');
    // The only failure is the page that is not there.
    expect(failed).toEqual([`${server.url}${BASE}no/such/deep/page/ (404)`]);
    expect(outsideTheSite(requests)).toEqual([]);
    await context.close();
  });

  it('was never asked for anything outside /minutes/', () => {
    // The server's own record: Chromium's request for a favicon (made when a page names no icon,
    // so it would go to the host's /favicon.ico) does not show in playwright's request events.
    expect(server.outside).toEqual([]);
  });
});
