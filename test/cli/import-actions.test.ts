// `sigwiki import` writes the action forms of real minutes as `ACTION owner: text`, and the wiki it leaves passes check.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempWikiFrom, type TempWiki } from '../helpers/temp-wiki.js';

let wiki: TempWiki | undefined;
afterEach(() => wiki?.remove());

// Invented minutes: nobody here exists.
const NOTES = `# Widgets WG call 2031-05-06

Attendees: Priya Natarajan, Otto Brandt, Mirela Vasquez (mvas), Kenji Arakawa

## Notes

We talked about the release.
TODO: Otto will tag it.

**Action Item:** Mirela Vasquez (mvas) will create the tracking issue

- ACTION ITEM: Kenji to comment on the proposal

## Action items

- Priya to email the list
- [ ] @mvas review the draft
- We will revisit next week
`;

function smallWiki(): TempWiki {
  return tempWikiFrom({
    'content/sigwiki.yaml': 'title: test wiki\ntimeZone: UTC\n',
    'content/groups/widgets/group.yaml': 'name: Widgets WG\n',
    'widgets-2031-05-06.md': NOTES,
  });
}

describe('sigwiki import: action forms', () => {
  it('writes each action with its owner, and the wiki passes check', () => {
    wiki = smallWiki();
    const run = runCli(['import', '--group', 'widgets', 'widgets-2031-05-06.md'], { cwd: wiki.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('actions: 5 (Action item 2, TODO 1, task 1, section 1); 1 without a known owner, kept as text');
    const minutes = wiki.read('content/groups/widgets/2031-05-06.md');
    expect(minutes).toContain('\n\nACTION Otto Brandt: will tag it.\n');
    expect(minutes).toContain('\nACTION Mirela Vasquez: (mvas) will create the tracking issue\n');
    expect(minutes).toContain('\n- ACTION Kenji Arakawa: to comment on the proposal\n');
    expect(minutes).toContain('\n- ACTION Priya Natarajan: to email the list\n');
    expect(minutes).toContain('\n- ACTION Mirela Vasquez: @mvas review the draft\n');
    expect(minutes).toContain('\n- We will revisit next week\n');
    const check = runCli(['check', '--strict'], { cwd: wiki.dir });
    expect(check.stderr).toContain('no problems');
    expect(check.status).toBe(0);
  });
});

describe('sigwiki check: action forms native minutes do not read', () => {
  it('warns, fails under --strict, and shows the line to write', () => {
    wiki = tempWikiFrom({
      'content/sigwiki.yaml': 'title: test wiki\ntimeZone: UTC\n',
      'content/people.yaml': '- id: alice\n  name: Alice Example\n',
      'content/groups/widgets/group.yaml': 'name: Widgets WG\n',
      'content/groups/widgets/2031-05-06.md': '---\ndate: 2031-05-06\n---\n\n- [ ] @alice publish the schedule\n',
    });
    const plain = runCli(['check'], { cwd: wiki.dir });
    expect(plain.status).toBe(0);
    expect(plain.stderr).toContain('5:1');
    expect(plain.stderr).toContain('action-malformed');
    expect(plain.stderr).toContain('`ACTION alice: publish the schedule`');
    const strict = runCli(['check', '--strict'], { cwd: wiki.dir });
    expect(strict.status).toBe(1);
  });
});
