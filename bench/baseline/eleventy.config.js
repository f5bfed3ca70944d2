// Bare Eleventy 3 (the baseline): the minutes as plain Markdown pages, no layout, no preprocessing.
import { createMarkdown } from '../markdown.js';

/**
 * Renders every `*.md` under the input folder (a corpus's groups/) with sigwiki's markdown-it
 * settings. Liquid preprocessing is off (`markdownTemplateEngine: false`), as sigwiki never runs
 * a template language over minutes; YAML files are not a template format, so they are skipped.
 */
export default function baselineConfig(eleventyConfig) {
  eleventyConfig.setLibrary('md', createMarkdown());
  eleventyConfig.setQuietMode(true);
  return {
    templateFormats: ['md'],
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
