#!/usr/bin/env node
// Full-page screenshots of every page kind of a built site, at 390 and 1280 px, light and dark.
// Usage: node scripts/screenshots.mjs [--site _site] [--out screenshots] [--only calendar,search]
// Serves the site on 127.0.0.1 itself and drives Debian's chromium through playwright-core,
// as the browser tests do. The output folder is git-ignored; look at every image after a
// change to the layouts.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: '_site' },
    out: { type: 'string', default: 'screenshots' },
    only: { type: 'string' },
    // The clock the pages' scripts see; the site is best shot as of the day it was built for.
    clock: { type: 'string' },
    // Also save the page in slices this many pixels high, which an image viewer shows unshrunk.
    slice: { type: 'string' },
  },
});

/** Page kind → path, and what to do on the page before the shot (for typed search). */
const PAGES = [
  ['home', '/'],
  ['groups-index', '/groups/'],
  ['group', '/groups/example-wg/'],
  ['group-old', '/groups/centos-virt/'],
  ['meeting-short', '/groups/mirageos/2016-02-17/'],
  ['meeting-long', '/groups/centos-virt/2014-04-11/'],
  ['meeting-review', '/groups/example-wg/2026-09-29/'],
  ['person', '/people/lars-kurth/'],
  ['person-few', '/people/robin-placeholder/'],
  ['people-index', '/people/'],
  ['actions', '/actions/'],
  ['actions-filtered', '/actions/?group=example-wg&overdue=1'],
  ['year', '/groups/example-wg/2026/'],
  ['calendar', '/calendar/'],
  ['search', '/search/', async (page) => {
    await page.locator('input[type="search"]').first().fill('virtualization');
    await page.locator('.search-results li, .pagefind-ui__result').first().waitFor({ timeout: 10_000 }).catch(() => {});
    await page.waitForTimeout(500);
  }],
  ['404', '/no-such-page/'],
];
const WIDTHS = [390, 1280];
const THEMES = ['light', 'dark'];

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.ics': 'text/calendar', '.xml': 'application/atom+xml' };
const root = path.resolve(values.site);
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No built site at ${root}: run \`npm run build\` first, or pass --site.`);
  process.exit(1);
}
const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  const found = existsSync(file);
  if (!found) file = path.join(root, '404.html');
  response.writeHead(found ? 200 : 404, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.SIGWIKI_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
mkdirSync(values.out, { recursive: true });
const only = values.only?.split(',');
try {
  for (const [kind, sitePath, prepare] of PAGES) {
    if (only && !only.includes(kind)) continue;
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const context = await browser.newContext({ viewport: { width, height: 844 }, colorScheme: theme, timezoneId: 'Europe/London' });
        const page = await context.newPage();
        if (values.clock) await page.clock.setFixedTime(new Date(values.clock));
        await page.goto(`${base}${sitePath}`, { waitUntil: 'networkidle' });
        if (prepare) await prepare(page);
        const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - innerWidth);
        const file = path.join(values.out, `${kind}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (values.slice) {
          const step = Number(values.slice);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < height; y += step, n += 1) {
            await page.screenshot({ path: file.replace(/\.png$/, `.${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(step, height - y) } });
          }
        }
        console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow} px)` : ''}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
