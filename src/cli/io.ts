// What a command may touch of its process: streams, working directory, environment.

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
}

/** Error for wrong usage; main prints its message with the help hint and exits with USAGE. */
export class UsageError extends Error {
  override name = 'UsageError';
}
