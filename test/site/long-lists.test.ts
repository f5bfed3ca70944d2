// Someone with many actions: their page shows a few and links to full lists that exist.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { page, resolveLink } from '../helpers/site-files.js';

let work: string;
let run: CliRun;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sigwiki-long-'));
  mkdirSync(path.join(work, 'content/groups/busy'), { recursive: true });
  writeFileSync(path.join(work, 'content/sigwiki.yaml'), 'title: Busy wiki\n');
  writeFileSync(path.join(work, 'content/people.yaml'), '- id: ada\n  name: Ada\n  aliases: [AL]\n');
  writeFileSync(path.join(work, 'content/groups/busy/group.yaml'), 'name: Busy SIG\n');
  const actions = Array.from({ length: 130 }, (_, i) => `- ACTION AL: task ${i + 1}`).join('\n');
  writeFileSync(path.join(work, 'content/groups/busy/2026-01-06.md'), `---\ndate: 2026-01-06\nattendees: [ada]\n---\n\n${actions}\n`);
  run = runCli(['build'], { cwd: work });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
