// When each group.yaml last changed, from git history: the .ics feeds' SEQUENCE follows it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Maps each `<root>/groups/<id>/group.yaml` path (relative to `cwd`) to the ISO time of the
 * last commit that changed it. Empty when `cwd` is not in a git repository or git is missing:
 * the feeds then fall back to the build time.
 */
export async function groupFileDates(root: string, cwd: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  try {
    const { stdout } = await run('git', ['log', '--format=%x1e%cI', '--name-only', '--relative', '--', `${root}/groups/*/group.yaml`], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    // Newest commit first: keep the first date seen for each file.
    for (const commit of stdout.split('\u001e').slice(1)) {
      const [date, ...files] = commit.trim().split('\n');
      for (const file of files.filter(Boolean)) if (!dates.has(file)) dates.set(file, date!);
    }
  } catch {
    // Not a git checkout (or no git): no dates.
  }
  return dates;
}
