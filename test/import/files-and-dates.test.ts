// Dates, split files, source front matter, first names, merges files, progress and totals of `sigwiki import` (issue 13).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { progressBar } from '../../src/cli/progress.js';
import {
  applyMerges,
  importMinutes,
  importSource,
  fileNameMonth,
  lostWords,
  mergesYaml,
  parseMerges,
  parseYearlessDate,
  PeoplePlan,
  sameMeeting,
  sourceFrontMatter,
  splitMeetings,
  totalsText,
  type ImportTotals,
  type PersonProposal,
} from '../../src/import/index.js';
import { resolverFor } from './helpers.js';

const nobody = () => undefined;
const proposal = (id: string, name: string): PersonProposal => ({ id, name, aliases: [], sources: [] });

describe('dates in text and file names', () => {
  it('reads `## Date:` under a title, with a file name whose date is followed by `_`', () => {
    const result = importMinutes('# Council update\n\n## Date: 2019-07-08\n\nAttendees: Ann Lee\n', {
      fileName: '2019-07-08_council-update.md',
      resolvePerson: nobody,
    });
    expect(result.date).toBe('2019-07-08');
    expect(result.title).toBe('Council update');
    expect(result.warnings).toEqual([]);
  });

  it('reads a date followed by `-` and words in the file name', () => {
    const result = importMinutes('Attendees: Ann Lee\n\nWe talked.\n', { fileName: '2020-02-03-planning-call.md', resolvePerson: nobody });
    expect(result.date).toBe('2020-02-03');
  });

  it('warns, naming both dates, when the heading and the file name disagree, and uses the heading', () => {
    const result = importMinutes('# 2019-09-09 call\n\nAttendees: Ann Lee\n', { fileName: 'notes-2019-09-02.md', resolvePerson: nobody });
    expect(result.date).toBe('2019-09-09');
    const conflict = result.warnings.find((warning) => warning.ruleId === 'import-date-conflict');
    expect(conflict?.message).toContain('2019-09-02');
    expect(conflict?.message).toContain('using 2019-09-09');
  });
});

describe("the source's own front matter", () => {
  const source = [
    '---',
    'title: Tooling call',
    'subject: Plugins',
    'description: Build tools',
    'authors: [Ann Lee, Bo Chen]',
    'date: 2019-07-15',
    'tags: [calls]',
    '---',
    '',
    '# Notes',
    '',
    'Attendees: Ann Lee, Bo Chen',
    '',
  ].join('\n');

  it('gives title, date and (as scribe) authors, and is not copied into the body', () => {
    const result = importMinutes(source, { fileName: 'tooling.md', resolvePerson: nobody });
    expect(result.date).toBe('2019-07-15');
    expect(result.title).toBe('Tooling call');
    expect(result.scribe).toEqual(['Ann Lee', 'Bo Chen']);
    expect(result.body).not.toContain('title:');
    expect(result.body).not.toContain('---');
    expect(result.body.startsWith('Plugins\\\nBuild tools\n\n# Notes')).toBe(true);
    expect(result.warnings.map((warning) => warning.ruleId)).toEqual(['import-front-matter-dropped']);
    expect(result.warnings[0]!.message).toContain('`tags`');
  });

  it('keeps line numbers of the source in warnings after the block', () => {
    const result = importMinutes('---\ntitle: T\n---\n\nNo list here.\n', { fileName: 'x-2020-01-01.md', resolvePerson: nobody });
    expect(result.body).toBe('No list here.\n');
    expect(sourceFrontMatter('---\ntitle: T\n---\nA\n').text.split('\n')).toEqual(['', '', '', 'A', '']);
  });

  it('leaves a block that is not a YAML mapping in the body, and runs nothing', () => {
    for (const text of ['---\njust words\n---\nbody\n', '---\n: [\n---\nbody\n', '---\n!!js/function "x"\n---\nbody\n']) {
      expect(sourceFrontMatter(text).text).toBe(text);
    }
  });

  it('its date wins over the file name, with a warning that names both', () => {
    const result = importMinutes('---\ndate: 2019-07-15\n---\n\nAttendees: Ann Lee\n', { fileName: 'call-2019-07-16.md', resolvePerson: nobody });
    expect(result.date).toBe('2019-07-15');
    expect(result.warnings.map((w) => w.message)).toEqual([
      "the file name call-2019-07-16.md says 2019-07-16 but the source's front matter says 2019-07-15; using 2019-07-15",
    ]);
  });

  it('an author does not replace a scribe the text names', () => {
    const result = importMinutes('---\nauthor: Ann Lee\n---\n\nScribe: Bo Chen\n\nAttendees: Ann Lee\n', { fileName: '2020-01-01.md', resolvePerson: nobody });
    expect(result.scribe).toEqual(['Bo Chen']);
  });
});

