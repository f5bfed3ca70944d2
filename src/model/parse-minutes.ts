// Reads one minutes file: file name, front matter, body; nothing that needs other files.
import { SigwikiMessage, type MessageFields } from '../diagnostics/message.js';
import type { ContentFile } from './content-files.js';
import { PERSON_KEYS, toPlace, type MinutesRecord, type Places } from './content-records.js';
import { isSupportedDay, SUPPORTED_DAYS } from './days.js';
import { encodingMessages } from './encoding.js';
import { splitFrontMatter } from './frontmatter.js';
import { shapeMessage, type YamlShape } from './parse-yaml-file.js';
import { parseMinutesBody, type ParsedBody } from './minutes-body.js';
import { MeetingFrontMatterSchema, RESERVED_KEYS, type MeetingFrontMatter } from './schema/meeting.js';
import { validate } from './validate.js';
import { pointAtKey, pointAtValue, type YamlSource } from './yaml-source.js';

const FRONT_MATTER_SHAPE: YamlShape = {
  type: 'map',
  subject: 'The front matter',
  description: 'a map of keys such as `date:`',
  hint: 'write the block as lines like "date: 2016-02-17", without a leading "- "',
};

const FILE_NAME = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.md$/;

/**
 * The most meetings of one group on one day: `-2.md` to `-26.md` after the first. The second and
 * later meetings of a day give their action ids a letter, `b` to `z` (virt-20140411b-1).
 */
export const MAX_ORDINAL = 26;

/** Parses a minutes file. Every problem is a message; `frontMatter` is undefined if unusable. */
export function parseMinutes(file: ContentFile, options: { render: boolean } = { render: true }): MinutesRecord {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const nameMatch = FILE_NAME.exec(name);
  const suffix = nameMatch?.[2];
  const record: MinutesRecord = {
    path: file.path,
    slug: name.replace(/\.md$/, ''),
    ordinal: suffix === undefined ? 1 : Number(suffix),
    frontMatter: undefined,
    places: {},
    body: { html: '', actions: [], closes: [], headings: [], rawHtmlLines: [], malformedActionLines: [], actionFormLines: [], unsafeLinkLines: [] },
    messages: [],
  };
  const messages =
    suffix !== undefined && (suffix.startsWith('0') || record.ordinal < 2 || record.ordinal > MAX_ORDINAL)
      ? [ordinalMessage(file.path, name, nameMatch![1]!)]
      : readMinutes(file, nameMatch?.[1], record, options);
  record.messages = messages.map((message) => message.toJSON());
  return record;
}

/** The message of a name whose `-N` suffix is not 2 to {@link MAX_ORDINAL}. */
function ordinalMessage(path: string, name: string, date: string): SigwikiMessage {
  const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
  return new SigwikiMessage(`The \`-N\` at the end of minutes file name \`${shown}\` must be a number from 2 to ${MAX_ORDINAL}`, {
    file: path,
    ruleId: 'file-name-invalid',
    hint: `name the first meeting of the day ${date}.md, the second ${date}-2.md, and so on; a group has at most ${MAX_ORDINAL} meetings a day`,
  });
}

