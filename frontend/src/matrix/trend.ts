// A small inline SVG line chart of the average rating (0 to 5) per quarter. Drawn with DOM calls, never
// markup strings; colours come from CSS classes on design tokens, so it follows the light or dark theme.
// It only helps the eye: the table next to it carries the same numbers for everyone.
import type { SatisfactionQuarter } from '../api/types';
import { RATING_MAX } from '../satisfaction/words';
import { quarterLabel } from './period';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 140;
const PAD = { left: 22, right: 8, top: 8, bottom: 22 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** "2026-Q4" reads "Q4 ’26" under a point: four of them fit in a narrow detail panel. */
function shortQuarter(key: string): string {
  const match = /^\d{2}(\d{2})-(Q[1-4])$/.exec(key);
  return match ? `${match[2]} ’${match[1]}` : key;
}

/** The quarters' averages as runs of consecutive known values: a quarter without answers breaks the line. */
function runs(points: ({ x: number; y: number } | null)[]): { x: number; y: number }[][] {
  const all: { x: number; y: number }[][] = [[]];
  for (const point of points) {
    if (point) all[all.length - 1]!.push(point);
    else if (all[all.length - 1]!.length > 0) all.push([]);
  }
  return all.filter((run) => run.length > 0);
}

export function renderRatingTrend(quarters: SatisfactionQuarter[]): SVGSVGElement {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const yOf = (value: number) => PAD.top + plotHeight * (1 - Math.min(RATING_MAX, Math.max(0, value)) / RATING_MAX);
  const xOf = (i: number) => PAD.left + (plotWidth * (i + 0.5)) / Math.max(1, quarters.length);
  const chart = svg('svg', {
    class: 'trend',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': 'Average rating per quarter, 0 to 5; the table has the figures.',
    'data-chart': 'rating',
  });
  for (let level = 0; level <= RATING_MAX; level++) {
    const y = yOf(level);
    chart.append(
      svg('line', { class: 'trend__grid', x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y }),
      svg('text', { class: 'trend__axis', x: PAD.left - 6, y: y + 4, 'text-anchor': 'end' }, String(level)),
    );
  }
  const points = quarters.map((quarter, i) => (quarter.averageRating === null ? null : { x: xOf(i), y: yOf(quarter.averageRating) }));
  for (const run of runs(points)) {
    if (run.length > 1) chart.append(svg('polyline', { class: 'trend__line', points: run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') }));
  }
  quarters.forEach((quarter, i) => {
    const point = points[i];
    chart.append(svg('text', { class: 'trend__axis', x: xOf(i), y: HEIGHT - 6, 'text-anchor': 'middle' }, shortQuarter(quarter.period)));
    if (!point) return;
    const title = `${quarterLabel(quarter.period)}: ${quarter.averageRating!.toFixed(1)} of ${RATING_MAX}`;
    chart.append(svg('circle', { class: 'trend__point', cx: point.x.toFixed(1), cy: point.y.toFixed(1), r: 3.5, 'data-period': quarter.period }, svg('title', {}, title)));
  });
  return chart;
}
