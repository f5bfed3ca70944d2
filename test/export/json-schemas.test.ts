// Tests for src/export/json-schemas.ts: the editors' JSON Schemas and `sigwiki check` agree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { parse } from 'yaml';
import { parseTime, TIME_TEXT } from '../../src/calendar/util-cadence-text.js';
import type { MessageJson } from '../../src/diagnostics/message.js';
import { jsonSchemaFiles, withoutFlags } from '../../src/export/json-schemas.js';
import { parseGroupFile } from '../../src/model/parse-group-file.js';
import { parseMinutes } from '../../src/model/parse-minutes.js';
import { parsePeople } from '../../src/model/parse-people.js';
import { parseSiteFile } from '../../src/model/parse-site-file.js';
import { ROOT } from '../helpers/run-cli.js';

// strict: an unknown keyword or a pattern that is no valid `u`-mode regex fails to compile.
const ajv = new Ajv({ allErrors: true, strict: true });
const files = jsonSchemaFiles();
const validator = (fileName: string) => ajv.compile(files.find((file) => file.fileName === fileName)!.schema);

/** The errors check reports (warnings do not fail a check), as `rule: message` lines. */
const errors = (messages: MessageJson[]) => messages.filter((message) => message.severity === 'error').map((message) => `${message.ruleId}: ${message.message}`);

/** Each file kind: its schema, sigwiki's own reading of one such file, and how to get its YAML. */
const KINDS = {
  'sigwiki.yaml': {
    schema: validator('sigwiki.schema.json'),
    check: (text: string, path = 'content/sigwiki.yaml') => errors(parseSiteFile({ path, text }).messages),
    yaml: (text: string) => text,
  },
  'people.yaml': {
    schema: validator('people.schema.json'),
    check: (text: string, path = 'content/people.yaml') => errors(parsePeople({ path, text }).messages),
    yaml: (text: string) => text,
  },
  'group.yaml': {
    schema: validator('group.schema.json'),
    check: (text: string, path = 'content/groups/virt/group.yaml') => errors(parseGroupFile({ path, text }).messages),
    yaml: (text: string) => text,
  },
  // A table entry is the front matter alone; it is checked as the minutes of 11 April 2014.
  minutes: {
    schema: validator('minutes.schema.json'),
    check: (text: string, path = 'content/groups/virt/2014-04-11.md') =>
      errors(parseMinutes({ path, text: path.endsWith('.md') && text.startsWith('---') ? text : `---\n${text}---\n\nNotes.\n` }, { render: false }).messages),
    yaml: (text: string) => (text.startsWith('---') ? /^---\n([\s\S]*?)^---$/m.exec(text)![1]! : text),
  },
};
type Kind = keyof typeof KINDS;

/** What an editor sees: the YAML parsed as YAML 1.2, as yaml-language-server does by default. */
function schemaAccepts(kind: Kind, text: string): { ok: boolean; errors: unknown } {
  const validate = KINDS[kind].schema;
  const ok = validate(parse(KINDS[kind].yaml(text), { version: '1.2' }));
  return { ok, errors: validate.errors };
}

function checkAccepts(kind: Kind, text: string, path?: string): { ok: boolean; errors: string[] } {
  const found = KINDS[kind].check(text, path);
  return { ok: found.length === 0, errors: found };
}

/**
 * `valid`: both accept. `invalid`: both refuse. `check only`: check refuses what no JSON Schema
 * can see (a real calendar day, a known zone, a unique id); the schema lets it pass, which is the
 * only disagreement allowed.
 */
