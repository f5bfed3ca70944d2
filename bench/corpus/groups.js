// Makes the corpus's groups: name, time zone, action prefix, cadence, members, roles, venues.
import { personRef } from './people.js';
import { TIME_ZONES, TOPICS } from './words.js';

/** Cadences groups meet on, as days between meetings (28 stands for "monthly"). */
const CADENCES = [
  { days: 7, label: 'weekly' },
  { days: 14, label: 'every other week' },
  { days: 28, label: 'every four weeks' },
  { days: 30, label: 'monthly' },
];

/**
 * @typedef {{
 *   id: string, name: string, prefix: string, cadenceDays: number, cadenceLabel: string,
 *   timeZone: string, members: import('./people.js').Person[], chairs: import('./people.js').Person[],
 *   venueIds: string[], record: object
 * }} Group
 */

/**
 * Makes `count` groups over `people`. Each has 30-90 members, a chair and a secretary among
 * them, 1-3 venues and a cadence (generate-corpus writes it into group.yaml once the
 * meetings are dated). Half the groups set a short `actionPrefix`; all prefixes are unique.
 * @param {import('./prng.js').Prng} rng
 * @param {number} count at most TOPICS.length × 3
 * @param {import('./people.js').Person[]} people
 * @returns {Group[]}
 */
export function makeGroups(rng, count, people) {
  const kinds = ['SIG', 'Working Group', 'Team'];
  const prefixes = new Set();
  return Array.from({ length: count }, (_, index) => {
    const topic = TOPICS[index % TOPICS.length];
    const kind = kinds[Math.floor(index / TOPICS.length)];
    const name = `${topic} ${kind}`;
    const id = name.toLowerCase().replace(/ /g, '-');
    const short = rng.chance(0.5) ? topic.slice(0, 4).toLowerCase() : id;
    let prefix = short;
    for (let n = 2; prefixes.has(prefix); n++) prefix = `${short}${n}`;
    prefixes.add(prefix);
    const cadence = CADENCES[index % CADENCES.length];
    const members = rng.sample(people, rng.int(30, 90));
    const chairs = members.slice(0, rng.int(1, 2));
    const venues = makeVenues(rng, id);
    const record = {
      name,
      description: `The ${name} meets ${cadence.label}. Minutes are kept in this repository; see the [charter](https://wiki.example.org/${id}/charter).`,
      timeZone: rng.pick(TIME_ZONES),
      ...(prefix === id ? {} : { actionPrefix: prefix }),
      roles: {
        chair: chairs.map((person) => person.id),
        secretary: personRef(rng, members[2]),
        'release manager': members.slice(3, 3 + rng.int(1, 3)).map((person) => person.id),
      },
      venues,
    };
    return {
      id, name, prefix, cadenceDays: cadence.days, cadenceLabel: cadence.label, timeZone: record.timeZone,
      members, chairs, venueIds: Object.keys(venues), record,
    };
  });
}

function makeVenues(rng, id) {
  const all = {
    irc: { name: `#${id} on Libera.Chat`, kind: 'irc', url: `ircs://irc.libera.chat:6697/${id}` },
    video: { name: 'Jitsi video call', kind: 'video', url: `https://meet.jit.si/${id}` },
    phone: { name: `${id} phone bridge`, kind: 'phone' },
  };
  const ids = rng.sample(Object.keys(all), rng.int(1, 3));
  return Object.fromEntries(ids.map((venue) => [venue, all[venue]]));
}
