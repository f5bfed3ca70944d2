// People named only as the owner of an explicit action are proposed, and their actions written with them.
import { describe, expect, test } from 'vitest';
import { importMinutes } from '../../src/import/index.js';
import { actionOwnerNames } from '../../src/import/action-owner-names.js';
import { resolverFor } from './helpers.js';

// Invented minutes: the people below do not exist.
const source = `# Widgets WG 2031-05-06

Moderator: Priya Natarajan

ACTION: Mirela Vasquez (mvas) will draft the release notes.
* ACTION: - Kenji Arakawa (karakawa) & Sean O'Dowd - Clarify what "supported" means.
* Action item: Tomas Ruiz to book the room.

ACTION: Search Results page is slow, look into it.

ACTION: Core Team will decide on the logo.

ACTION: Everyone - comment on the RFC.
`;

describe('action owners that no people list names', () => {
  test('full names leading an explicit marker, with their handles, and nothing else', () => {
    expect(actionOwnerNames(source.split('\n').slice(2).join('\n'), source).map((ref) => [ref.text, ref.line, ref.aliases])).toEqual([
      ['Mirela Vasquez', 5, ['mvas']],
      ['Kenji Arakawa', 6, ['karakawa']],
      ["Sean O'Dowd", 6, undefined],
      ['Tomas Ruiz', 7, undefined],
    ]);
  });

  test('are proposed as people (not attendees) and own their actions', () => {
    const result = importMinutes(source, { fileName: 'widgets-2031-05-06.md', resolvePerson: resolverFor([]) });
    expect(result.unknownPeople.map((p) => p.name).sort()).toEqual(['Kenji Arakawa', 'Mirela Vasquez', 'Priya Natarajan', "Sean O'Dowd", 'Tomas Ruiz']);
    expect(result.unknownPeople.find((p) => p.name === 'Mirela Vasquez')?.aliases).toContain('mvas');
    expect(result.attendees).toEqual([]);
    expect(result.chair).toEqual(['Priya Natarajan']);
    const actions = result.body.split('\n').filter((line) => /^\s*(?:\* )?ACTION/.test(line));
    expect(actions).toEqual([
      // The site reads this one's owner as written, so it stays.
      'ACTION: Mirela Vasquez (mvas) will draft the release notes.',
      `* ACTION Kenji Arakawa and Sean O'Dowd: Kenji Arakawa (karakawa) & Sean O'Dowd - Clarify what "supported" means.`,
      '* ACTION Tomas Ruiz: to book the room.',
      'ACTION: Search Results page is slow, look into it.',
      'ACTION: Core Team will decide on the logo.',
      'ACTION: Everyone - comment on the RFC.',
    ]);
    expect(result.summary.unownedActions).toBe(3);
    expect(result.warnings.filter((w) => w.ruleId === 'import-words-lost')).toEqual([]);
  });

  test('an owner in brackets at the end of the line, when the handle is someone\'s', () => {
    const minutes = '# Widgets WG 2031-05-06\n\nModerator: Priya Natarajan (pnat)\n\n* ACTION: merge the PR at will (pnat)\n* ACTION: ask on the list (zed)\n';
    const result = importMinutes(minutes, { fileName: 'widgets-2031-05-06.md', resolvePerson: resolverFor([]) });
    expect(result.body.split('\n').filter((line) => line.includes('ACTION'))).toEqual([
      '* ACTION Priya Natarajan: merge the PR at will (pnat)',
      '* ACTION: ask on the list (zed)',
    ]);
  });
});
