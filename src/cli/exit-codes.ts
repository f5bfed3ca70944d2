// Exit codes of every sigwiki command (documented in the README).

export const EXIT = {
  /** Success; warnings alone do not fail. */
  OK: 0,
  /** The content has errors (or warnings with --strict), or the build failed. */
  CONTENT: 1,
  /** Wrong command-line usage. */
  USAGE: 2,
  /** A file could not be written, e.g. `new` refusing to overwrite. */
  REFUSED: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
