import { describe, expect, test } from 'vitest';
import { importMinutes, lostWords, summaryText } from '../../src/import/index.js';
import { actionTexts, fixture, resolverFor } from './helpers.js';

const nobody = () => undefined;

describe('importMinutes warnings', () => {
  test('says when no date can be found', () => {
    const result = importMinutes('[dev] Weekly sync\n\nAttendees: Ann, Bo\n', { fileName: 'sync.txt', resolvePerson: nobody });
    expect(result.date).toBeUndefined();
    expect(result.warnings).toEqual([{ ruleId: 'import-date-missing', message: expect.any(String) }]);
    expect(result.attendees).toEqual(['Ann', 'Bo']);
  });

  test('prefers the text over the file name and says when they disagree', () => {
    const result = importMinutes('3rd May 2021: Sync\n\nAttendees: Ann\n', { fileName: 'sync-2021-05-04.md', resolvePerson: nobody });
    expect(result.date).toBe('2021-05-03');
    expect(result.warnings).toMatchObject([{ ruleId: 'import-date-conflict' }]);
  });

  test('points at entries of a people list that are not names', () => {
    const text = 'May 3rd 2021: Sync\n\nAttendees: Ann, all of the other people in the room\n';
    const result = importMinutes(text, { fileName: 'a.md', resolvePerson: nobody });
    expect(result.attendees).toEqual(['Ann']);
    expect(result.warnings).toMatchObject([{ ruleId: 'import-name-unreadable', line: 3 }]);
  });

  test('proposes another id when the derived one belongs to someone else', () => {
    const resolvePerson = resolverFor([{ id: 'dave-scott', name: 'David Scott' }]);
    const result = importMinutes('2021-05-03 Sync\n\nAttendees: Dave Scott, David Scott\n', { fileName: 'a.md', resolvePerson });
    expect(result.attendees).toEqual(['Dave Scott', 'dave-scott']);
    expect(result.unknownPeople).toMatchObject([{ id: 'dave-scott-2', name: 'Dave Scott' }]);
    expect(result.warnings).toMatchObject([{ ruleId: 'import-person-id-taken', line: 3 }]);
  });
});

describe('mailing-list variants', () => {
  test('reads mail headers and people labels instead of a pipermail header and sections', () => {
    const text = [
      'From: Ann Lee <ann at example.org>',
      'Subject: Re: [infra] Minutes of the infra call',
      'Date: Tue, 4 May 2021 10:00:00 +0000',
      '',
      'Present: Ann Lee, Bo',
      'Regrets: Cy',
      '',
      '* ACTION Bo: renew the certificate',
      '',
    ].join('\n');
    const result = importMinutes(text, { fileName: 'mail.txt', resolvePerson: resolverFor([{ id: 'bo', name: 'Bo' }]) });
    expect(result).toMatchObject({ format: 'mailing-list', date: '2021-05-04', title: 'Minutes of the infra call', groupHint: 'infra' });
    expect(result.scribe).toEqual(['Ann Lee']);
    expect(result.attendees).toEqual(['Ann Lee', 'bo']);
    expect(result.regrets).toEqual(['Cy']);
    expect(result.unknownPeople.find((p) => p.id === 'ann-lee')?.aliases).toEqual(['ann@example.org']);
    expect(actionTexts(result.body)).toEqual(['ACTION Bo: renew the certificate']);
    expect(lostWords(text, result.body)).toEqual([]);
  });
});

describe('MeetBot without "Action Items, by person"', () => {
  test('gives actions to the present nicks they mention, as MeetBot does', () => {
    const text = fixture('meetbot-sample.txt').replace(/Action Items, by person[\s\S]*?(?=People Present)/, '');
    const result = importMinutes(text, { fileName: 'riverbed.2019-03-06-15.00.txt', resolvePerson: nobody });
    expect(actionTexts(result.body).map((a) => a.slice(0, a.indexOf(':')))).toEqual(['ACTION tiwari', 'ACTION jfeld and mkoval', 'ACTION', 'ACTION sol_r']);
    expect(result.groupHint).toBe('riverbed');
  });
});

describe('counting actions', () => {
  test('counts only what the site reads as an action', () => {
    const text = '2021-05-03 Sync\n\n- ACTION Bo: one\n- **ACTION**: two\n- Action: three\n- Action items were reviewed\n- ACTIONS taken\n';
    expect(importMinutes(text, { fileName: 'a.md', resolvePerson: nobody }).summary.actions).toBe(3);
  });
});

describe('summaryText', () => {
  test('describes what was recognised, the new people and the warnings', () => {
    const result = importMinutes(fixture('meetbot-sample.txt'), { fileName: 'meetbot-sample.txt', resolvePerson: resolverFor([{ id: 'maria-koval', name: 'Maria Koval', aliases: ['mkoval'] }]) });
    expect(summaryText(result, 'meetbot-sample.txt')).toBe(
      [
        'meetbot-sample.txt: MeetBot minutes, 2019-03-06 "Riverbed Storage SIG weekly meeting"',
        '  recognised: 8 headings, 4 actions (1 unowned), 5 attendees, 2 agreed, 3 info, 1 link; people: 1 known, 4 new',
        '  new person: tiwari "tiwari" (written tiwari)',
        '  new person: jfeld "jfeld" (written jfeld)',
        '  new person: sol-r "sol_r" (written sol_r)',
        '  new person: anka "anka" (written anka)',
        '  meetbot-sample.txt:79: "rivbot" looks like a bot; not listed as an attendee (import-bot-skipped)',
      ].join('\n'),
    );
  });
});
