import { describe, expect, test } from 'vitest';
import { personId, personName } from '../../src/import/person-name.js';

describe('personName', () => {
  test('splits wiki names and keeps initials as aliases', () => {
    expect(personName('LarsKurth (LK)')).toEqual({ written: 'LarsKurth', name: 'Lars Kurth', aliases: ['LK', 'LarsKurth'], suggestedId: 'lars-kurth' });
    expect(personName('EuanHarris')).toEqual({ written: 'EuanHarris', name: 'Euan Harris', aliases: ['EuanHarris'], suggestedId: 'euan-harris' });
  });

  test('leaves short-suffix names and nicks whole', () => {
    expect(personName('Dave Scott')).toEqual({ written: 'Dave Scott', name: 'Dave Scott', aliases: [], suggestedId: 'dave-scott' });
    expect(personName('ThomasG.')).toMatchObject({ written: 'ThomasG', name: 'ThomasG', suggestedId: 'thomasg' });
    expect(personName('McDonald')).toMatchObject({ name: 'McDonald' });
    expect(personName('sol_r')).toMatchObject({ name: 'sol_r', suggestedId: 'sol-r', aliases: [] });
    expect(personName('tyll_')).toMatchObject({ name: 'tyll_', suggestedId: 'tyll' });
  });

  test('drops notes that are not aliases', () => {
    expect(personName('Ann Lee (Citrix)')).toMatchObject({ name: 'Ann Lee', aliases: [] });
    expect(personName('Ann Lee - Citrix')).toMatchObject({ name: 'Ann Lee', aliases: [] });
    expect(personName('**Ann**')).toMatchObject({ name: 'Ann' });
  });

  test('refuses text that is not a name', () => {
    expect(personName('')).toBeUndefined();
    expect(personName('(LK)')).toBeUndefined();
    expect(personName('42')).toBeUndefined();
    expect(personName('all of the members of the SIG')).toBeUndefined();
    expect(personName('the new design')).toBeUndefined();
    expect(personName('none')).toBeUndefined();
    expect(personName('TBD')).toBeUndefined();
  });
});

describe('personId', () => {
  test('makes ids of lower-case letters, digits and hyphens, starting with a letter', () => {
    expect(personId('Björn Ström')).toBe('bjorn-strom');
    expect(personId('2ndQuadrant')).toBe('person-2ndquadrant');
    expect(personId('!!!')).toBe('person');
  });
});
