// Which request paths `serve` refuses before Eleventy's dev server sees them (issue 14, finding 17).
import { describe, expect, it } from 'vitest';
import { refusedRequestPath } from '../../src/site/dev-server.js';

describe('refusedRequestPath', () => {
  it('lets every path a site has through', () => {
    for (const url of ['/', '/groups/mirageos/', '/groups/mirageos/2016-02-17/', '/pagefind/pagefind-entry.json', '/people/th%C3%A9o/', '/minutes/?q=a%2Fb', '/a%20b.html']) {
      expect(refusedRequestPath(url), url).toBeUndefined();
    }
  });

  it('refuses paths that decode to a parent folder, malformed escapes, NUL and backslashes', () => {
    const refused: [string, RegExp][] = [
      ['/..%2f..%2fetc%2fpasswd', /`\.\.`/],
      ['/assets/..%2F..%2Fpackage.json', /`\.\.`/],
      ['/%2e%2e%2f_site-other/x', /`\.\.`/],
      ['/%E0%A4%A', /malformed/],
      ['/%', /malformed/],
      ['/index.html%00.txt', /NUL/],
      ['/..%5c..%5cetc%5cpasswd', /backslash/],
    ];
    for (const [url, reason] of refused) expect(refusedRequestPath(url), url).toMatch(reason);
  });
});
