// Turns names written in content into people, reporting the ones that match nobody.
import { SigwikiMessage, type Point } from '../diagnostics/message.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { PeopleIndex } from './people-index.js';
import type { Person } from './wiki.js';

/** Resolves names through the index; where a name is unknown, `report` gets a message. */
export class PeopleResolver {
  private readonly index: PeopleIndex;
  private readonly byId: ReadonlyMap<string, Person>;
  private readonly reportUnknown: boolean;

  /** False when people.yaml could not be read: no name is known, and none is reported. */
  get knowsPeople(): boolean {
    return this.reportUnknown;
  }

  /**
   * With `reportUnknown: false` (people.yaml could not be read), names that match nobody are
   * dropped without a message: they are unknown because of that one error, not their own.
   */
  constructor(index: PeopleIndex, byId: ReadonlyMap<string, Person>, options: { reportUnknown?: boolean } = {}) {
    this.index = index;
    this.byId = byId;
    this.reportUnknown = options.reportUnknown ?? true;
  }

  /** True when `name` refers to exactly one known person. */
  isPerson = (name: string): boolean => this.index.resolve(name) !== undefined;

  /**
   * The people `names` refer to, in order and without repeats. Each unknown name adds a
   * `person-unknown` message at `placeOf(i)` (the i-th name's position) to `messages`.
   */
  resolve(names: readonly string[], file: string, placeOf: (index: number) => Point, messages: SigwikiMessage[], what: string): Person[] {
    const people = new Set<Person>();
    names.forEach((name, index) => {
      const record = this.index.resolve(name);
      const person = record && this.byId.get(record.id);
      if (person) {
        people.add(person);
        return;
      }
      if (!this.reportUnknown) return;
      const ambiguous = this.index.ambiguous.get(name.trim().toLowerCase());
      messages.push(
        new SigwikiMessage(
          ambiguous ? `\`${name}\` in ${what} could be ${ambiguous.join(' or ')}` : `Unknown person \`${name}\` in ${what}`,
          {
            file,
            place: placeOf(index),
            ruleId: ambiguous ? 'alias-ambiguous' : 'person-unknown',
            hint: ambiguous
              ? 'write the person id instead'
              : (didYouMean(name, this.index.suggester) ?? 'add them to people.yaml, or use an id, name or alias listed there'),
            actual: name,
          },
        ),
      );
    });
    return [...people];
  }
}
