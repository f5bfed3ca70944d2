// The slice of Eleventy's programmatic API sigwiki calls (Eleventy 3 ships no declarations for it).
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    init(): Promise<void>;
    write(): Promise<unknown>;
    stopWatch(): Promise<void>;
    /** Silences everything Eleventy would print from now on, errors too. */
    disableLogger(): void;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}
