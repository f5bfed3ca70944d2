// Choosing the base path of a build, and putting it in front of the links of a written page.
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/model/markdown.js';
import { chooseBasePath } from '../../src/site/base-path.js';
import { prefixRootLinks } from '../../src/site/prefix-links.js';

describe('chooseBasePath', () => {
  it('takes --base-path, else the path of url:, else /', () => {
    expect(chooseBasePath('/minutes', 'https://org.github.io/other/')).toEqual({ ok: true, basePath: '/minutes/' });
    expect(chooseBasePath('/', 'https://org.github.io/other/')).toEqual({ ok: true, basePath: '/' });
    expect(chooseBasePath(undefined, 'https://org.github.io/minutes')).toEqual({ ok: true, basePath: '/minutes/' });
    expect(chooseBasePath(undefined, 'https://minutes.example.org/')).toEqual({ ok: true, basePath: '/' });
    expect(chooseBasePath(undefined, undefined)).toEqual({ ok: true, basePath: '/' });
  });

  it('says which one is wrong and how', () => {
    expect(chooseBasePath('https://org.github.io/minutes/', undefined)).toEqual({
      ok: false,
      source: 'option',
      message: '--base-path "https://org.github.io/minutes/" is a URL; give only its path, such as /minutes/',
    });
    const fromUrl = chooseBasePath(undefined, 'https://org.github.io/a(b)/');
    expect(fromUrl).toMatchObject({ ok: false, source: 'url' });
    expect(!fromUrl.ok && fromUrl.message).toMatch(/^the path of url: https:\/\/org\.github\.io\/a\(b\)\/ cannot be .*"\/a\(b\)\/" has a character .* give the path with --base-path$/);
  });
});

describe('prefixRootLinks', () => {
  it('puts the base path in front of root-relative href, src and action only', () => {
    const html =
      '<link rel="stylesheet" href="/assets/style.css"><a href="/">home</a> <a href="/groups/x/#a">x</a> <form action="/search/"></form>' +
      '<script src="/assets/search.js"></script> <img src="/pic.png" alt=""> <a href="#main">skip</a> <a href="notes/">n</a>' +
      '<a href="https://x.org/">x</a> <a href="//cdn.example/x">cdn</a> <a href="mailto:a@b">m</a>';
    expect(prefixRootLinks(html, '/minutes/')).toBe(
      '<link rel="stylesheet" href="/minutes/assets/style.css"><a href="/minutes/">home</a> <a href="/minutes/groups/x/#a">x</a> <form action="/minutes/search/"></form>' +
        '<script src="/minutes/assets/search.js"></script> <img src="/minutes/pic.png" alt=""> <a href="#main">skip</a> <a href="notes/">n</a>' +
        '<a href="https://x.org/">x</a> <a href="//cdn.example/x">cdn</a> <a href="mailto:a@b">m</a>',
    );
    expect(prefixRootLinks(html, '/')).toBe(html);
  });

  it('leaves link-like text in contributed minutes alone, and rewrites their real links', () => {
    // markdown-it (html: false) escapes every quote of the text, so no text can look like an attribute.
    const md = createMarkdown();
    const html = md.render('Write `<a href="/x/">` or <a href="/y/">, see [the group](/groups/g/) and ![map](/map.png "src=\\"/z\\"").\n\n    src="/code/"\n');
    const prefixed = prefixRootLinks(html, '/minutes/');
    expect(prefixed).toContain('href="/minutes/groups/g/"');
    expect(prefixed).toContain('src="/minutes/map.png"');
    expect(prefixed.replaceAll('/minutes/groups/g/', '/groups/g/').replaceAll('/minutes/map.png', '/map.png')).toBe(html);
  });
});
