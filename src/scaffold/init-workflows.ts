// The GitHub Actions workflows `sigwiki init` writes: check pull requests, publish, open the next minutes.

/** Node.js the workflows run sigwiki on: the current LTS line (sigwiki needs 20.19 or later). */
export const WORKFLOW_NODE_VERSION = 24;

/** How many days before a meeting the next-minutes workflow opens its pull request. */
export const NEXT_MINUTES_DAYS = 3;

// Shared steps: check out, install Node with npm's download cache, install from the lockfile.
const SETUP = `      - uses: actions/checkout@v6
      - uses: actions/setup-node@v6
        with:
          node-version: ${WORKFLOW_NODE_VERSION}
          cache: npm
      - run: npm ci`;

/**
 * .github/workflows/check.yml: `sigwiki check --strict --format github` on every pull request,
 * so each problem shows on its line in the diff. It also runs on pushes to main, because only
 * caches saved on the default branch are visible to pull requests.
 */
export function checkWorkflow(): string {
  return `# Checks the minutes of every pull request: each problem shows on its line in the diff.
name: Check minutes
on:
  pull_request:
  push:
    branches: [main]   # saves the parse cache where pull requests can restore it
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
${SETUP}
      # Files parsed in an earlier run are not parsed again (restored after npm ci, which
      # empties node_modules). A new key each run saves the cache; restore-keys finds the last.
      - uses: actions/cache@v5
        with:
          path: node_modules/.cache/sigwiki
          key: sigwiki-\${{ hashFiles('package-lock.json') }}-\${{ github.run_id }}
          restore-keys: sigwiki-\${{ hashFiles('package-lock.json') }}-
      - name: Check the minutes
        run: npx sigwiki check --strict --format github
`;
}

/**
 * .github/workflows/pages.yml: build on every push to main and deploy with the official Pages
 * actions; `configure-pages` gives the path the site is served under (`/<repository>` for a
 * project site, empty for a user site or a custom domain).
 */
export function pagesWorkflow(): string {
  return `# Builds the wiki and publishes it on GitHub Pages after every push to main.
# Turn it on once: Settings → Pages → Build and deployment → Source: GitHub Actions.
name: Publish
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: false
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          fetch-depth: 0   # whole history: calendar feeds follow when group.yaml last changed
      - uses: actions/setup-node@v6
        with:
          node-version: ${WORKFLOW_NODE_VERSION}
          cache: npm
      - run: npm ci
      - id: pages
        uses: actions/configure-pages@v6
      - name: Build the site
        run: npx sigwiki build --base-path "\${{ steps.pages.outputs.base_path }}"
      - uses: actions/upload-pages-artifact@v5
        with:
          path: _site
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v5
`;
}

/**
 * .github/workflows/next-minutes.yml: every day, `sigwiki new --due-within N` writes the minutes
 * of each meeting due in the next N days (open actions listed for review), and each file goes
 * to its own branch `minutes/<group>/<date>` and pull request. A branch that exists already
 * means its pull request was opened before, so it is skipped.
 */
export function nextMinutesWorkflow(): string {
  return `# Opens the next minutes as a pull request ${NEXT_MINUTES_DAYS} days before each meeting, from the group's
# cadence, with the open actions listed for review: the minute-taker starts from a ready file.
# Needs: Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create
# and approve pull requests".
name: Next minutes
on:
  schedule:
    - cron: "17 5 * * *"   # every day at 05:17 UTC
  workflow_dispatch:
permissions:
  contents: write
  pull-requests: write
jobs:
  open:
    runs-on: ubuntu-latest
    steps:
${SETUP}
      - name: Write the minutes of meetings in the next ${NEXT_MINUTES_DAYS} days
        run: npx sigwiki new --due-within ${NEXT_MINUTES_DAYS} > "$RUNNER_TEMP/due.txt"
      - name: Open a pull request for each
        env:
          GH_TOKEN: \${{ github.token }}
          BASE: \${{ github.event.repository.default_branch }}
        run: |
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          while read -r file; do
            meeting="\${file#content/groups/}"
            meeting="\${meeting%.md}"
            branch="minutes/$meeting"
            title="Minutes of \${meeting%%/*} on \${meeting#*/}"
            if git ls-remote --exit-code --heads origin "$branch" > /dev/null; then
              echo "$branch exists already: skipping $file"
              continue
            fi
            git switch --quiet --create "$branch"
            git add "$file"
            git commit --quiet --message "$title"
            git push --quiet origin "$branch"
            gh pr create --base "$BASE" --head "$branch" --title "$title" \\
              --body "The minutes of the next meeting, with the open actions listed for review. Fill them in during the meeting, then merge." < /dev/null
            git switch --quiet "$BASE"
          done < "$RUNNER_TEMP/due.txt"
`;
}
