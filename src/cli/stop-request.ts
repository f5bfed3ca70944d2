// When a long-running command (`serve`) should stop: SIGINT, SIGTERM, or the npm script that started it gone.

/** Why the command is stopping: a signal's name, or `parent-exited`. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'parent-exited';

export interface StopRequest {
  /** Resolves once, on the first reason to stop. */
  readonly requested: Promise<StopReason>;
  /** Removes the listeners; a further signal then has its default effect (the process ends at once). */
  dispose(): void;
}

/** How often the npm script's shell is looked for, in milliseconds. */
const PARENT_CHECK_MS = 1000;

/**
 * Listens for SIGINT and SIGTERM with `process.once`. The listeners go as soon as one fires, so a
 * second Ctrl-C while stopping ends the process at once.
 *
 * When started by an npm script (`npm start`), the command's parent is the shell running the
 * script. npm forwards SIGTERM to that shell only, and the shell (dash, bash) dies without passing
 * it on, which left `serve` running on its port; so here a change of parent process also means
 * stop. Outside npm scripts a new parent is left alone: `nohup sigwiki serve &` means to outlive
 * its shell.
 */
export function stopRequest(): StopRequest {
  let resolve!: (reason: StopReason) => void;
  const requested = new Promise<StopReason>((done) => (resolve = done));
  const onSignal = (signal: NodeJS.Signals) => {
    dispose();
    resolve(signal as StopReason);
  };
  const parent = process.ppid;
  const watchParent =
    process.env.npm_lifecycle_event === undefined
      ? undefined
      : setInterval(() => {
          if (process.ppid === parent) return;
          dispose();
          resolve('parent-exited');
        }, PARENT_CHECK_MS);
  // The check alone must not keep the process alive.
  watchParent?.unref();
  function dispose(): void {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    clearInterval(watchParent);
  }
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return { requested, dispose };
}
