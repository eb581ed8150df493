// Small inline SVG line charts of one figure per quarter. Drawn with DOM calls, never markup strings; colours
// come from CSS classes on design tokens, so they follow the light or dark theme. A quarter without data
// (null) is a gap: no point, and the line breaks there, so nothing is drawn that was not measured. The
// charts only help the eye: a table or summary next to them carries the same numbers for everyone.
import type { SatisfactionQuarter } from '../api/types';
import { RATING_MAX } from '../satisfaction/words';
import { quarterLabel } from './period';
import { formatDecimal, t } from '../i18n';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 140;
const PAD = { right: 8, top: 8, bottom: 22 };

/** One chart: a figure per quarter on a fixed scale (never stretched to the data, so quarters compare). */
export interface TrendSpec {
  /** `data-chart`, and the `trend--<key>` class that picks the line's colour. */
  key: string;
  /** The chart's accessible name, e.g. "Average rating per quarter, 1 to 5". */
  label: string;
  points: { period: string; value: number | null }[];
  min: number;
  max: number;
  /** Values with a grid line and an axis label. */
  ticks: number[];
  /** A value as the axis writes it ("50"). */
  tick: (value: number) => string;
  /** A value as a point's title and the summary say it ("4.2 of 5", "70 %"). */
  say: (value: number) => string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** "2026-Q4" reads "Q4 ’26" under a point: four of them fit in a narrow detail panel. */
function shortQuarter(key: string): string {
  const match = /^\d{2}(\d{2})-Q([1-4])$/.exec(key);
  return match ? t('common.quarter-short', { year: match[1] ?? '', quarter: match[2] ?? '' }) : key;
}

/** The values as runs of consecutive known ones: a quarter without data breaks the line. */
function runs(points: ({ x: number; y: number } | null)[]): { x: number; y: number }[][] {
  const all: { x: number; y: number }[][] = [[]];
  for (const point of points) {
    if (point) all[all.length - 1]!.push(point);
    else if (all[all.length - 1]!.length > 0) all.push([]);
  }
  return all.filter((run) => run.length > 0);
}

/** Every quarter in words, gaps included: what a screen reader hears instead of the lines. */
export function trendSummary(spec: TrendSpec): string {
  const values = spec.points.map((p) => `${quarterLabel(p.period)} ${p.value === null ? t('trend.no-data') : spec.say(p.value)}`);
  return `${spec.label}: ${values.join('; ')}.`;
}

export function renderTrendChart(spec: TrendSpec): SVGSVGElement {
  const left = 10 + 6 * Math.max(1, ...spec.ticks.map((t) => spec.tick(t).length));
  const plotWidth = WIDTH - left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const span = spec.max - spec.min || 1;
  const yOf = (value: number) => PAD.top + plotHeight * (1 - (Math.min(spec.max, Math.max(spec.min, value)) - spec.min) / span);
  const xOf = (i: number) => left + (plotWidth * (i + 0.5)) / Math.max(1, spec.points.length);
  const summary = trendSummary(spec);
  const chart = svg(
    'svg',
    { class: `trend trend--${spec.key}`, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': summary, 'data-chart': spec.key },
    svg('title', {}, summary),
  );
  for (const level of spec.ticks) {
    const y = yOf(level);
    chart.append(
      svg('line', { class: 'trend__grid', x1: left, x2: WIDTH - PAD.right, y1: y, y2: y }),
      svg('text', { class: 'trend__axis', x: left - 6, y: y + 4, 'text-anchor': 'end' }, spec.tick(level)),
    );
  }
  const points = spec.points.map((p, i) => (p.value === null ? null : { x: xOf(i), y: yOf(p.value) }));
  for (const run of runs(points)) {
    if (run.length > 1) chart.append(svg('polyline', { class: 'trend__line', points: run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ') }));
  }
  spec.points.forEach((p, i) => {
    const point = points[i];
    chart.append(svg('text', { class: 'trend__axis', x: xOf(i), y: HEIGHT - 6, 'text-anchor': 'middle' }, shortQuarter(p.period)));
    if (!point || p.value === null) return;
    const title = `${quarterLabel(p.period)}: ${spec.say(p.value)}`;
    chart.append(svg('circle', { class: 'trend__point', cx: point.x.toFixed(1), cy: point.y.toFixed(1), r: 3.5, 'data-period': p.period }, svg('title', {}, title)));
  });
  return chart;
}

/** The average rating per quarter on a 0 to 5 scale, for the matrix detail. */
export function renderRatingTrend(quarters: SatisfactionQuarter[]): SVGSVGElement {
  const chart = renderTrendChart({
    key: 'rating',
    label: t('trend.rating.label'),
    points: quarters.map((q) => ({ period: q.period, value: q.averageRating })),
    min: 0,
    max: RATING_MAX,
    ticks: [0, 1, 2, 3, 4, 5],
    tick: String,
    say: (value) => t('rating.of-max', { value: formatDecimal(value), max: RATING_MAX }),
  });
  // The detail's table next to it has the figures; a short name keeps the chart from being read twice.
  chart.setAttribute('aria-label', t('trend.rating.short-label'));
  return chart;
}
