// What every chart returns: the SVG, and the same facts as a sentence and a table for templates.

/** A small table of the data a chart draws, for a `<table>` under it or a "show data" toggle. */
export interface ChartTable {
  head: string[];
  rows: string[][];
}

/**
 * A build-time chart. `svg` is an inline `<svg role="img">` with `<title>` and `<desc>`, sized
 * by its viewBox only (style it `width: 100%; height: auto`); `text` is a one-paragraph text
 * alternative and `table` the underlying numbers.
 */
export interface Chart {
  svg: string;
  text: string;
  table: ChartTable;
}