type Row = [name: string, yaml: string, verdict: 'valid'] | [name: string, yaml: string, verdict: 'invalid' | 'check only', checkSays: string];
const TABLE: Record<Kind, Row[]> = {
  'sigwiki.yaml': [
    ['a title only', 'title: Minutes\n', 'valid'],
    [
      'every key',
      'title: Minutes\ndescription: Our SIGs\nurl: https://minutes.example.org/\ntimeZone: America/New_York\nrepository:\n  url: https://github.com/example/minutes\n  branch: trunk\n  path: wiki/content\n',
      'valid',
    ],
    ['a zone in lower case', 'title: Minutes\ntimeZone: utc\n', 'valid'],
    ['a zone with a sign in it', 'title: Minutes\ntimeZone: Etc/GMT+5\n', 'valid'],
    ['an empty file', '', 'invalid', 'Missing required key `title`'],
    ['an empty title', 'title: ""\n', 'invalid', '`title`: Too small'],
    ['a number as title', 'title: 42\n', 'invalid', '`title` must be text, not the number 42'],
    ['an ftp url', 'title: Minutes\nurl: ftp://minutes.example.org/\n', 'invalid', 'the site url must start with https://'],
    ['an unknown key', 'title: Minutes\ntimezone: UTC\n', 'invalid', 'Unknown key `timezone`'],
    ['a zone with a space', 'title: Minutes\ntimeZone: Europe London\n', 'invalid', 'not an IANA time zone name'],
    ['an offset as zone', 'title: Minutes\ntimeZone: "+02:00"\n', 'invalid', 'not an IANA time zone name'],
    ['an unknown repository key', 'title: Minutes\nrepository:\n  url: https://github.com/example/minutes\n  brnch: main\n', 'invalid', 'Unknown key `brnch` in repository'],
    ['the repository as a string', 'title: Minutes\nrepository: https://github.com/example/minutes\n', 'invalid', '`repository` must be a map of keys, not text'],
    ['a list', '- title: Minutes\n', 'invalid', 'sigwiki.yaml must be a map of keys such as `title:`, not a list'],
    ['a zone that does not exist', 'title: Minutes\ntimeZone: Mars/Olympus_Mons\n', 'check only', 'not an IANA time zone name'],
  ],
  'people.yaml': [
    ['an empty list', '[]\n', 'valid'],
    ['one person', '- id: lars-kurth\n  name: Lars Kurth\n', 'valid'],
    [
      'aliases, numbers among them, and links of every scheme',
      '- id: lars-kurth\n  name: Lars Kurth\n  aliases: [LK, 42]\n  links: [https://github.com/lk, "mailto:lk@example.org", "irc://irc.libera.chat/lk", HTTPS://EXAMPLE.ORG/LK]\n',
      'valid',
    ],
    ['an empty file: no people yet', '', 'valid'],
    ['a map of people', 'lars-kurth:\n  name: Lars Kurth\n', 'invalid', 'people.yaml must be a list of people, not a map of keys'],
    ['an id in capitals', '- id: Lars\n  name: Lars Kurth\n', 'invalid', '`[0].id`: ids are lower-case'],
    ['no name', '- id: lars-kurth\n', 'invalid', 'Missing required key `[0].name`'],
    ['an unknown key', '- id: lars-kurth\n  name: Lars Kurth\n  email: lk@example.org\n', 'invalid', 'Unknown key `email`'],
    ['a javascript link', '- id: lars-kurth\n  name: Lars Kurth\n  links: ["javascript:alert(1)"]\n', 'invalid', 'links must start with'],
    ['an empty alias', '- id: lars-kurth\n  name: Lars Kurth\n  aliases: [""]\n', 'invalid', '`[0].aliases[0]`'],
    ['a yes/no alias', '- id: lars-kurth\n  name: Lars Kurth\n  aliases: [true]\n', 'invalid', '`[0].aliases[0]`'],
    ['one id twice', '- id: lk\n  name: Lars Kurth\n- id: lk\n  name: Lars K\n', 'check only', 'person-duplicate'],
    ['one alias for two people', '- id: lk\n  name: Lars Kurth\n  aliases: [L]\n- id: gd\n  name: George Dunlap\n  aliases: [L]\n', 'check only', 'alias-ambiguous'],
  ],
  'group.yaml': [
    ['a name only', 'name: Virt SIG\n', 'valid'],
    [
      'roles, venues and a weekly cadence',
      'name: Virt SIG\nactionPrefix: virt\nroles:\n  chair: lars-kurth\n  board liaison: [KB, JH]\nvenues:\n  bluejeans:\n    name: Bluejeans\n    kind: video\n    url: HTTPS://bluejeans.com/123\n  irc:\n    name: "#centos-devel"\n    kind: irc\n    url: irc://irc.libera.chat/centos-devel\nsections: [Agenda, Notes]\ncadence:\n  repeat: every other week\n  on: tuesday\n  from: 2014-04-22\n  time: 14:00-15:00\n  timeZone: Europe/London\n  venues: [bluejeans, irc]\n  cancelled: [2014-12-16]\n  moved:\n    - from: 2014-05-06\n      to: 2014-05-07\n',
      'valid',
    ],
    [
      'two schedules with ids, durations and an en dash',
      'name: Virt SIG\ncadence:\n  - id: europe\n    repeat: monthly\n    on: first wednesday\n    from: 2024-01-03\n    time: 9:30 – 11:00\n  - id: americas\n    repeat: weekly\n    on: Thu\n    from: 2024-01-04\n    time: "17:00"\n    duration: 1h30m\n  - id: asia\n    rrule: FREQ=MONTHLY;BYMONTHDAY=15\n    from: 2024-01-15\n    time: 02:00\n    duration: 45\n',
      'valid',
    ],
    [
      'ad hoc meetings, as dates and as mappings',
      'name: Virt SIG\ncadence:\n  repeat: ad hoc\n  time: 16:00\n  dates:\n    - 2024-03-01\n    - date: 2024-04-02\n      time: 10:00-11:00\n',
      'valid',
    ],
    [
      'odd and even ISO weeks, and week 1 of 4',
      'name: Virt SIG\ncadence:\n  - id: odd\n    repeat: every other week\n    on: thursday\n    weeks: odd\n    from: 2024-01-04\n    time: 14:00\n  - id: even\n    repeat: every other week\n    on: thursday\n    weeks: Even\n    from: 2024-01-04\n    time: 21:00\n  - id: monthly\n    repeat: every 4 weeks\n    on: tuesday\n    weeks: 1 of 4\n    from: 2024-01-02\n    time: 17:00\n',
      'valid',
    ],
    ['no name', 'description: a group\n', 'invalid', 'Missing required key `name`'],
    ['a venue id with a space', 'name: Virt SIG\nvenues:\n  Big Room:\n    name: The big room\n', 'invalid', '`venues.Big Room`'],
    ['an unknown venue kind', 'name: Virt SIG\nvenues:\n  zoom:\n    name: Zoom\n    kind: zoom\n', 'invalid', '`venues.zoom.kind`'],
    ['an action prefix in capitals', 'name: Virt SIG\nactionPrefix: Virt\n', 'invalid', 'an action prefix is lower-case'],
    ['an empty role holder', 'name: Virt SIG\nroles:\n  chair: ""\n', 'invalid', '`roles.chair`'],
    ['a cadence without time', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: tuesday\n  from: 2024-01-02\n', 'invalid', 'Missing required key `cadence.time`'],
    ['a time in words', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: tuesday\n  from: 2024-01-02\n  time: 2pm\n', 'invalid', 'expected a 24-hour time'],
    ['a time past midnight', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: tuesday\n  from: 2024-01-02\n  time: "24:00"\n', 'invalid', 'expected a 24-hour time'],
    ['an unknown cadence key', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  every: week\n  on: tuesday\n  from: 2024-01-02\n  time: 14:00\n', 'invalid', 'Unknown key `every` in cadence'],
    ['a date without leading zeros', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: tuesday\n  from: 2014-4-22\n  time: 14:00\n', 'invalid', 'expected a date like 2014-04-22'],
    ['a cadence zone with a space', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2024-01-05\n  time: 14:00\n  timeZone: Europe London\n', 'invalid', 'unknown time zone "Europe London"'],
    ['an empty list of schedules', 'name: Virt SIG\ncadence: []\n', 'invalid', 'an empty list'],
    ['a cadence as a sentence', 'name: Virt SIG\ncadence: every other tuesday\n', 'invalid', 'expected a schedule (a mapping) or a list of schedules'],
    ['a one-off date as a number', 'name: Virt SIG\ncadence:\n  repeat: ad hoc\n  time: 14:00\n  dates: [20240301]\n', 'invalid', '`cadence.dates[0]` must be a map of keys, not the number 20240301'],
    ['a duration of zero minutes', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2024-01-05\n  time: 14:00\n  duration: 0\n', 'invalid', '`cadence.duration`'],
    ['an unknown key in a move', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2024-01-05\n  time: 14:00\n  moved:\n    - from: 2024-01-12\n      when: 2024-01-13\n', 'invalid', 'Unknown key `when` in cadence.moved[0]'],
    ['ISO weeks in words', 'name: Virt SIG\ncadence:\n  repeat: every other week\n  on: thursday\n  weeks: every odd one\n  from: 2024-01-04\n  time: 14:00\n', 'invalid', '`cadence.weeks`: expected `odd`, `even` or `K of N`'],
    ['ISO weeks that do not fit the repeat', 'name: Virt SIG\ncadence:\n  repeat: every 4 weeks\n  on: thursday\n  weeks: odd\n  from: 2024-01-04\n  time: 14:00\n', 'check only', '`weeks: odd` needs `repeat: every other week`'],
    ['biweekly', 'name: Virt SIG\ncadence:\n  repeat: biweekly\n  on: tuesday\n  from: 2024-01-02\n  time: 14:00\n', 'check only', 'biweekly is ambiguous'],
    ['an unknown weekday', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: someday\n  from: 2024-01-02\n  time: 14:00\n', 'check only', '`cadence.on`: expected a weekday'],
    ['repeat and rrule', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  rrule: FREQ=WEEKLY\n  from: 2024-01-02\n  time: 14:00\n', 'check only', 'use either `repeat:` or `rrule:`'],
    ['two schedules without ids', 'name: Virt SIG\ncadence:\n  - repeat: weekly\n    on: monday\n    from: 2024-01-01\n    time: 14:00\n  - repeat: weekly\n    on: friday\n    from: 2024-01-05\n    time: 14:00\n', 'check only', 'several schedules: give each an `id:`'],
    ['a day that does not exist', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: tuesday\n  from: 2014-02-30\n  time: 14:00\n', 'check only', 'not a real day'],
    ['a move that moves nothing', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2024-01-05\n  time: 14:00\n  moved:\n    - from: 2024-01-12\n', 'check only', 'a move needs `to:`, `time:` or `venue:`'],
    ['a zone that does not exist', 'name: Virt SIG\ntimeZone: Mars/Olympus_Mons\n', 'check only', 'not an IANA time zone name'],
    ['a weekly schedule without a first date', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: friday\n  time: 14:00\n', 'check only', 'missing `from:`'],
    ['a first date on the wrong weekday', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2024-01-04\n  time: 14:00\n', 'check only', 'is a Thursday, not a Friday'],
    ['a duration of no length', 'name: Virt SIG\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2024-01-05\n  time: 14:00\n  duration: 0h\n', 'check only', 'expected minutes (90) or a duration'],
  ],
  minutes: [
    ['a date only', 'date: 2014-04-11\n', 'valid'],
    [
      'every key',
      'date: 2014-04-11\ntitle: First SIG meeting\nchair: LK\nscribe: [lars-kurth]\nattendees: [LK, GD, Karanbir Singh]\nregrets: []\nvenue: bluejeans\n',
      'valid',
    ],
    ['an empty block', '', 'invalid', 'Missing required key `date`'],
    ['no date', 'title: First SIG meeting\n', 'invalid', 'Missing required key `date`'],
    ['a date without leading zeros', 'date: 2014-4-11\n', 'invalid', 'date-invalid'],
    ['a date as a number', 'date: 20140411\n', 'invalid', '`date` must be text, not the number 20140411'],
    ['permalink, which would steer the site generator', 'date: 2014-04-11\npermalink: /x/\n', 'invalid', '`permalink` is not allowed in minutes'],
    ['layout', 'date: 2014-04-11\nlayout: evil.njk\n', 'invalid', '`layout` is not allowed in minutes'],
    ['an unknown key', 'date: 2014-04-11\nattendee: [LK]\n', 'invalid', 'Unknown key `attendee`'],
    ['a number among the attendees', 'date: 2014-04-11\nattendees: [LK, 42]\n', 'invalid', '`attendees`'],
    ['an empty chair', 'date: 2014-04-11\nchair: ""\n', 'invalid', '`chair`: Too small'],
    ['an empty title', 'date: 2014-04-11\ntitle: ""\n', 'invalid', '`title`: Too small'],
    ['attendees as a mapping', 'date: 2014-04-11\nattendees:\n  LK: yes\n', 'invalid', '`attendees`'],
    ['a list', '- date: 2014-04-11\n', 'invalid', 'The front matter must be a map of keys such as `date:`, not a list'],
    ['a day that does not exist', 'date: 2014-02-30\n', 'check only', 'date-invalid'],
    ['a date other than the file name’s', 'date: 2014-04-12\n', 'check only', 'date-file-mismatch'],
  ],
};

describe('the schemas and check give the same verdict', () => {
  for (const [kind, rows] of Object.entries(TABLE) as [Kind, Row[]][]) {
    test.each(rows)(`${kind}: %s`, (_name, text, verdict, checkSays?: string) => {
      const schema = schemaAccepts(kind, text);
      const check = checkAccepts(kind, text);
      // The errors are there to be read when the verdicts differ.
      expect({ schema: schema.ok, check: check.ok, schemaErrors: schema.errors, checkErrors: check.errors }).toMatchObject({
        schema: verdict !== 'invalid',
        check: verdict === 'valid',
      });
      // Check refuses for the reason the row is about, not for some slip in the example.
      if (checkSays !== undefined) expect(check.errors.join('\n')).toContain(checkSays);
    });
  }
});

/** Every YAML file and minutes file of the example wiki in content/. */
function exampleFiles(): [Kind, string][] {
  const groups = readdirSync(join(ROOT, 'content/groups'));
  return [
    ['sigwiki.yaml', 'content/sigwiki.yaml'],
    ['people.yaml', 'content/people.yaml'],
    ...groups.flatMap((group): [Kind, string][] => {
      const folder = `content/groups/${group}`;
      const minutes = readdirSync(join(ROOT, folder)).filter((name) => name.endsWith('.md'));
      return [['group.yaml', `${folder}/group.yaml`], ...minutes.map((name): [Kind, string] => ['minutes', `${folder}/${name}`])];
    }),
  ];
}

describe('the example wiki', () => {
  const examples = exampleFiles();

  it('has files of every kind', () => {
    expect(new Set(examples.map(([kind]) => kind))).toEqual(new Set(Object.keys(KINDS)));
    expect(examples.length).toBeGreaterThan(6);
  });

  test.each(examples)('%s %s is valid for both', (kind, path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    expect({ schema: schemaAccepts(kind, text), check: checkAccepts(kind, text, path) }).toEqual({ schema: { ok: true, errors: null }, check: { ok: true, errors: [] } });
  });
});

describe('the files in schemas/', () => {
  it('are what the generator returns now (npm run compile writes them)', () => {
    const onDisk = readdirSync(join(ROOT, 'schemas')).sort();
    expect(onDisk).toEqual(files.map((file) => file.fileName).sort());
    for (const { fileName, schema } of files) {
      expect(readFileSync(join(ROOT, 'schemas', fileName), 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
    }
  });

  it('are draft-07 with a title and a description, and name no made-up host', () => {
    for (const { schema } of files) {
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.title).toEqual(expect.any(String));
      expect(schema.description).toEqual(expect.any(String));
      expect(schema.$id).toBeUndefined();
    }
  });

  it('give editors help on every key of the group file', () => {
    const group = files.find((file) => file.fileName === 'group.schema.json')!.schema;
    for (const [key, property] of Object.entries(group.properties!)) {
      expect((property as { description?: string }).description, key).toEqual(expect.any(String));
    }
  });
});

describe('values check reads by hand', () => {
  it('time: the pattern accepts exactly what parseTime accepts', () => {
    const text = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '9', ':', '-', '–', ' ', '\t', 'a'), maxLength: 14 });
    const times = fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }), fc.constantFrom('', '0')).map(([h, m, pad]) => `${pad}${h}:${String(m).padStart(2, '0')}`);
    const ranges = fc.tuple(times, fc.constantFrom('-', ' - ', '–', ' – ', '--', ''), times, fc.constantFrom('', ' ', '-')).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, times, ranges), (value) => {
        expect(new RegExp(TIME_TEXT.source, 'u').test(value)).toBe(typeof parseTime(value) !== 'string');
      }),
      { numRuns: 2000 },
    );
  });

  it('time zones: every zone the platform knows passes both, in every file that has one', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    for (const zone of zones) {
      const site = `title: Minutes\ntimeZone: ${zone}\n`;
      const group = `name: Virt SIG\ntimeZone: ${zone}\ncadence:\n  repeat: weekly\n  on: friday\n  from: 2024-01-05\n  time: 14:00\n  timeZone: ${zone}\n`;
      const verdicts = [schemaAccepts('sigwiki.yaml', site), checkAccepts('sigwiki.yaml', site), schemaAccepts('group.yaml', group), checkAccepts('group.yaml', group)];
      expect(verdicts, zone).toEqual([{ ok: true, errors: null }, { ok: true, errors: [] }, { ok: true, errors: null }, { ok: true, errors: [] }]);
    }
  });

  it('case-insensitive patterns are spelled out, since JSON Schema patterns have no flags', () => {
    const source = withoutFlags(/^(?:https?:\/\/|mailto:)\S+$/i)!;
    expect(new RegExp(source, 'u').test('HTTPS://EXAMPLE.ORG')).toBe(true);
    expect(new RegExp(source, 'u').test('MailTo:x@example.org')).toBe(true);
    expect(new RegExp(source, 'u').test('ftp://example.org')).toBe(false);
    expect(withoutFlags(/^[a-z]+$/i)).toBeUndefined(); // a class with letters: dropped, so looser
    expect(withoutFlags(/^(?<scheme>https):/i)).toBeUndefined();
    expect(withoutFlags(/^a$/m)).toBeUndefined();
    expect(withoutFlags(/^a\d$/)).toBe('^a\\d$');
  });
});
