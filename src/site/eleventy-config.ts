// The part of Eleventy's configuration API sigwiki uses (Eleventy 3 ships no TypeScript types).

export interface EleventyConfig {
  /** The path prefix given to Eleventy (`pathPrefix` option), set before plugins run. */
  readonly pathPrefix?: string;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addWatchTarget(path: string): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addTransform(name: string, transform: (this: { page: { outputPath?: string | false } }, content: string) => string): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setServerOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  setWatchThrottleWaitTime(ms: number): void;
  on(event: string, listener: (...args: unknown[]) => unknown): void;
}
