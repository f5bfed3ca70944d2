// Test helpers for the importer: fixture reading, a people.yaml-like resolver, and reading actions back with markdown-it.

import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import type { ResolvePerson } from '../../src/import/index.js';

/** Reads `test/fixtures/import/<name>`. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
}

/** Resolves ids, names and aliases case-insensitively, as people.yaml matching does. */
export function resolverFor(people: { id: string; name: string; aliases?: string[] }[]): ResolvePerson {
  const index = new Map<string, string>();
  for (const person of people) {
    for (const key of [person.id, person.name, ...(person.aliases ?? [])]) index.set(key.trim().toLowerCase(), person.id);
  }
  return (name) => index.get(name.trim().toLowerCase());
}

/** The paragraphs (in list items or not) of a Markdown body that start with ACTION/Action, as the site reads them: hard breaks and line ends become spaces, backslash escapes are undone. */
export function actionTexts(markdown: string): string[] {
  const tokens = new MarkdownIt().parse(markdown, {});
  return tokens
    .filter((token, index) => token.type === 'inline' && tokens[index - 1]?.type === 'paragraph_open')
    .map((token) => token.content.replace(/\\\n/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\s+/g, ' ').trim())
    .filter((text) => /^(ACTION|Action)\b/.test(text));
}

/** Splits a rendered minutes file into its parsed front matter and its body. */
export function splitMinutesFile(file: string): { frontMatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?\n)?---\n([\s\S]*)$/.exec(file);
  if (!match) throw new Error('no front matter block');
  return { frontMatter: parse(match[1] ?? ''), body: match[2]! };
}
