// The review's trends over its quarters: satisfaction (1 to 5), expectations met, yes ratio and service
// target met (0 to 100 %), one small chart each, and every figure in a visually hidden table.
import type { TrendPoint } from '../api/types';
import { el } from '../dom';
import { quarterLabel } from '../matrix/period';
import { renderTrendChart, type TrendSpec } from '../matrix/trend';
import { formatDecimal, formatNumber, formatPercent, t } from '../i18n';

const NONE = '–';
const percent = (share: number | null) => (share === null ? NONE : formatPercent(share));
const rating = (value: number | null) => (value === null ? NONE : formatDecimal(value));

type ShareKey = 'met' | 'yes' | 'service';

function shareSpec(trend: TrendPoint[], key: ShareKey, label: string): TrendSpec {
  return {
    key,
    label,
    points: trend.map((p) => ({ period: p.quarter, value: p[key] === null ? null : p[key] * 100 })),
    min: 0,
    max: 100,
    ticks: [0, 50, 100],
    tick: (value) => formatNumber(value),
    say: (value) => formatPercent(value / 100),
  };
}

export function trendSpecs(trend: TrendPoint[]): TrendSpec[] {
  return [
    {
      key: 'satisfaction',
      label: t('review.trend.satisfaction'),
      points: trend.map((p) => ({ period: p.quarter, value: p.satisfaction })),
      min: 1,
      max: 5,
      ticks: [1, 2, 3, 4, 5],
      tick: String,
      say: (value) => t('rating.of-max', { value: formatDecimal(value), max: 5 }),
    },
    shareSpec(trend, 'met', t('review.trend.met')),
    shareSpec(trend, 'yes', t('review.trend.yes')),
    shareSpec(trend, 'service', t('review.trend.service')),
  ];
}

function table(trend: TrendPoint[]): HTMLTableElement {
  const header = [t('review.trend.col.quarter'), t('review.trend.col.satisfaction'), t('review.trend.col.met'), t('review.trend.col.yes'), t('review.trend.col.service'), t('review.trend.col.answered')];
  return el(
    'table',
    { class: 'visually-hidden', 'data-trend-table': '' },
    el('caption', {}, t('review.trend.caption')),
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
          el('td', {}, t('matrix.satisfaction.answered-of', { answered: p.answered, sent: p.sent })),
        ),
      ),
    ),
  );
}

export function renderTrends(trend: TrendPoint[]): HTMLElement {
  if (trend.length === 0) return el('p', { class: 'muted', 'data-empty': 'trend' }, t('review.trend.none'));
  const charts = trendSpecs(trend).map((spec) =>
    el('figure', { class: 'trend-card' }, el('figcaption', {}, spec.label), renderTrendChart(spec)),
  );
  return el('div', { class: 'trends' }, el('div', { class: 'trends__charts' }, ...charts), table(trend));
}
