// Hostile minutes in a real browser: raw HTML stays text on the page and in search results.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { serveStatic } from '../helpers/static-server.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

const HOSTILE = `
Zebrafish note <img src=x onerror="document.title='pwned'"> and <script>document.title='pwned'</script> zebrafish.
`;

let wiki: TempWiki;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  wiki = tempWiki();
  // Built once before the edit, so that the search below runs on a rebuilt index: one that
  // reused the unchanged files of the previous one (see seedSearchIndex).
  const first = runCli(['build'], { cwd: wiki.dir });
  if (first.status !== 0) throw new Error(first.stderr);
  // Raw HTML is a warning, so the site builds and we can look at what it made of it.
  wiki.edit('content/groups/mirageos/2016-02-17.md', (text) => `${text}${HOSTILE}`);
  const build = runCli(['build'], { cwd: wiki.dir });
  if (build.status !== 0) throw new Error(build.stderr);
  server = await serveStatic(path.join(wiki.dir, '_site'));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  wiki.remove();
});

describe('untrusted content in the browser', () => {
  it('shows raw HTML in minutes as text, and runs none of it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/groups/mirageos/2016-02-17/`);
    expect(await page.title()).not.toContain('pwned');
    expect(await page.locator('.minutes img, .minutes script').count()).toBe(0);
    expect(await page.locator('.minutes').textContent()).toContain('<img src=x onerror=');
    await page.close();
  });

  it('keeps it as text in search excerpts too', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/?q=zebrafish`);
    await page.locator('#search-results li').first().waitFor({ timeout: 40_000 });
    expect(await page.title()).not.toContain('pwned');
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(await page.locator('#search-results p').first().textContent()).toContain('<img src=x');
    // Pages that did not change are still found through the reused files.
    await page.goto(`${server.url}/search/?q=Bluejeans`);
    await page.locator('#search-results').getByRole('link', { name: 'VIRT SIG Meeting Minutes [11/04]', exact: true }).waitFor({ timeout: 40_000 });
    await page.close();
  });

  it('refuses a script link at build time', () => {
    wiki.edit('content/groups/mirageos/2016-02-17.md', (text) => `${text}\n[a link](javascript:alert(1))\n`);
    const build = runCli(['build', '--output', '_other'], { cwd: wiki.dir });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('content-unsafe-link');
  });
});
