// removePages: a serve rebuild removes the pages of meetings that are gone, and nothing outside the site.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { removePages } from '../../src/site/remove-pages.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('removes each page and its emptied folder, keeps folders holding other pages and never leaves the site', () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sigwiki-remove-pages-'));
  const site = path.join(dir, '_site');
  const page = (url: string) => {
    mkdirSync(path.join(site, url), { recursive: true });
    writeFileSync(path.join(site, url, 'index.html'), '<p>page</p>');
  };
  page('groups/virt/2014-04-11');
  page('groups/virt');
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(dir, 'outside', 'index.html'), 'not the site');
  removePages(site, ['/groups/virt/2014-04-11/', '/../outside/']);
  expect(existsSync(path.join(site, 'groups/virt/2014-04-11'))).toBe(false);
  expect(existsSync(path.join(site, 'groups/virt/index.html'))).toBe(true);
  expect(existsSync(path.join(dir, 'outside', 'index.html'))).toBe(true);
});
