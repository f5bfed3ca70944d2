// Someone with many actions: their page shows a few and links to full lists that exist.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';
import { page, resolveLink } from '../helpers/site-files.js';

let wiki: TempWiki;
let work: string;
let run: CliRun;

beforeAll(() => {
  const actions = Array.from({ length: 130 }, (_, i) => `- ACTION AL: task ${i + 1}`).join('\n');
  wiki = tempWikiFrom({
    'content/sigwiki.yaml': 'title: Busy wiki\n',
    'content/people.yaml': '- id: ada\n  name: Ada\n  aliases: [AL]\n',
    'content/groups/busy/group.yaml': 'name: Busy SIG\n',
    'content/groups/busy/2026-01-06.md': `---\ndate: 2026-01-06\nattendees: [ada]\n---\n\n${actions}\n`,
  });
  work = wiki.dir;
  run = runCli(['build'], { cwd: work });
});
afterAll(() => wiki.remove());

describe('long lists of actions', () => {
  it('shows 20 on the person and group pages and links to full, paginated lists', () => {
    expect(run.status).toBe(0);
    const site = path.join(work, '_site');
    const person = page(site, '/people/ada/');
    expect(person.querySelectorAll('#open-actions ~ ul .action-item')).toHaveLength(20);
    const more = [...person.querySelectorAll('a')].find((a) => a.textContent === 'All 130 open actions')!;
    expect(more.getAttribute('href')).toBe('/people/ada/actions/');
    const first = page(site, '/people/ada/actions/');
    expect(first.querySelectorAll('.action-item')).toHaveLength(100);
    expect(first.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/people/ada/actions/2/');
    expect(page(site, '/people/ada/actions/2/').querySelectorAll('.action-item')).toHaveLength(30);
    const group = page(site, '/groups/busy/');
    expect(group.querySelectorAll('#open-actions ~ ul .action-item')).toHaveLength(20);
    expect(resolveLink(site, '/groups/busy/actions/2/')).toBeDefined();
  });
});
