// The content/ folder `sigwiki init` writes: site, people, one group with a cadence, first minutes.
import { DateTime } from 'luxon';
import { stringify } from 'yaml';

/** What the content files are made from; every value has already been validated. */
export interface InitContentOptions {
  title: string;
  url?: string | undefined;
  timeZone: string;
  groupId: string;
  groupName: string;
  /** `YYYY-MM-DD`: the first minutes' date and the cadence's first meeting. */
  today: string;
}

/** The example person the first minutes name, to be replaced by the group's people. */
export const EXAMPLE_PERSON = { id: 'alex-example', name: 'Alex Example', alias: 'AE' } as const;

/**
 * The `# yaml-language-server: $schema=...` line that points an editor at sigwiki's schema for
 * a YAML file `depth` folders below the wiki's root (content/people.yaml is at depth 1).
 */
export function schemaModeline(schema: string, depth: number): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}node_modules/sigwiki/schemas/${schema}.schema.json`;
}

/** A YAML 1.2 scalar for `text`, quoted only when it must be (`Docs: SIG` → `"Docs: SIG"`). */
export function yamlText(text: string): string {
  return stringify(text, { version: '1.2', lineWidth: 0 }).trimEnd();
}

/** content/sigwiki.yaml. */
export function sigwikiYaml(options: InitContentOptions): string {
  const url = options.url ? `url: ${yamlText(options.url)}` : '# url: https://<owner>.github.io/<repository>/';
  return `${schemaModeline('sigwiki', 1)}
# The site as a whole. Every key: node_modules/sigwiki/docs/content-format.md
title: ${yamlText(options.title)}
${note(url, 'the published address, used in feeds and calendars')}
${note(`timeZone: ${options.timeZone}`, 'default zone of groups that do not name one')}
# With a repository, every page gets "edit this page" and "history" links:
# repository:
#   url: https://github.com/<owner>/<repository>
#   branch: main
#   path: content
`;
}

/** content/people.yaml, with the one example person the first minutes name. */
export function peopleYaml(): string {
  return `${schemaModeline('people', 1)}
# Everyone who appears in the minutes. Minutes may name a person by id, by name or by any
# alias (initials, chat nick, e-mail address); matching ignores case. An alias belongs to one
# person only. Replace the example person with the people of your group.
${note(`- id: ${EXAMPLE_PERSON.id}`, 'lower-case letters, digits and hyphens; keep it once used')}
${note(`  name: ${EXAMPLE_PERSON.name}`, 'shown on the site')}
  aliases: [${EXAMPLE_PERSON.alias}]
  # links: [https://github.com/your-name]
`;
}

/** content/groups/<id>/group.yaml: roles, a venue and a cadence, each explained. */
export function groupYaml(options: InitContentOptions): string {
  const weekday = DateTime.fromISO(options.today, { zone: 'utc' }).setLocale('en').weekdayLong!.toLowerCase();
  const firstId = `${options.groupId}-${options.today.replaceAll('-', '')}-1`;
  return `${schemaModeline('group', 3)}
# One group: its minutes are the YYYY-MM-DD.md files next to this file.
# Every key: node_modules/sigwiki/docs/content-format.md
name: ${yamlText(options.groupName)}
description: >-
  What the group is for, in a sentence or two of Markdown.
timeZone: ${options.timeZone}
${note(`# actionPrefix: ${options.groupId}`, `starts action ids (${firstId}); default the group id`)}
${note('roles:', 'role: one person or a list, by id, name or alias')}
${note(`  chair: ${EXAMPLE_PERSON.id}`, '`sigwiki new` puts the chair and the scribe')}
${note(`  scribe: ${EXAMPLE_PERSON.id}`, 'in the next minutes')}
${note('venues:', 'where the group meets; minutes say `venue: <id>`')}
  video:
    name: Video call
${note('    kind: video', 'video, irc, chat, phone, in-person or other')}
${note(`    # url: https://meet.example.org/${options.groupId}`, 'the link people join with')}
  # chat:
  #   name: "#${options.groupId} on Matrix"
  #   kind: chat
  #   url: https://matrix.to/#/#${options.groupId}:example.org
${note('sections: [Agenda, Notes, Actions]', 'the headings `sigwiki new` writes')}
# When the group meets. The site shows the next meeting in each reader's own time zone and
# publishes calendar (.ics) feeds; the next-minutes workflow opens the next minutes as a pull
# request a few days before each meeting. Every key: node_modules/sigwiki/docs/cadence.md
cadence:
${note('  repeat: every other week', 'weekly, every other week, every 4 weeks, monthly, ad hoc')}
${note(`  on: ${weekday}`, 'monthly: first tuesday, last thursday, ...')}
${note(`  from: ${options.today}`, 'the first meeting; intervals and turns count from it')}
${note('  time: 15:00-16:00', "start-end, 24-hour clock, in the group's time zone")}
${note('  venue: video', 'a list takes turns: venues: [video, chat]')}
${note('  # cancelled: [2027-01-05]', 'regular meetings that do not happen')}
${note('  # moved:', 'regular meetings held at another time')}
  #   - {from: 2027-01-19, to: 2027-01-20, time: 16:00-17:00}
`;
}

/** `code`, then `# comment` from column 40 (or two spaces after a longer code). */
function note(code: string, comment: string): string {
  return `${code}${' '.repeat(Math.max(2, 40 - code.length))}# ${comment}`;
}

/** The first minutes, dated `today`: how a meeting is written, and the action syntax. */
export function firstMinutes(options: InitContentOptions): string {
  const due = DateTime.fromISO(options.today, { zone: 'utc' }).plus({ days: 14 }).toISODate()!;
  const firstId = `${options.groupId}-${options.today.replaceAll('-', '')}-1`;
  return `---
date: ${options.today}
title: First meeting
chair: ${EXAMPLE_PERSON.id}
scribe: ${EXAMPLE_PERSON.id}
attendees: [${EXAMPLE_PERSON.alias}]
venue: video
---

## Agenda

1. Keep our minutes in this repository
2. Agree when we meet

## Notes

These are the first minutes. The front matter above names the date (the same as the file name),
the chair, the scribe and who came, by id, name or alias from \`content/people.yaml\`. Below it,
any Markdown. To start the next minutes, run \`npx sigwiki new ${options.groupId}\`: it lists every
open action for review.

An action is a list item that starts with the word ACTION in capitals, then its owners, a colon
and what is to be done, with an optional due date at the end. Each action gets an id: the first
one below is \`${firstId}\`. A later meeting closes it with \`DONE ${firstId}\`,
\`DROPPED ${firstId}\` or a ticked \`- [x] ${firstId}\`.

## Actions

- ACTION ${EXAMPLE_PERSON.alias}: add everyone who comes to our meetings to people.yaml (due ${due})
- ACTION ${EXAMPLE_PERSON.name}: set our real meeting day, time and venue in group.yaml
`;
}
