// Thin Eleventy config: the sigwiki plugin (src/site/plugin.ts, compiled to dist/) does the work.
// Content is read by sigwiki's own model and is never Eleventy input; only layouts/ is.
import path from 'node:path';
import { sigwikiPlugin } from './dist/site/plugin.js';

const here = import.meta.dirname;

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(sigwikiPlugin, {
    contentDir: process.env.SIGWIKI_CONTENT || 'content',
    layoutsDir: path.join(here, 'layouts'),
  });
  return {
    dir: { input: path.relative(process.cwd(), path.join(here, 'layouts')) || '.', includes: '_includes' },
    templateFormats: ['njk'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
