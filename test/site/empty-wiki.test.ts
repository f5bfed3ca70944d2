// A wiki with a group but no minutes yet must still build every index page, with no broken link.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';
import { htmlPages, page, resolveLink } from '../helpers/site-files.js';

let wiki: TempWiki;
let work: string;
let run: CliRun;

beforeAll(() => {
  wiki = tempWikiFrom({
    'content/sigwiki.yaml': 'title: A new wiki\n',
    'content/people.yaml': '- id: ada\n  name: Ada\n',
    'content/groups/new-sig/group.yaml': 'name: New SIG\nroles:\n  chair: ada\n',
  });
  work = wiki.dir;
  run = runCli(['build'], { cwd: work });
});
afterAll(() => wiki.remove());

describe('building a wiki without minutes', () => {
  it('writes every index page and links only to pages that exist', () => {
    expect(run.status).toBe(0);
    const site = path.join(work, '_site');
    for (const index of ['/', '/groups/', '/people/', '/actions/', '/calendar/', '/search/', '/groups/new-sig/', '/people/ada/']) {
      expect(resolveLink(site, index), index).toBeDefined();
    }
    expect(page(site, '/actions/').querySelector('h1')?.textContent).toBe('Open actions');
    for (const sitePath of htmlPages(site)) {
      for (const a of page(site, sitePath).querySelectorAll('a[href^="/"]')) {
        expect(resolveLink(site, a.getAttribute('href')!), `${sitePath} -> ${a.getAttribute('href')}`).toBeDefined();
      }
    }
  });
});