describe('chair and scribe lines', () => {
  it('"called to order by" sets the chair and is not the title; Moderator and Note-taker set chair and scribe', () => {
    const result = importMinutes('Meeting called to order by Ann Lee at 10:00.\n\nFacilitator: Bo Chen\nSecretary: Cy Dee\n\nAttendees: Ann Lee, Bo Chen\n', {
      fileName: '2020-01-06.md',
      resolvePerson: nobody,
    });
    expect(result.title).toBeUndefined();
    expect(result.chair).toEqual(['Ann Lee', 'Bo Chen']);
    expect(result.scribe).toEqual(['Cy Dee']);
  });
});

describe('files with several dated meetings', () => {
  const monthly = [
    '# March calls', // 1
    '',
    'Notes of the weekly calls.',
    '',
    '## 2023-03-06', // 5
    '',
    'Attendees: Ann Lee',
    '',
    '- First call.',
    '',
    '## 2023-03-13 Release review', // 11
    '',
    'Attendees: Bo Chen',
    '',
    '```',
    '## 2023-03-14 not a heading',
    '```',
    '',
    '## Monday, 20 March 2023', // 19
    '',
    'Attendees: Ann Lee',
    '',
  ].join('\n');

  it('splits at dated headings of one level; the words before the first go with the first meeting', () => {
    const parts = splitMeetings(monthly);
    expect(parts.map((part) => [part.date, part.line])).toEqual([
      ['2023-03-06', 5],
      ['2023-03-13', 11],
      ['2023-03-20', 19],
    ]);
    expect(parts[0]!.text).toContain('Notes of the weekly calls.');
    expect(parts[1]!.text).not.toContain('Notes of the weekly calls.');
    expect(parts[1]!.text.split('\n')[10]).toBe('## 2023-03-13 Release review');
  });

  it('imports each meeting with its own date, title and people, losing no word of the file', () => {
    const results = importSource(monthly, { fileName: '2023-03.md', resolvePerson: nobody });
    expect(results.map((r) => [r.date, r.title, r.attendees])).toEqual([
      ['2023-03-06', 'March calls', ['Ann Lee']],
      ['2023-03-13', 'Release review', ['Bo Chen']],
      ['2023-03-20', undefined, ['Ann Lee']],
    ]);
    expect(results.flatMap((r) => r.warnings).filter((w) => w.ruleId === 'import-words-lost')).toEqual([]);
    expect(lostWords(monthly, results.map((r) => r.body).join('\n'))).toEqual([]);
  });

  it('does not split on one dated heading, on `## Date:` lines, or a MeetBot file', () => {
    expect(splitMeetings('# 2023-03-06\n\nA\n\n## Date: 2023-03-06\n')).toEqual([]);
    expect(splitMeetings('## Date: 2023-03-06\n\n## Date: 2023-03-13\n')).toEqual([]);
    expect(importSource('# 2023-03-06\n\nAttendees: A B\n', { fileName: 'x.md', resolvePerson: nobody })).toHaveLength(1);
  });

  it('a split part does not take the file name date and warns for none', () => {
    const results = importSource('## 2023-03-06\n\nA.\n\n## 2023-03-13\n\nB.\n', { fileName: 'notes-2023-03-01.md', resolvePerson: nobody });
    expect(results.map((r) => r.date)).toEqual(['2023-03-06', '2023-03-13']);
    expect(results.flatMap((r) => r.warnings).map((w) => w.ruleId)).not.toContain('import-date-conflict');
  });
});

