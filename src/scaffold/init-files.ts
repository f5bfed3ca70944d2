// Every file of a new wiki repository, as `sigwiki init` writes it: a pure list of paths and texts.
import { IdSchema } from '../model/schema/common.js';
import { TimeZoneSchema } from '../calendar/util-schema-values.js';
import { slugId } from '../import/util-slug.js';
import { firstMinutes, groupYaml, peopleYaml, sigwikiYaml, type InitContentOptions } from './init-content.js';
import { initReadme } from './init-readme.js';
import { checkWorkflow, nextMinutesWorkflow, pagesWorkflow } from './init-workflows.js';

/** What `sigwiki init` writes from: the content's options, and how the wiki depends on sigwiki. */
export interface InitOptions extends InitContentOptions {
  /** How package.json depends on sigwiki: `^0.1.0`, or `file:sigwiki-0.1.0.tgz` for a copied tarball. */
  sigwikiSpec: string;
}

/** One file to write; `path` is relative to the new wiki's folder, with `/` separators. */
export interface InitFile {
  path: string;
  text: string;
}

/** The group id a title suggests: `Docs SIG` → `docs-sig` (`group` when nothing is left). */
export function groupIdFrom(name: string): string {
  return slugId(name, 'group');
}

/**
 * Problems with `options`, one sentence each (empty when all is well): an unknown or wrongly
 * capitalised time zone (with a "did you mean"), a group id that is not an id, a URL that is not
 * http(s), an empty title or group name.
 */
export function initOptionProblems(options: InitOptions): string[] {
  const problems: string[] = [];
  if (options.title.trim() === '') problems.push('--title must not be empty');
  if (options.groupName.trim() === '') problems.push('--group-name must not be empty');
  const zone = TimeZoneSchema.safeParse(options.timeZone);
  if (!zone.success) problems.push(`--time-zone: ${zone.error.issues[0]!.message}`);
  if (!IdSchema.safeParse(options.groupId).success) problems.push(`--group "${options.groupId}" is not an id: use lower-case letters, digits and single hyphens, starting with a letter (e.g. ${groupIdFrom(options.groupId)})`);
  if (options.url !== undefined && !/^https?:\/\/\S+$/.test(options.url)) problems.push('--url must start with https:// (or http://)');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) problems.push('the date of the first minutes must be YYYY-MM-DD');
  return problems;
}

/**
 * Every file of a new wiki, in the order they are written: package.json, README.md,
 * .gitignore, the editor settings, content/ (site, people, one group with a commented cadence
 * and venues, its first minutes) and the three workflows. Options must have no
 * {@link initOptionProblems}. What this returns passes `sigwiki check --strict` and builds.
 */
export function initFiles(options: InitOptions): InitFile[] {
  const group = `content/groups/${options.groupId}`;
  return [
    { path: 'package.json', text: packageJson(options) },
    { path: 'README.md', text: initReadme(options) },
    { path: '.gitignore', text: GITIGNORE },
    { path: '.vscode/settings.json', text: json(VSCODE_SETTINGS) },
    { path: '.vscode/extensions.json', text: json({ recommendations: ['redhat.vscode-yaml'] }) },
    { path: 'content/sigwiki.yaml', text: sigwikiYaml(options) },
    { path: 'content/people.yaml', text: peopleYaml() },
    { path: `${group}/group.yaml`, text: groupYaml(options) },
    { path: `${group}/${options.today}.md`, text: firstMinutes(options) },
    { path: '.github/workflows/check.yml', text: checkWorkflow() },
    { path: '.github/workflows/pages.yml', text: pagesWorkflow() },
    { path: '.github/workflows/next-minutes.yml', text: nextMinutesWorkflow() },
  ];
}

function packageJson(options: InitOptions): string {
  return json({
    name: slugId(options.title, 'wiki'),
    private: true,
    description: `${options.title}: meeting minutes published with sigwiki`,
    scripts: {
      start: 'sigwiki serve',
      build: 'sigwiki build',
      check: 'sigwiki check --strict',
    },
    dependencies: { sigwiki: options.sigwikiSpec },
    engines: { node: '>=20.19' },
  });
}

// Installed packages, and the build output: `_site` is a symlink (so no trailing slash, which
// would match folders only) to a build in `.sigwiki-site/` (see site/publish.ts).
const GITIGNORE = `node_modules/
_site
.sigwiki-site/
`;

// Editors that read yaml.schemas (VS Code's YAML extension) check the YAML files as they are
// typed. Minutes are left out: the YAML extension does not read front matter in Markdown
// (redhat-developer/vscode-yaml#207), so a mapping for *.md would promise what it cannot do.
const VSCODE_SETTINGS = {
  'yaml.schemas': {
    './node_modules/sigwiki/schemas/sigwiki.schema.json': 'content/sigwiki.yaml',
    './node_modules/sigwiki/schemas/people.schema.json': 'content/people.yaml',
    './node_modules/sigwiki/schemas/group.schema.json': 'content/groups/*/group.yaml',
  },
};

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
