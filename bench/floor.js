// The floor: read, split front matter, render with markdown-it and write each minutes file, nothing else.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { createMarkdown } from './markdown.js';

/**
 * Renders every `groups/<id>/*.md` under `contentDir` to `<outputDir>/<id>/<name>/index.html`,
 * the same paths bare Eleventy writes. Returns the number of files written.
 */
export function renderFloor(contentDir, outputDir) {
  const md = createMarkdown();
  const groupsDir = path.join(contentDir, 'groups');
  let count = 0;
  for (const group of readdirSync(groupsDir)) {
    for (const name of readdirSync(path.join(groupsDir, group)).filter((file) => file.endsWith('.md'))) {
      const { content } = matter(readFileSync(path.join(groupsDir, group, name), 'utf8'));
      const target = path.join(outputDir, group, name.slice(0, -3));
      mkdirSync(target, { recursive: true });
      writeFileSync(path.join(target, 'index.html'), md.render(content));
      count++;
    }
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { content: { type: 'string' }, output: { type: 'string' } } });
  if (!values.content || !values.output) {
    console.error('Usage: node bench/floor.js --content DIR --output DIR');
    process.exitCode = 2;
  } else {
    renderFloor(values.content, values.output);
  }
}
