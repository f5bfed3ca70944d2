// A one-line progress bar for long commands, drawn on stderr only when stderr is a terminal.

/** A stream that may be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Draws progress; `log` writes a line above the bar without tearing it. */
export interface Progress {
  tick(label: string): void;
  log(text: string): void;
  done(): void;
}

const WIDTH = 24;

/**
 * A progress bar `[#####-----] 12/40 file.md` for `total` steps. It is written only when the
 * stream is a terminal and there are at least `minimum` steps; otherwise `tick` and `done` do
 * nothing and `log` just writes, so pipes and CI logs get plain lines. Written here rather than
 * taken from a library: it is a dozen lines (carriage return, erase line, redraw), and the
 * well-known packages (cli-progress, progress) bring terminal handling this does not need.
 */
export function progressBar(stream: ProgressStream, total: number, minimum = 2): Progress {
  if (!stream.isTTY || total < minimum) return { tick: () => {}, log: (text) => void stream.write(text), done: () => {} };
  let shown = '';
  let count = 0;
  const draw = () => stream.write(`\r\x1b[K${shown}`);
  return {
    tick(label) {
      count = Math.min(count + 1, total);
      const filled = Math.round((count / total) * WIDTH);
      const room = Math.max(10, (stream.columns ?? 80) - WIDTH - 14 - String(total).length * 2);
      const name = label.length > room ? `…${label.slice(-(room - 1))}` : label;
      shown = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} ${name}`;
      draw();
    },
    log(text) {
      stream.write(`\r\x1b[K${text}`);
      if (shown !== '') draw();
    },
    done() {
      if (shown !== '') stream.write('\r\x1b[K');
      shown = '';
    },
  };
}
