import { describe, expect, test } from 'vitest';
import { parseDateText } from '../../src/import/parse-date-text.js';

describe('parseDateText', () => {
  test.each([
    ['Fri Apr 11 14:07:05 UTC 2014', '2014-04-11'],
    ['Fri, 11 Apr 2014 23:07:05 +0000', '2014-04-11'],
    ['17th Feb 2016: Containers, 2.7 prep', '2016-02-17'],
    ['February 2nd, 2016', '2016-02-02'],
    ['#fedora-meeting-1: RELENG (2015-02-09)', '2015-02-09'],
    ['releng.2015-02-09-16.31.txt', '2015-02-09'],
    ['1st of March 2020', '2020-03-01'],
  ])('%s → %s', (text, date) => {
    expect(parseDateText(text)?.date).toBe(date);
  });

  test('refuses days that do not exist and text without a year', () => {
    expect(parseDateText('31st Feb 2016')).toBeUndefined();
    expect(parseDateText('2016-13-01')).toBeUndefined();
    expect(parseDateText('Minutes [11/04]')).toBeUndefined();
  });
});
