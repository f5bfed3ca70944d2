// What a command may touch of its process: streams, working directory, environment.

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  /** Read only by `init`, to ask at a terminal; without it (or not a TTY) nothing is asked. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Error for wrong usage; main prints its message with the help hint and exits with USAGE. */
export class UsageError extends Error {
  override name = 'UsageError';
}
