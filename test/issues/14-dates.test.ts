// Issue 14, findings 9 and 10: minutes and due dates outside 1900-01-01 to 2999-12-31 are
// refused by check, with file:line and a hint, so that what check accepts, build builds.
import { afterEach, describe, expect, it } from 'vitest';
import { buildVirt, minutes } from '../helpers/content.js';
import { runCli } from '../helpers/run-cli.js';
import { tempWiki, type TempWiki } from '../helpers/temp-wiki.js';

const errors = (result: ReturnType<typeof buildVirt>) => result.messages.filter((message) => message.severity === 'error');

let wiki: TempWiki | undefined;
afterEach(() => {
  wiki?.remove();
  wiki = undefined;
});

describe('issue 14.9 and 14.10: dates outside 1900-01-01 to 2999-12-31 are refused by check', () => {
  it.each(['0001-01-01', '0099-12-31', '1899-12-31', '3000-01-01', '9999-12-31'])('minutes dated %s', (date) => {
    const result = buildVirt({ [`${date}.md`]: minutes(`date: ${date}`) });
    expect(errors(result)).toEqual([expect.objectContaining({ ruleId: 'date-out-of-range', line: 2, column: 7, hint: expect.stringContaining('1900-01-01 to 2999-12-31') })]);
    expect(result.wiki.meetings).toEqual([]);
  });

  it.each(['1900-01-01', '2999-12-31'])('minutes dated %s are fine', (date) => {
    const result = buildVirt({ [`${date}.md`]: minutes(`date: ${date}`) });
    expect(errors(result)).toEqual([]);
    expect(result.wiki.meetings.map((meeting) => meeting.date)).toEqual([date]);
  });

  it('a due date out of range', () => {
    const result = buildVirt({ '2014-04-11.md': minutes('date: 2014-04-11', '\n- ACTION KB: slides (due 0001-01-01)\n') });
    expect(errors(result)).toEqual([expect.objectContaining({ ruleId: 'date-out-of-range', line: 5 })]);
  });

  it('as a real process: minutes dated 9999-12-31 in a group with a cadence, one error and no stack trace', () => {
    wiki = tempWiki();
    const text = wiki.read('content/groups/mirageos/2016-02-17.md').replace('date: 2016-02-17', 'date: 9999-12-31');
    wiki.write('content/groups/mirageos/9999-12-31.md', text);
    const run = runCli(['check', '--no-cache', '--format', 'json'], { cwd: wiki.dir });
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^ {4}at /m);
    const messages = JSON.parse(run.stdout) as { severity: string }[];
    expect(messages.filter((message) => message.severity === 'error')).toEqual([expect.objectContaining({ file: 'content/groups/mirageos/9999-12-31.md', ruleId: 'date-out-of-range' })]);
  });
});
