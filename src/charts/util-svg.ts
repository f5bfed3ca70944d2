// SVG building blocks shared by the charts: the accessible frame, numbers, colours, empty states.
import { xmlAttribute, xmlText } from '../feeds/util-xml.js';

/** Site colours (layouts/assets/style.css custom properties) with their light-mode values as fallback. */
const COLOURS = { open: '#8a5a00', done: '#1f7a3a', dropped: '#6b6f76', overdue: '#b3261e', muted: '#5a5f66', line: '#d9dce0' } as const;

/** A name of a site colour. */
export type Colour = keyof typeof COLOURS;

/** A coordinate or size in viewBox units: rounded to 0.01, and refusing NaN or infinity (a bug). */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`chart coordinate is not finite: ${value}`);
  return String(Math.round(value * 100) / 100);
}

/** `style="fill: var(--done, #1f7a3a)"`, so dark mode recolours the chart. */
export function paint(property: 'fill' | 'stroke', colour: Colour): string {
  return `style="${property}: var(--${colour}, ${COLOURS[colour]})"`;
}

/** A `<title>` child: the tooltip of one mark. */
export function tooltip(text: string): string {
  return `<title>${xmlText(text)}</title>`;
}

/**
 * The labels' font size in viewBox units. Charts are drawn at their natural size (1 unit = 1 CSS
 * px) and only shrink in a narrower column, so 12 stays at least 11 px down to 330 px wide.
 */
export const LABEL_SIZE = 12;

/** A text label in `currentColor`, in viewBox units (font size {@link LABEL_SIZE} unless given). */
export function label(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end' = 'start', size = LABEL_SIZE): string {
  return `<text x="${num(x)}" y="${num(y)}" text-anchor="${anchor}" font-size="${size}" fill="currentColor">${xmlText(text)}</text>`;
}

/** What {@link svgFrame} wraps. `id` makes the title and desc ids unique on a page. */
export interface SvgFrame {
  id: string;
  kind: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string[];
}

/**
 * The whole `<svg>`, `role="img"`, labelled by its title and desc. Its natural size is its
 * viewBox in CSS px (the stylesheet lets it shrink, never grow, so labels keep their size).
 */
export function svgFrame(frame: SvgFrame): string {
  const id = xmlAttribute(frame.id);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(frame.width)} ${num(frame.height)}" width="${num(frame.width)}" height="${num(frame.height)}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart chart--${xmlAttribute(frame.kind)}" font-family="inherit">`,
    `<title id="${id}-title">${xmlText(frame.title)}</title>`,
    `<desc id="${id}-desc">${xmlText(frame.desc)}</desc>`,
    ...frame.body,
    '</svg>',
  ].join('\n');
}

/** A horizontal rule across the plot, e.g. the baseline or a gridline. */
export function rule(x1: number, x2: number, y: number): string {
  return `<line x1="${num(x1)}" x2="${num(x2)}" y1="${num(y)}" y2="${num(y)}" ${paint('stroke', 'line')} stroke-width="1"/>`;
}

/** `1 meeting`, `2 meetings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
