import { describe, expect, it } from 'vitest';
import { tagUri } from '../../src/feeds/tag-uri.js';

describe('tagUri', () => {
  it('uses the site host and path, or sigwiki without a url', () => {
    expect(tagUri({}, '2014', 'virt/2014-04-11')).toBe('tag:sigwiki,2014:virt/2014-04-11');
    expect(tagUri({ url: 'https://Minutes.Example.org/' }, '2014', 'feed')).toBe('tag:minutes.example.org,2014:feed');
    expect(tagUri({ url: 'https://example.org/sigs/virt/' }, '2016', 'feed')).toBe('tag:example.org,2016:sigs/virt/feed');
  });
});