describe('first names unique in the import', () => {
  it('resolve to the one person of that first name, the first name kept as an alias', () => {
    const plan = new PeoplePlan(nobody);
    plan.add([proposal('trevor', 'Trevor')]);
    plan.add([proposal('trevor-norris', 'Trevor Norris'), proposal('ann-lee', 'Ann Lee')]);
    const people = plan.proposals();
    expect(people.map((p) => p.id)).toEqual(['trevor-norris', 'ann-lee']);
    expect(people[0]!.aliases).toEqual(['Trevor']);
    expect(plan.firstNames).toEqual([{ name: 'Trevor', id: 'trevor-norris' }]);
    expect(plan.merged).toBe(1);
  });

  it('are left alone when two people share the first name, and proposed when the one match is in people.yaml', () => {
    const plan = new PeoplePlan(nobody);
    plan.add([proposal('ann', 'Ann'), proposal('ann-lee', 'Ann Lee'), proposal('ann-ray', 'Ann Ray')]);
    expect(plan.proposals().map((p) => p.id)).toEqual(['ann', 'ann-lee', 'ann-ray']);

    const known = [{ id: 'trevor-norris', name: 'Trevor Norris', aliases: [] }];
    const withKnown = new PeoplePlan(resolverFor(known), known);
    withKnown.add([proposal('trevor', 'Trevor')]);
    expect(withKnown.proposals().map((p) => p.id)).toEqual(['trevor']);
    expect(withKnown.hints()).toEqual([{ ids: ['trevor-norris', 'trevor'], names: ['Trevor Norris', 'Trevor'] }]);
  });

  it('a first name written with a handle is proposed as a merge, never folded (the handle may be someone else\'s)', () => {
    const plan = new PeoplePlan(nobody);
    plan.add([{ ...proposal('steven', 'Steven'), aliases: ['styfle'] }, proposal('steven-loomis', 'Steven Loomis')]);
    expect(plan.proposals().map((p) => p.id)).toEqual(['steven', 'steven-loomis']);
    expect(plan.hints()).toContainEqual({ ids: ['steven-loomis', 'steven'], names: ['Steven Loomis', 'Steven'] });
  });

  it('names each person with the fullest spelling the minutes wrote, the others kept as aliases', () => {
    const plan = new PeoplePlan(nobody);
    plan.add([{ ...proposal('michae-zasso', 'Michaë Zasso'), aliases: ['targos'] }]);
    plan.add([{ ...proposal('michael-zasso', 'Michaël Zasso'), aliases: ['targos'] }]);
    const [person] = plan.proposals();
    expect(person).toMatchObject({ id: 'michae-zasso', name: 'Michaël Zasso' });
    expect(person!.aliases).toEqual(expect.arrayContaining(['Michaë Zasso', 'targos']));
    expect(person!.aliases).not.toContain('Michaël Zasso');
  });

  it('a lower-case nick is not a first name', () => {
    const plan = new PeoplePlan(nobody);
    plan.add([proposal('trevor', 'trevor'), proposal('trevor-norris', 'Trevor Norris')]);
    expect(plan.proposals().map((p) => p.id)).toEqual(['trevor', 'trevor-norris']);
  });
});

describe('the merges file', () => {
  const people = '# our people\n- id: jon-ludlam\n  name: Jon Ludlam\n- id: jonathan-ludlam # from the 2019 notes\n  name: Jonathan Ludlam\n  aliases: [ JL ]\n- id: ann-lee\n  name: Ann Lee\n';

  it('lists the hints, parses back, and applied merges the records keeping every name as an alias', () => {
    const text = mergesYaml([{ ids: ['jon-ludlam', 'jonathan-ludlam'], names: ['Jon Ludlam', 'Jonathan Ludlam'] }], 'content/people.yaml', 'content/import-merges.yaml');
    expect(text).toContain('sigwiki import --merges content/import-merges.yaml');
    const merges = parseMerges(text);
    expect(merges).toEqual([{ keep: 'jon-ludlam', merge: 'jonathan-ludlam' }]);
    const applied = applyMerges(people, merges);
    expect(applied.applied).toEqual(merges);
    expect(applied.text).toContain('# our people');
    expect(parse(applied.text)).toEqual([
      { id: 'jon-ludlam', name: 'Jon Ludlam', aliases: ['jonathan-ludlam', 'Jonathan Ludlam', 'JL'] },
      { id: 'ann-lee', name: 'Ann Lee' },
    ]);
    const again = applyMerges(applied.text, merges);
    expect(again.applied).toEqual([]);
    expect(again.skipped[0]!.reason).toContain('merged already');
  });

  it('follows a chain of pairs: A–B, then B–C merges C into A', () => {
    const three = '- id: a\n  name: Jon Ludlam\n- id: b\n  name: Jonathan Ludlam\n- id: c\n  name: Jon Ludlum\n';
    const applied = applyMerges(three, [
      { keep: 'a', merge: 'b' },
      { keep: 'b', merge: 'c' },
    ]);
    expect(applied.skipped).toEqual([]);
    expect(parse(applied.text)).toEqual([{ id: 'a', name: 'Jon Ludlam', aliases: ['b', 'Jonathan Ludlam', 'c', 'Jon Ludlum'] }]);
  });

  it('refuses a file of another shape and skips ids that are no one', () => {
    expect(() => parseMerges('- keep: a\n')).toThrow(/merges:/);
    expect(() => parseMerges('merges:\n  - keep: a\n')).toThrow(/entry 1/);
    expect(applyMerges(people, [{ keep: 'nobody', merge: 'ann-lee' }]).skipped[0]!.reason).toContain('no person `nobody`');
  });
});

