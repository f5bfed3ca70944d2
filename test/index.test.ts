import { describe, expect, it } from 'vitest';
import * as sigwiki from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(sigwiki).sort()).toEqual([
      'SigwikiMessage',
      'Wiki',
      'buildWiki',
      'compareMessages',
      'formatCompact',
      'formatGithub',
      'formatReport',
      'hasErrors',
      'loadWiki',
      'parseActionLine',
      'parseCloseLine',
      'readRepo',
    ]);
  });
});
