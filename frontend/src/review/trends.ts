// The review's trends over its quarters: satisfaction (1 to 5), expectations met, yes ratio and service
// target met (0 to 100 %), one small chart each, and every figure in a visually hidden table.
import type { TrendPoint } from '../api/types';
import { el } from '../dom';
import { quarterLabel } from '../matrix/period';
import { renderTrendChart, type TrendSpec } from '../matrix/trend';

const NONE = '–';
const percent = (share: number | null) => (share === null ? NONE : `${Math.round(share * 100)} %`);
const rating = (value: number | null) => (value === null ? NONE : value.toFixed(1));

type ShareKey = 'met' | 'yes' | 'service';

function shareSpec(trend: TrendPoint[], key: ShareKey, label: string): TrendSpec {
  return {
    key,
    label,
    points: trend.map((p) => ({ period: p.quarter, value: p[key] === null ? null : p[key] * 100 })),
    min: 0,
    max: 100,
    ticks: [0, 50, 100],
    tick: String,
    say: (value) => `${Math.round(value)} %`,
  };
}

export function trendSpecs(trend: TrendPoint[]): TrendSpec[] {
  return [
    {
      key: 'satisfaction',
      label: 'Satisfaction, average rating 1 to 5',
      points: trend.map((p) => ({ period: p.quarter, value: p.satisfaction })),
      min: 1,
      max: 5,
      ticks: [1, 2, 3, 4, 5],
      tick: String,
      say: (value) => `${value.toFixed(1)} of 5`,
    },
    shareSpec(trend, 'met', 'Expectations met, 0 to 100 %'),
    shareSpec(trend, 'yes', 'Yes ratio, 0 to 100 %'),
    shareSpec(trend, 'service', 'Service target met, 0 to 100 %'),
  ];
}

function table(trend: TrendPoint[]): HTMLTableElement {
  const header = ['Quarter', 'Satisfaction', 'Expectations met', 'Yes ratio', 'Service met', 'Checks answered'];
  return el(
    'table',
    { class: 'visually-hidden', 'data-trend-table': '' },
    el('caption', {}, 'Trend per quarter, oldest first; – where there is no data'),
    el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...trend.map((p) =>
        el(
          'tr',
          { 'data-quarter': p.quarter },
          el('th', { scope: 'row' }, quarterLabel(p.quarter)),
          el('td', {}, rating(p.satisfaction)),
          el('td', {}, percent(p.met)),
          el('td', {}, percent(p.yes)),
          el('td', {}, percent(p.service)),
          el('td', {}, `${p.answered} of ${p.sent}`),
        ),
      ),
    ),
  );
}

export function renderTrends(trend: TrendPoint[]): HTMLElement {
  if (trend.length === 0) return el('p', { class: 'muted', 'data-empty': 'trend' }, 'No quarters to compare yet.');
  const charts = trendSpecs(trend).map((spec) =>
    el('figure', { class: 'trend-card' }, el('figcaption', {}, spec.label), renderTrendChart(spec)),
  );
  return el('div', { class: 'trends' }, el('div', { class: 'trends__charts' }, ...charts), table(trend));
}
