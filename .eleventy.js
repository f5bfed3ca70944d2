// Thin Eleventy config: the sigwiki plugin (src/site/plugin.ts, compiled to dist/) does the work.
// Content is read by sigwiki's own model and is never Eleventy input; only layouts/ is.
import path from 'node:path';
import { sigwikiPlugin } from './dist/site/plugin.js';

const here = import.meta.dirname;

export default function (eleventyConfig) {
  // An installed sigwiki's layouts/ lives under node_modules/, which Eleventy ignores by default,
  // as it does everything the wiki's .gitignore names: it would then find no template at all.
  // The input folder is sigwiki's own layouts/, so neither ignore has anything to keep out.
  eleventyConfig.ignores.delete('**/node_modules/**');
  eleventyConfig.setUseGitIgnore(false);
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
