// The base path a site is served under: how --base-path and a site URL's path are read.
import { describe, expect, it } from 'vitest';
import { parseBasePath, urlBasePath } from '../../src/model/urls.js';

const reason = (input: string) => {
  const parsed = parseBasePath(input);
  return parsed.ok ? `ok ${parsed.basePath}` : parsed.reason;
};

describe('parseBasePath', () => {
  it('writes every spelling of a path as /a/b/', () => {
    for (const input of ['minutes', '/minutes', 'minutes/', '/minutes/', ' /minutes/ ']) expect(parseBasePath(input)).toEqual({ ok: true, basePath: '/minutes/' });
    expect(parseBasePath('/org/minutes')).toEqual({ ok: true, basePath: '/org/minutes/' });
    expect(parseBasePath('/~alice/my.wiki_2-x/')).toEqual({ ok: true, basePath: '/~alice/my.wiki_2-x/' });
    expect(parseBasePath('/My%20Wiki/')).toEqual({ ok: true, basePath: '/My%20Wiki/' });
    for (const root of ['', '/']) expect(parseBasePath(root)).toEqual({ ok: true, basePath: '/' });
  });

  it('refuses what is not a plain path, saying why', () => {
    expect(reason('https://org.github.io/minutes/')).toMatch(/is a URL; give only its path/);
    expect(reason('//org.github.io/minutes/')).toMatch(/is a URL/);
    expect(reason('/minutes/?x=1')).toMatch(/query or fragment/);
    expect(reason('/minutes/#top')).toMatch(/query or fragment/);
    expect(reason('/a//b/')).toMatch(/empty segment/);
    expect(reason('/minutes/../etc/')).toMatch(/has a "\.\." segment/);
    expect(reason('/./')).toMatch(/has a "\." segment/);
    expect(reason('/my wiki/')).toMatch(/character other than .* in "my wiki"/);
    expect(reason('/a"onload="x/')).toMatch(/character other than/);
    expect(reason('/a<b>/')).toMatch(/character other than/);
    expect(reason('\\minutes\\')).toMatch(/character other than/);
    expect(reason('/100%/')).toMatch(/character other than/);
  });
});

describe('urlBasePath', () => {
  it('is the path of the site url, else /', () => {
    expect(urlBasePath(undefined)).toBe('/');
    expect(urlBasePath('https://minutes.example.org')).toBe('/');
    expect(urlBasePath('https://org.github.io/minutes')).toBe('/minutes/');
    expect(urlBasePath('https://org.github.io/minutes/')).toBe('/minutes/');
    // A path that cannot be a base path is the command line's to report (site/base-path.ts).
    expect(urlBasePath('https://org.github.io/a(b)/')).toBe('/');
  });
});
