import { describe, expect, test } from 'vitest';
import { meetbotAction, mentionedNicks } from '../../src/import/meetbot-action.js';

describe('meetbotAction', () => {
  test('moves leading owners before the colon', () => {
    expect(meetbotAction('tiwari to raise the timeout', ['tiwari'])).toBe('ACTION tiwari: to raise the timeout');
    expect(meetbotAction('jfeld and mkoval to draft it', ['jfeld', 'mkoval'])).toBe('ACTION jfeld and mkoval: to draft it');
    expect(meetbotAction('a, b & c to meet', ['a', 'b', 'c'])).toBe('ACTION a, b and c: to meet');
  });

  test('keeps the text whole when the owners are not exactly its first words', () => {
    expect(meetbotAction('ping tiwari about it', ['tiwari'])).toBe('ACTION tiwari: ping tiwari about it');
    expect(meetbotAction('tiwari and the infra team to fix it', ['tiwari'])).toBe('ACTION tiwari: tiwari and the infra team to fix it');
    expect(meetbotAction('update the wiki', [])).toBe('ACTION: update the wiki');
  });
});

describe('mentionedNicks', () => {
  test('finds present nicks named in the text, in text order', () => {
    expect(mentionedNicks('ask Bob and alice_ about it', ['alice_', 'bob', 'carol'])).toEqual(['bob', 'alice_']);
  });
});
