import { describe, expect, test } from 'vitest';
import { detectFormat } from '../../src/import/index.js';
import { fixture } from './helpers.js';

describe('detectFormat', () => {
  test('recognises the three sample files', () => {
    expect(detectFormat(fixture('centos-virt-sig-2014-04-11.txt'), 'centos-virt-sig-2014-04-11.txt')).toBe('mailing-list');
    expect(detectFormat(fixture('mirageos-call-2016-02-17.md'), 'mirageos-call-2016-02-17.md')).toBe('markdown-notes');
    expect(detectFormat(fixture('meetbot-sample.txt'), 'meetbot-sample.txt')).toBe('meetbot');
  });

  test('goes by the text before the file name', () => {
    expect(detectFormat(fixture('meetbot-sample.txt'), 'minutes.md')).toBe('meetbot');
    expect(detectFormat('[dev] Minutes\n\nText', 'notes.md')).toBe('mailing-list');
    expect(detectFormat('From: Ann <ann@example.org>\nSubject: minutes\nDate: 1 May 2020\n\nText', 'x.md')).toBe('mailing-list');
  });

  test('falls back on the file name, then on headings', () => {
    expect(detectFormat('Some notes\n- a point', 'notes.markdown')).toBe('markdown-notes');
    expect(detectFormat('## Agenda\n- a point', 'notes')).toBe('markdown-notes');
    expect(detectFormat('== Agenda ==\n* a point', 'notes.txt')).toBe('mailing-list');
    expect(detectFormat('plain words', 'notes.txt')).toBe('mailing-list');
  });
});
