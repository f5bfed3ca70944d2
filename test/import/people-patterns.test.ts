// Table tests of how real minutes write people: roles in brackets, handles, links, wrapped lists, variants.
import { describe, expect, test } from 'vitest';
import { labelledNames } from '../../src/import/labelled-names.js';
import { PeoplePlan, foldedName } from '../../src/import/people-plan.js';
import { personName } from '../../src/import/person-name.js';
import { importMinutes } from '../../src/import/import-minutes.js';
import { resolvePeople } from '../../src/import/resolve-people.js';
import { sourceLines } from '../../src/import/util-source-lines.js';

describe('personName: brackets, handles and links', () => {
  test.each([
    ['Amir Quill (chair)', { name: 'Amir Quill', aliases: [], role: 'chair' }],
    ['Amir Quill (facilitator)', { name: 'Amir Quill', aliases: [], role: 'chair' }],
    ['Bea Park (secretary)', { name: 'Bea Park', aliases: [], role: 'scribe' }],
    ['Bea Park (note taker)', { name: 'Bea Park', aliases: [], role: 'scribe' }],
    ['Cal Ortiz (TSC)', { name: 'Cal Ortiz', aliases: [], notes: ['TSC'] }],
    ['Cal Ortiz (observer)', { name: 'Cal Ortiz', aliases: [], notes: ['observer'] }],
    ['Cal Ortiz (guest)', { name: 'Cal Ortiz', aliases: [], notes: ['guest'] }],
    ['Ann Lee (Citrix)', { name: 'Ann Lee', aliases: [], notes: ['Citrix'] }],
    ['Ann Lee (IBM)', { name: 'Ann Lee', aliases: [], notes: ['IBM'] }],
    ['Rod Vale @rvale (TSC)', { written: 'Rod Vale', name: 'Rod Vale', aliases: ['rvale'], suggestedId: 'rod-vale', notes: ['TSC'] }],
    ['@gthree (Guybrush Three - member)', { written: 'Guybrush Three', name: 'Guybrush Three', aliases: ['gthree'], suggestedId: 'guybrush-three' }],
    ['@alice', { written: 'alice', name: 'alice', aliases: [], suggestedId: 'alice' }],
    ['Tom (tomg) Gazelle', { written: 'Tom Gazelle', name: 'Tom Gazelle', aliases: ['tomg'] }],
    ['[Alex Camp](https://github.com/acamp)', { written: 'Alex Camp', name: 'Alex Camp', aliases: ['acamp'] }],
    ['[Alex Camp](https://example.org/alex)', { written: 'Alex Camp', aliases: [] }],
    ['LarsKurth (LK)', { name: 'Lars Kurth', aliases: ['LK', 'LarsKurth'] }],
    ['KaranbirSingh (KB)', { name: 'Karanbir Singh', aliases: ['KB', 'KaranbirSingh'] }],
    ['*Members', undefined],
    ['Others', undefined],
  ])('%s', (text, expected) => {
    const parsed = personName(text);
    if (expected === undefined) expect(parsed).toBeUndefined();
    else expect(parsed).toMatchObject(expected);
    if (expected && !('role' in expected)) expect(parsed?.role).toBeUndefined();
  });
});

const names = (text: string) => {
  const found = labelledNames(sourceLines(text));
  return { attendees: found.attendees.map((ref) => ref.text), regrets: found.regrets.map((ref) => ref.text), chair: found.chair.map((ref) => ref.text), scribe: found.scribe.map((ref) => ref.text) };
};

