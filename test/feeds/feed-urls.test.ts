import { describe, expect, it } from 'vitest';
import { absoluteLinks, feedUrl, minutesFeedPath, personFeedPath, siteRoot } from '../../src/feeds/feed-urls.js';

describe('feed-urls', () => {
  it('gives the feed paths', () => {
    expect(minutesFeedPath()).toBe('/feed.xml');
    expect(minutesFeedPath({ id: 'centos-virt' })).toBe('/groups/centos-virt/feed.xml');
    expect(personFeedPath({ id: 'lars-kurth' })).toBe('/people/lars-kurth/actions.xml');
  });

  it('joins site paths to the site url, keeping its path', () => {
    expect(feedUrl(undefined, '/groups/x/')).toBe('/groups/x/');
    expect(feedUrl('https://example.org', '/groups/x/')).toBe('https://example.org/groups/x/');
    expect(feedUrl('https://Example.org/minutes/', '/groups/x/')).toBe('https://example.org/minutes/groups/x/');
  });

  it('joins site paths to a base path when there is no site url', () => {
    expect(feedUrl('/minutes/', '/groups/x/')).toBe('/minutes/groups/x/');
    expect(feedUrl('/minutes/', '/')).toBe('/minutes/');
    expect(feedUrl('/minutes/', 'https://x.org/')).toBe('https://x.org/');
    const html = '<a href="/people/lk/">LK</a> <a href="#virt-1">id</a> <a href="https://x.org/">x</a>';
    expect(absoluteLinks(html, '/minutes/', '/minutes/groups/g/2014-04-11/')).toBe('<a href="/minutes/people/lk/">LK</a> <a href="#virt-1">id</a> <a href="https://x.org/">x</a>');
  });

  it('finds the site root from the url and the base path, never adding the two paths up', () => {
    expect(siteRoot(undefined)).toBeUndefined();
    expect(siteRoot(undefined, '/')).toBeUndefined();
    expect(siteRoot(undefined, '/minutes/')).toBe('/minutes/');
    expect(siteRoot('https://org.github.io/minutes')).toBe('https://org.github.io/minutes/');
    expect(siteRoot('https://org.github.io/minutes/', '/minutes/')).toBe('https://org.github.io/minutes/');
    expect(siteRoot('https://org.github.io/old/', '/minutes/')).toBe('https://org.github.io/minutes/');
    expect(siteRoot('https://org.github.io/minutes/', '/')).toBe('https://org.github.io/');
  });

  it('makes links in HTML absolute, leaving links with a scheme alone', () => {
    const html = '<a href="/people/lk/">LK</a> <a href="#virt-1">id</a> <a href="https://x.org/">x</a> <a href="mailto:a@b">m</a> <img src="pic.png">';
    expect(absoluteLinks(html, 'https://example.org/m/', 'https://example.org/m/groups/g/2014-04-11/')).toBe(
      '<a href="https://example.org/m/people/lk/">LK</a> <a href="https://example.org/m/groups/g/2014-04-11/#virt-1">id</a> <a href="https://x.org/">x</a> <a href="mailto:a@b">m</a> <img src="https://example.org/m/groups/g/2014-04-11/pic.png">',
    );
    expect(absoluteLinks(html, undefined, '/groups/g/2014-04-11/')).toBe(html);
  });
});
