// Test fixtures: the seed cadences, written as a minute-taker would in group.yaml.
import { parse } from 'yaml';
import { CadenceSchema, type Cadence } from '../../../src/calendar/cadence-schema.js';
import type { IcsGroup } from '../../../src/calendar/ics.js';

/** Parses a `cadence:` block from YAML 1.2 text (unquoted 14:00 and 2014-04-22 stay strings). */
export function cadenceFromYaml(text: string): Cadence {
  return CadenceSchema.parse((parse(text, { version: '1.2' }) as { cadence: unknown }).cadence);
}

/** CentOS Virt SIG, 2014: "every other Tuesday from 14:00-15:00 London time starting on April 22nd". */
export const CENTOS_YAML = `
cadence:
  repeat: every other week
  on: tuesday
  from: 2014-04-22
  time: 14:00-15:00
  timeZone: Europe/London
  venues: [bluejeans, centos-devel]
`;

export const CENTOS_VENUES = {
  bluejeans: { name: 'Bluejeans video call', kind: 'video', url: 'https://bluejeans.com/centos-virt' },
  'centos-devel': { name: '#centos-devel on Freenode', kind: 'irc', url: 'irc://chat.freenode.net/centos-devel' },
};

/** A feed entry for a cadence, with the CentOS venues. */
export function groupEntry(cadence: Cadence, extra: Partial<IcsGroup> = {}): IcsGroup {
  return {
    group: { id: 'centos-virt', name: 'CentOS Virtualization SIG', url: 'https://minutes.example.org/groups/centos-virt/' },
    venues: CENTOS_VENUES,
    cadence,
    defaultTimeZone: 'Europe/London',
    ...extra,
  };
}

/** MirageOS, 2016: calls every two weeks on Wednesdays from 17 February 2016. */
export const MIRAGE_YAML = `
cadence:
  repeat: every 2 weeks
  on: wednesday
  from: 2016-02-17
  time: "16:00"        # an assumption: the notes give no time
  duration: 1h
  timeZone: Europe/London
`;