/** Fills `record` from the file and returns the problems found. */
function readMinutes(file: ContentFile, fileDate: string | undefined, record: MinutesRecord, options: { render: boolean }): SigwikiMessage[] {
  if (fileDate === undefined) {
    return [
      new SigwikiMessage(`Minutes file name \`${record.slug}.md\` is not a date`, {
        file: file.path,
        ruleId: 'file-name-invalid',
        hint: 'name minutes YYYY-MM-DD.md, or YYYY-MM-DD-2.md for a second meeting that day',
      }),
    ];
  }
  const encoding = encodingMessages(file.path, file.text);
  const fatal = encoding.find((message) => message.severity === 'error');
  if (fatal) return [fatal];
  const split = splitFrontMatter(file.path, file.text);
  const messages = [...encoding, ...split.messages];
  if (!split.source || split.data === undefined) return messages;
  const source = split.source;
  const wrongShape = shapeMessage(file.path, split.data, source, FRONT_MATTER_SHAPE);
  if (wrongShape) return [...messages, wrongShape];

  const data = isRecord(split.data) ? split.data : {};
  const allowed = Object.keys(MeetingFrontMatterSchema.shape);
  for (const key of Object.keys(data).filter((key) => RESERVED_KEYS.has(key))) {
    messages.push(
      new SigwikiMessage(`\`${key}\` is not allowed in minutes`, {
        file: file.path,
        place: pointAtKey(source, [key]),
        ruleId: 'frontmatter-reserved-key',
        hint: `minutes are data, not templates: sigwiki decides pages and layouts. Allowed keys: ${allowed.join(', ')}`,
        actual: key,
        expected: allowed,
      }),
    );
    delete data[key];
  }
  const checked = validate(MeetingFrontMatterSchema, isRecord(split.data) ? data : split.data, source);
  messages.push(...checked.messages.map((message) => withDateHint(message)));
  if (!checked.value) return messages;

  if (!isSupportedDay(checked.value.date)) {
    messages.push(
      new SigwikiMessage(`\`date: ${checked.value.date}\` is outside the days sigwiki supports`, {
        file: file.path,
        place: pointAtValue(source, ['date']),
        ruleId: 'date-out-of-range',
        hint: `meetings are dated from ${SUPPORTED_DAYS.first} to ${SUPPORTED_DAYS.last}; check the year`,
        actual: checked.value.date,
      }),
    );
    return messages;
  }
  if (checked.value.date !== fileDate) {
    messages.push(
      new SigwikiMessage(`\`date: ${checked.value.date}\` does not match the file name's date ${fileDate}`, {
        file: file.path,
        place: pointAtValue(source, ['date']),
        ruleId: 'date-file-mismatch',
        hint: `set \`date: ${fileDate}\`, or rename the file to ${checked.value.date}.md`,
        actual: checked.value.date,
        expected: [fileDate],
      }),
    );
  }
  record.frontMatter = checked.value;
  record.places = linkedPlaces(source, checked.value);
  record.body = parseMinutesBody(split.body, split.bodyLineOffset, options);
  for (const [lines, reason, fields] of bodyFindings(record.body)) {
    for (const line of lines) messages.push(new SigwikiMessage(reason, { file: file.path, place: { line, column: 1 }, ...fields }));
  }
  for (const { line, rewrite } of record.body.actionFormLines) {
    messages.push(
      new SigwikiMessage('This action is written in a form sigwiki does not read, so it is not listed as an action', {
        file: file.path,
        place: { line, column: 1 },
        ruleId: 'action-malformed',
        severity: 'warning',
        hint: `write it as \`${rewrite}\` (the owner is an id, name or alias from people.yaml)`,
      }),
    );
  }
  return messages;
}

/** The places of the values that linking may complain about: person references and the venue. */
function linkedPlaces(source: YamlSource, frontMatter: MeetingFrontMatter): Places {
  const places: Record<string, [number, number]> = { venue: toPlace(pointAtValue(source, ['venue'])) };
  for (const key of PERSON_KEYS) {
    places[key] = toPlace(pointAtValue(source, [key]));
    frontMatter[key].forEach((_name, index) => {
      places[`${key}/${index}`] = toPlace(pointAtValue(source, [key, index]));
    });
  }
  return places;
}

function withDateHint(message: SigwikiMessage): SigwikiMessage {
  if (message.ruleId !== 'schema-invalid' || !message.reason.startsWith('`date`')) return message;
  return new SigwikiMessage(message.reason, {
    file: message.file,
    place: message.line === undefined ? undefined : { line: message.line, column: message.column ?? 1 },
    ruleId: 'date-invalid',
    hint: 'write the meeting day as YYYY-MM-DD, e.g. 2014-04-11',
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the body pass flagged, line by line, with the message each line gets. */
function bodyFindings(body: ParsedBody): [number[], string, Pick<MessageFields, 'ruleId' | 'severity' | 'hint'>][] {
  return [
    [
      body.rawHtmlLines,
      'Raw HTML is shown as text, not interpreted',
      { ruleId: 'content-raw-html', severity: 'warning', hint: 'use Markdown instead, or wrap the HTML in backticks to show it as code' },
    ],
    [
      body.malformedActionLines,
      'This looks like an action or a close line, but sigwiki cannot read it',
      {
        ruleId: 'action-malformed',
        severity: 'warning',
        hint: 'write `ACTION <owner>: <text>` (capital ACTION), or `DONE <id>` / `DROPPED <id>` with the full id, e.g. virt-20140411-3',
      },
    ],
    [
      body.unsafeLinkLines,
      'A javascript:, vbscript:, data: or file: link is not allowed',
      { ruleId: 'content-unsafe-link', hint: 'link with https://, mailto: or a relative address; such links are never published' },
    ],
  ];
}
