// Test helpers for charts: parse the SVG strictly and read numeric attributes.
import { expect } from 'vitest';
import type { Chart } from '../../src/charts/chart.js';
import { parseXml } from '../feeds/well-formed.js';

/** The chart's root `<svg>`, after checking the accessibility frame every chart must have. */
export function svgOf(chart: Chart): Element {
  const svg = parseXml(chart.svg).documentElement;
  expect(svg.tagName).toBe('svg');
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  // Natural size = viewBox in CSS px, so the stylesheet can let it shrink but never grow.
  const [, , width, height] = svg.getAttribute('viewBox')!.split(' ');
  expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual([width, height]);
  const title = [...svg.children].find((child) => child.tagName === 'title');
  const desc = [...svg.children].find((child) => child.tagName === 'desc');
  expect(title?.textContent).toBeTruthy();
  expect(desc?.textContent).toBe(chart.text);
  expect(svg.getAttribute('aria-labelledby')).toBe(`${title!.getAttribute('id')} ${desc!.getAttribute('id')}`);
  expect(chart.svg).not.toMatch(/NaN|Infinity|undefined/);
  return svg;
}

/** A numeric attribute, asserted finite. */
export function number(element: Element, name: string): number {
  const value = Number(element.getAttribute(name));
  expect(Number.isFinite(value), `${name}="${element.getAttribute(name)}"`).toBe(true);
  return value;
}

/** `count` meeting files of group `virt`, one every `everyDays` days from `start`. */
export function meetingFiles(count: number, start: string, everyDays: number, frontMatter: (index: number) => string = () => ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index += 1) {
    const date = new Date(Date.parse(`${start}T00:00:00Z`) + index * everyDays * 86_400_000).toISOString().slice(0, 10);
    files[`${date}.md`] = `---\ndate: ${date}\n${frontMatter(index)}---\n`;
  }
  return files;
}
