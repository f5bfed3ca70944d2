import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/diagnostics/format-github.js';
import { SigwikiMessage } from '../../src/diagnostics/message.js';
import { formatCompact, formatReport } from '../../src/diagnostics/report.js';

const messages = [
  new SigwikiMessage('Unknown person `Lars Kurht` in `attendees`', {
    file: 'content/groups/virt/2014-04-11.md',
    place: { line: 5, column: 5 },
    ruleId: 'person-unknown',
    hint: 'did you mean `Lars Kurth`?',
  }),
  new SigwikiMessage('Action virt-20140411-3 has no owner', {
    file: 'content/groups/virt/2014-04-11.md',
    place: { line: 12, column: 1 },
    ruleId: 'action-unowned',
    severity: 'warning',
  }),
  new SigwikiMessage('Group folder `x` has no group.yaml', { file: 'content/groups/x', ruleId: 'group-missing' }),
];

describe('formatReport', () => {
  it('groups by file, shows hints and ends with a count', () => {
    expect(formatReport(messages)).toMatchInlineSnapshot(`
      "content/groups/virt/2014-04-11.md
        5:5    error    Unknown person \`Lars Kurht\` in \`attendees\`  person-unknown
               hint: did you mean \`Lars Kurth\`?
        12:1   warning  Action virt-20140411-3 has no owner  action-unowned

      content/groups/x
               error    Group folder \`x\` has no group.yaml  group-missing

      ✖ 2 errors, 1 warning"
    `);
  });

  it('says so when there is nothing to report', () => {
    expect(formatReport([])).toBe('✔ no problems');
  });

  it('colours only when asked', () => {
    expect(formatReport(messages)).not.toContain('\u001b[');
    expect(formatReport(messages, { color: true })).toContain('\u001b[31merror');
  });
});

describe('formatCompact', () => {
  it('writes file:line:col first, for editors', () => {
    expect(formatCompact(messages).split('\n')[0]).toBe(
      'content/groups/virt/2014-04-11.md:5:5: error: Unknown person `Lars Kurht` in `attendees` [person-unknown] (did you mean `Lars Kurth`?)',
    );
  });
});

describe('formatGithub', () => {
  it('writes workflow commands with escaped properties', () => {
    expect(formatGithub(messages).split('\n')).toEqual([
      '::error file=content/groups/virt/2014-04-11.md,line=5,col=5,title=sigwiki person-unknown::Unknown person `Lars Kurht` in `attendees` (hint: did you mean `Lars Kurth`?)',
      '::warning file=content/groups/virt/2014-04-11.md,line=12,col=1,title=sigwiki action-unowned::Action virt-20140411-3 has no owner',
      '::error file=content/groups/x,title=sigwiki group-missing::Group folder `x` has no group.yaml',
      '',
    ]);
  });
});