describe('same meeting or another one', () => {
  it('tells an earlier import of the minutes (re-rendered) from other minutes of the day', () => {
    const planned = '---\ndate: 2020-01-01\n---\n\nThe release review covered packaging, mirrors and documentation.\n';
    expect(sameMeeting('---\nattendees: [x]\n---\n\nThe release review covered packaging, mirrors and documentation.\n', planned)).toBe(true);
    expect(sameMeeting('---\ndate: 2020-01-01\n---\n\nSecurity embargo ends Thursday; nothing else.\n', planned)).toBe(false);
  });
});

describe('progress and totals', () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return { out, write: (text: string) => out.push(text), isTTY, columns: 80 };
  };

  it('draws a bar only on a terminal, and logs above it', () => {
    const tty = stream(true);
    const bar = progressBar(tty, 10);
    bar.tick('a.md');
    bar.log('note\n');
    bar.done();
    expect(tty.out[0]).toBe(`\r\x1b[K[${'#'.repeat(2)}${'-'.repeat(22)}] 1/10 a.md`);
    expect(tty.out[1]).toBe('\r\x1b[Knote\n');
    expect(tty.out.at(-1)).toBe('\r\x1b[K');

    const pipe = stream(false);
    const quiet = progressBar(pipe, 10);
    quiet.tick('a.md');
    quiet.log('note\n');
    quiet.done();
    expect(pipe.out).toEqual(['note\n']);
  });

  it('sums up files, meetings, people and skipped files with their reasons', () => {
    const totals: ImportTotals = {
      files: 6,
      splitFiles: 1,
      splitMeetings: 3,
      meetings: 7,
      sameDay: 1,
      unchanged: 0,
      peopleAdded: 5,
      peopleMerged: 1,
      peopleProposed: 2,
      refused: [],
      skipped: [{ source: 'notes/README.md', reason: 'no meeting date found' }],
      planned: false,
    };
    expect(totalsText(totals)).toBe(
      'Import: 6 files read (1 file split into 3 meetings); 7 minutes files written (1 as a second meeting of the day, -N); ' +
        'people: 5 added, 1 spellings merged, 2 merges proposed; 0 files refused, 1 skipped\n  skipped notes/README.md: no meeting date found',
    );
  });
});

describe('headings that name a day without a year (monthly updates)', () => {
  const update = [
    '# Council update', // 1
    '',
    '## November recap',
    '',
    'Ann Lee summarised the autumn.',
    '',
    '## January 7', // 7
    '',
    'Attendees: Ann Lee, Bo Chen',
    '',
    '## 14 January', // 11
    '',
    'Attendees: Ann Lee',
    '',
    '## January 14 (handoff meeting)', // 15
    '',
    'Attendees: Bo Chen',
    '',
  ].join('\n');

  it('reads the year, and the latest month, from the file name', () => {
    expect(fileNameMonth('2021-05-council-update.md')).toEqual({ year: 2021, month: 5 });
    expect(fileNameMonth('2024-01,02,03-council-update.md')).toEqual({ year: 2024, month: 3 });
    expect(fileNameMonth('updates/2019-11-09_council.md')).toEqual({ year: 2019, month: 11 });
    expect(fileNameMonth('notes.md')).toBeUndefined();
  });

  it('dates a month later than the file name\'s from the year before, and leaves dates with a year to parseDateText', () => {
    expect(parseYearlessDate('January 7', { year: 2021, month: 1 })).toBe('2021-01-07');
    expect(parseYearlessDate('November 2', { year: 2021, month: 1 })).toBe('2020-11-02');
    expect(parseYearlessDate('3rd May – planning', { year: 2021 })).toBe('2021-05-03');
    expect(parseYearlessDate('May 3, 2019', { year: 2021 })).toBeUndefined();
    expect(parseYearlessDate('February 30', { year: 2021 })).toBeUndefined();
    expect(parseYearlessDate('November recap', { year: 2021 })).toBeUndefined();
  });

  it('splits at them with the file name\'s year, writes the second of a day as its own meeting, and takes no date as a title', () => {
    const results = importSource(update, { fileName: '2021-01-council-update.md', resolvePerson: nobody });
    expect(results.map((r) => [r.date, r.title, r.attendees])).toEqual([
      ['2021-01-07', 'Council update', ['Ann Lee', 'Bo Chen']],
      ['2021-01-14', undefined, ['Ann Lee']],
      ['2021-01-14', 'handoff meeting', ['Bo Chen']],
    ]);
    expect(lostWords(update, results.map((r) => r.body).join('\n'))).toEqual([]);
    // Without a dated file name there is no year to give them, and the file is one meeting.
    expect(splitMeetings(update, 'council-update.md')).toEqual([]);
  });
});
