// Refuses an output folder whose replacement would destroy the content or the working tree.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface OutputFolderChoice {
  /** The output as given (`--output`), relative to `cwd`. */
  output: string;
  /** The content folder as given (`--content`), relative to `cwd`. */
  content: string;
  cwd: string;
}

/**
 * Why publishing to `output` must be refused, or undefined when it is safe. Publishing replaces
 * the output path (publish.ts), so it must not be the content folder, inside it or around it, nor
 * the working folder, the git working tree holding it (`.git` included) or any parent of them.
 * Paths are compared after resolving symlinks in their parents, so `./x/../content` or a link to
 * the content folder is seen through; the output's own last part is not resolved, since it is the
 * symlink sigwiki switches.
 */
export function refuseOutputFolder(choice: OutputFolderChoice): string | undefined {
  const absolute = path.resolve(choice.cwd, choice.output);
  const output = path.join(realPath(path.dirname(absolute)), path.basename(absolute));
  const content = realPath(path.resolve(choice.cwd, choice.content));
  const cwd = realPath(choice.cwd);
  const named = `--output ${choice.output}`;
  if (isWithin(output, content)) {
    return output === content ? `${named} is the content folder: the build would replace it` : `${named} is inside the content folder ${choice.content}/`;
  }
  if (isWithin(content, output)) return `${named} contains the content folder ${choice.content}/: the build would replace it`;
  // The working tree holds the working folder, so it is named first, as the bigger loss.
  const tree = workingTree(cwd);
  if (tree !== undefined && isWithin(tree, output)) return `${named} contains the git working tree ${tree}: the build would replace it, .git included`;
  if (isWithin(cwd, output)) return `${named} is the working folder or one of its parents: the build would replace it`;
  if (tree !== undefined && isWithin(output, path.join(tree, '.git'))) return `${named} is inside .git`;
  return undefined;
}

/** Whether `inner` is `outer` or below it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** `target` with symlinks resolved as far as it exists; the missing rest is appended as written. */
function realPath(target: string): string {
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return target;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** The top of the git working tree holding `folder` (the nearest folder with a `.git`), if any. */
function workingTree(folder: string): string | undefined {
  for (let current = folder; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