describe('labelledNames: people lists as minutes write them', () => {
  test.each([
    ['a role in brackets sets chair and scribe', 'Attendees: Amir Quill (chair), Bea Park (secretary), Cal Ortiz (TSC)\n', {
      attendees: ['Amir Quill (chair)', 'Bea Park (secretary)', 'Cal Ortiz (TSC)'], chair: ['Amir Quill (chair)'], scribe: ['Bea Park (secretary)'], regrets: [],
    }],
    ['wrapped list items join into one name', '## Attendees\n\n- Thomas\n  Leonard\n- Jon\n  Ludlam\n- Ada Quill\n', {
      attendees: ['Thomas Leonard', 'Jon Ludlam', 'Ada Quill'], chair: [], scribe: [], regrets: [],
    }],
    ['a comma list wrapped mid-name joins, and "and" at a line end splits', 'Attendees:\nDave Scott, Thomas\nLeonard, Guybrush Three and\nJim Hawk\n', {
      attendees: ['Dave Scott', 'Thomas Leonard', 'Guybrush Three', 'Jim Hawk'], chair: [], scribe: [], regrets: [],
    }],
    ['Others: / Team: prefixes are split off', '## Attendees\n\n- Team: Ada Quill, Bea Park\n- Others: Sim Ulacrum, Mara\n', {
      attendees: ['Ada Quill', 'Bea Park', 'Sim Ulacrum', 'Mara'], chair: [], scribe: [], regrets: [],
    }],
    ['nested bullets under a name are not people; under Regrets they are regrets', '## Attendees\n\n- Ada Quill\n  - joined late\n- Regrets:\n  - Bea Park\n- Cal Ortiz\n\n### Regrets\n\n  - Dee Lane\n', {
      attendees: ['Ada Quill', 'Cal Ortiz'], regrets: ['Bea Park', 'Dee Lane'], chair: [], scribe: [],
    }],
    ['names inside an HTML comment are not counted', '## Attendees\n\n- Ada Quill\n<!--\n- Bea Park\n-->\n- Cal Ortiz <!-- Dee Lane -->\n', {
      attendees: ['Ada Quill', 'Cal Ortiz'], chair: [], scribe: [], regrets: [],
    }],
    ['Moderator:, Note-taker:, Facilitator:, Secretary: labels', 'Moderator: Ada Quill\nNote-taker: Bea Park\n\nFacilitator: Cal Ortiz\nSecretary: Dee Lane\n', {
      attendees: [], chair: ['Ada Quill', 'Cal Ortiz'], scribe: ['Bea Park', 'Dee Lane'], regrets: [],
    }],
    ['"called to order by" sets the chair', 'The meeting was called to order by Ada Quill at 10:02.\n', {
      attendees: [], chair: ['Ada Quill'], scribe: [], regrets: [],
    }],
    ['"called to order by" drops a time after a dash, even one left blank', 'Meeting called to order by Ada Quill (aquill) - 16:00\n\nMeeting called to order by Bea Park -  UTC\n\nMeeting called to order by Cal Ortiz 17:01 UTC\n', {
      attendees: [], chair: ['Ada Quill (aquill)', 'Bea Park', 'Cal Ortiz'], scribe: [], regrets: [],
    }],
    ['a Markdown link keeps its text', '## Attendees\n\n- [Alex Camp](https://github.com/acamp)\n', {
      attendees: ['[Alex Camp](https://github.com/acamp)'], chair: [], scribe: [], regrets: [],
    }],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('PeoplePlan: one person per real person', () => {
  const plan = (written: string[][]) => {
    const people = new PeoplePlan(() => undefined);
    for (const file of written) {
      const result = resolvePeople({ attendees: file.map((text, i) => ({ text, line: i + 1 })), regrets: [], chair: [], scribe: [] }, people.resolve);
      people.add(result.unknownPeople);
      people.learn(result.knownNames);
    }
    return people;
  };

  test.each([
    ['punctuation', [['Steven R Marsh'], ['Steven R. Marsh']], { id: 'steven-r-marsh', name: 'Steven R Marsh', aliases: ['Steven R. Marsh'] }],
    ['diacritics, same file', [['Daniel Bünzel', 'Daniel Bunzel']], { id: 'daniel-bunzel', name: 'Daniel Bünzel', aliases: ['Daniel Bunzel'] }],
    ['diacritics across files, with ue', [['Daniel Bünzel'], ['Daniel Buenzel']], { id: 'daniel-bunzel', name: 'Daniel Bünzel', aliases: ['Daniel Buenzel'] }],
    ['a nick in brackets', [['Tom Gazelle'], ['Tom (tomg) Gazelle']], { id: 'tom-gazelle', name: 'Tom Gazelle', aliases: ['tomg'] }],
    ['a handle and a role note', [['Rod Vale'], ['Rod Vale @rvale (TSC)']], { id: 'rod-vale', name: 'Rod Vale', aliases: ['rvale'] }],
  ])('%s', (_label, files, expected) => {
    const proposals = plan(files).proposals();
    expect(proposals.map(({ id, name, aliases }) => ({ id, name, aliases }))).toEqual([expected]);
  });

  test('every written form resolves afterwards', () => {
    const people = plan([['Steven R Marsh'], ['Steven R. Marsh', 'Bea Nørgaard'], ['Bea Norgaard']]);
    for (const written of ['Steven R Marsh', 'Steven R. Marsh', 'Bea Nørgaard', 'Bea Norgaard']) {
      const claimed = people.proposals().filter((p) => [p.id, p.name, ...p.aliases].some((n) => n.toLowerCase() === written.toLowerCase()));
      expect(claimed, written).toHaveLength(1);
    }
  });

  test('role words never become aliases, so no alias is claimed twice', () => {
    const proposals = plan([['Amir Quill (chair)', 'Bea Park (chair)', 'Cal Ortiz (TSC)', 'Dee Lane (TSC)']]).proposals();
    expect(proposals.flatMap((p) => p.aliases)).toEqual([]);
  });

  test.each([
    [['Jon Ludham', 'Jonathan Ludham'], [['jon-ludham', 'jonathan-ludham']]],
    [['Jon Ludham', 'Jon Ludhum'], [['jon-ludham', 'jon-ludhum']]],
    [['Tom Gazelle', 'TomG'], [['tom-gazelle', 'tomg']]],
    [['Ada Quill', 'Bea Park'], []],
  ])('near-duplicates %j are hinted, not merged', (written, pairs) => {
    const people = plan([written]);
    expect(people.proposals()).toHaveLength(written.length);
    expect(people.hints().map((hint) => hint.ids)).toEqual(pairs);
  });

  test('folding ignores accents, own letters, punctuation and bracketed nicks', () => {
    expect(foldedName('Bea Nørgaard')).toBe(foldedName('Bea Norgaard'));
    expect(foldedName('Daniel Bünzel')).toBe(foldedName('Daniel Buenzel'));
    expect(foldedName('Steven R. Marsh')).toBe('steven r marsh');
    expect(foldedName('Tom (tomg) Gazelle')).toBe('tom gazelle');
  });
});

describe('dates and titles of Markdown notes', () => {
  const read = (text: string, fileName: string) => importMinutes(text, { fileName, resolvePerson: () => undefined });

  test.each([
    ['a file name with a date then `_`', 'Notes of the call\n\nAttendees: Ann Lee\n', '2019-07-08_steering-council-update.md', '2019-07-08'],
    ['a `## Date:` heading', '# Steering council update\n\n## Date: 2019-07-08\n\nAttendees: Ann Lee\n', 'notes.md', '2019-07-08'],
    ['a `- **Date:**` item', '# Call\n\n- **Date:** 2020-02-03\n', 'notes.md', '2020-02-03'],
  ])('reads the date from %s', (_label, text, fileName, date) => {
    expect(read(text, fileName).date).toBe(date);
  });

  test('"called to order by" names the chair and is not the title; a field line is not a title', () => {
    const result = read('Meeting called to order by Ann Lee at 10:00.\n\nAttendees: Ann Lee, Bo Park\n', '2020-01-01.md');
    expect(result.title).toBeUndefined();
    expect(result.chair).toEqual(['Ann Lee']);
  });
});
