// What every chart returns: the SVG, and the same facts as a sentence and a table for templates.

/** A small table of the data a chart draws, for a `<table>` under it or a "show data" toggle. */
export interface ChartTable {
  head: string[];
  rows: string[][];
}

/** One entry of a chart's legend: `key` names the mark (`meeting`, or a site colour such as `overdue`). */
export interface LegendEntry {
  key: string;
  label: string;
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
  /** What the marks mean, shown as HTML under the chart (readable at any width). */
  legend?: LegendEntry[];
}
