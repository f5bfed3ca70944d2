// Splits a minutes file into its YAML front matter (with positions) and its Markdown body.
import matter from 'gray-matter';
import { SigwikiMessage } from '../diagnostics/message.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

/** The two halves of a minutes file. */
export interface SplitFile {
  /** Parsed front matter, or undefined when it is missing or broken (see messages). */
  data: unknown;
  source: YamlSource | undefined;
  body: string;
  /** Number of file lines before the body's first line. */
  bodyLineOffset: number;
  messages: SigwikiMessage[];
}

const refuseEngine = {
  parse(): never {
    throw new Error('only YAML front matter is allowed');
  },
};

/**
 * Splits `text` with gray-matter, using the `yaml` package as its only engine so values keep
 * their lines. JavaScript and other front-matter engines are refused, never evaluated.
 */
export function splitFrontMatter(file: string, text: string): SplitFile {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^---[^\n]*\n/.test(clean)) {
    return {
      data: undefined,
      source: undefined,
      body: clean,
      bodyLineOffset: 0,
      messages: [
        new SigwikiMessage('Minutes must start with a front-matter block', {
          file,
          place: { line: 1, column: 1 },
          ruleId: 'frontmatter-missing',
          hint: 'begin the file with "---", then "date: YYYY-MM-DD", then "---"',
        }),
      ],
    };
  }
  const language = matter.language(clean).name.trim();
  if (language !== '' && language !== 'yaml') {
    return {
      data: undefined,
      source: undefined,
      body: '',
      bodyLineOffset: 0,
      messages: [
        new SigwikiMessage(`Front matter in \`${language}\` is not allowed`, {
          file,
          place: { line: 1, column: 4 },
          ruleId: 'frontmatter-language',
          hint: 'write the first line as just "---" and the block in YAML',
          actual: language,
          expected: ['yaml'],
        }),
      ],
    };
  }

  let parsed: ReturnType<typeof parseYaml> | undefined;
  const split = matter(clean, {
    language: 'yaml',
    engines: {
      yaml: {
        parse(yamlText: string) {
          // gray-matter passes the text from the end of the `---` line, so YAML line 1 is file line 1.
          parsed = parseYaml(file, yamlText, 0);
          return {};
        },
      },
      js: refuseEngine,
      javascript: refuseEngine,
      coffee: refuseEngine,
      json: refuseEngine,
    },
  });
  parsed ??= parseYaml(file, "", 0);
  const bodyStart = clean.length - split.content.length;
  return {
    data: parsed.value ?? (parsed.messages.length === 0 ? {} : undefined),
    source: parsed.source,
    body: split.content,
    bodyLineOffset: countLines(clean.slice(0, bodyStart)),
    messages: parsed.messages,
  };
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
