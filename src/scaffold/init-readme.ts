// The README `sigwiki init` writes for the community: add minutes, check them, preview, publish.
import { NEXT_MINUTES_DAYS } from './init-workflows.js';

/** What the README names. */
export interface InitReadmeOptions {
  title: string;
  groupId: string;
}

/** README.md of a new wiki: short, for the people who keep the minutes. */
export function initReadme(options: InitReadmeOptions): string {
  const group = options.groupId;
  return `# ${options.title}

Our meeting minutes, published as a wiki by [sigwiki](https://www.npmjs.com/package/sigwiki):
a page per meeting with its actions, a page per person with what they owe, a page per group
with its next meeting in your time zone, and calendar feeds.

## Set up once

With Node.js 20.19 or later:

\`\`\`sh
npm install   # also writes package-lock.json: commit it, the workflows install from it
npm start     # builds the site and serves it at http://localhost:8080/, rebuilding on changes
\`\`\`

## Add minutes

\`\`\`sh
npx sigwiki new ${group}   # writes content/groups/${group}/<date>.md for the next meeting
\`\`\`

The new file lists the chair, the scribe, the last meeting's attendees and every open action
for review: tick an action (\`- [x] <id>\`) when it is done. Write an action as
\`- ACTION <owners>: <what> (due YYYY-MM-DD)\`; owners are people from \`content/people.yaml\`.
\`content/groups/${group}/\` has an example, and the whole format is in
\`node_modules/sigwiki/docs/content-format.md\`.

## Check

\`\`\`sh
npm run check   # every problem as file:line:column with a hint; warnings fail too
\`\`\`

Open a pull request with your minutes: the check runs on it and shows each problem on its line.

## Publish

Push this repository to GitHub, then choose Settings → Pages → Build and deployment →
Source: **GitHub Actions**. Every push to \`main\` then builds the site and publishes it. To
publish elsewhere, run \`npm run build\` and copy what \`_site/\` holds to any static host
(\`rsync -a _site/ host:/var/www/minutes/\`; \`_site\` is a link to the latest build, so keep the
trailing slash, or use \`cp -rL\`).

## Workflows

In \`.github/workflows/\`:

- \`check.yml\` checks every pull request (\`sigwiki check --strict --format github\`), keeping
  parsed files between runs so large wikis check fast;
- \`pages.yml\` builds and publishes the site on GitHub Pages;
- \`next-minutes.yml\` opens the next minutes as a pull request ${NEXT_MINUTES_DAYS} days before each meeting on
  a group's cadence (\`cadence:\` in its \`group.yaml\`), with the open actions listed for review.
  It needs Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create
  and approve pull requests". Pull requests it opens are checked once someone pushes to them.

## Editors

The YAML files name sigwiki's schemas on their first line, and \`.vscode/\` maps them too, so
editors with the YAML language server (VS Code: the recommended Red Hat YAML extension) complete
and check keys as you type, once \`npm install\` has run. Minutes' front matter is checked by
\`npm run check\`: editors do not validate YAML inside Markdown files.
`;
}
