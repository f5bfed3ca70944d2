// The open-actions filter covers every page of the list, not only the 100 actions on the page
// it runs on (real Chromium over a built wiki with 130 + 3 open actions).
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { serveStatic } from '../helpers/static-server.js';
import { tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';

let wiki: TempWiki;
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  const many = Array.from({ length: 130 }, (_, i) => `- ACTION AL: task ${i + 1}`).join('\n');
  wiki = tempWikiFrom({
    'content/sigwiki.yaml': 'title: Busy wiki\n',
    'content/people.yaml': '- id: ada\n  name: Ada\n  aliases: [AL]\n- id: bo\n  name: Bo\n  aliases: [BO]\n',
    'content/groups/busy/group.yaml': 'name: Busy SIG\n',
    'content/groups/busy/2026-01-06.md': `---\ndate: 2026-01-06\nattendees: [ada]\n---\n\n${many}\n`,
    'content/groups/quiet/group.yaml': 'name: Quiet SIG\n',
    // Later than Ada's, with no due date: these sort onto page 2.
    'content/groups/quiet/2026-02-03.md': '---\ndate: 2026-02-03\nattendees: [bo]\n---\n\n- ACTION BO: first late task\n- ACTION BO: second late task\n- ACTION AL: a task in the quiet group\n',
  });
  const build = runCli(['build'], { cwd: wiki.dir });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
  server = await serveStatic(path.join(wiki.dir, '_site'));
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  wiki?.remove();
});

describe('open actions in pages', () => {
  it('finds the actions on the other pages when narrowed, and goes back to this page when cleared', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/actions/?owner=bo`);
    const texts = page.locator('.action-list > li:visible .action-text');
    await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor();
    expect(await texts.allTextContents()).toEqual(['first late task', 'second late task']);
    expect(await page.getByRole('status').textContent()).toBe('Showing 2 of 133 open actions.');
    expect(requests).toContain('/actions/2/');
    expect(await page.locator('.prev-next').isHidden()).toBe(true);

    await page.getByLabel('Group').selectOption('quiet');
    await page.getByLabel('Owner').selectOption('ada');
    await page.getByRole('status').filter({ hasText: 'Showing 1 of' }).waitFor();
    expect(await texts.allTextContents()).toEqual(['a task in the quiet group']);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ group: 'quiet', owner: 'ada' });

    await page.getByLabel('Group').selectOption('');
    await page.getByLabel('Owner').selectOption('');
    expect(await page.locator('.action-list > li').count()).toBe(100);
    expect(await page.locator('.prev-next').isVisible()).toBe(true);
    expect(await page.locator('.filter-status').textContent()).toBe('');
    await page.close();
  });

  it('narrows from the second page too, over all of them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/actions/2/?owner=ada&group=busy`);
    await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Showing 130 of 133 open actions.');
    expect(await page.locator('.action-list > li:visible').count()).toBe(130);
    await page.close();
  });
});
