// A relationship's satisfaction in the matrix detail: the average rating over the last four quarters as
// a small chart, the selected quarter's response rate, share met and request clarity as bars, and every
// figure in a table. A figure with nothing to divide (null) reads "–".
import type { SatisfactionQuarter, SatisfactionTrend } from '../api/types';
import { el } from '../dom';
import { RATING_MAX } from '../satisfaction/words';
import { quarterLabel } from './period';
import { renderRatingTrend } from './trend';
import { formatDecimal, formatPercent, t } from '../i18n';

/** Fetches a relationship's satisfaction for the four quarters up to `period` (`2026-Q4`). */
export type LoadSatisfaction = (relationshipId: string, period: string) => Promise<SatisfactionTrend>;

export const NONE = '–';

export const rating = (value: number | null) => (value === null ? NONE : t('rating.of-max', { value: formatDecimal(value), max: RATING_MAX }));
export const percent = (share: number | null) => (share === null ? NONE : formatPercent(share));

/** One figure as a bar (its share of the full scale) with the figure written next to it. */
function bar(key: string, label: string, share: number | null, figure: string): HTMLElement {
  const fill = el('span', { class: 'bar__fill bar__fill--measure' });
  // Through the CSSOM rather than a style attribute: the length is a number we computed, never text.
  fill.style.width = `${Math.round(Math.min(1, Math.max(0, share ?? 0)) * 100)}%`;
  return el(
    'li',
    { class: 'bars__row', 'data-figure': key },
    el('span', { class: 'bars__label' }, label),
    el('span', { class: 'bar', 'aria-hidden': 'true' }, share === null ? null : fill),
    el('span', { class: 'bars__count' }, figure),
  );
}

function quarterBars(quarter: SatisfactionQuarter): HTMLElement {
  const met = quarter.met;
  return el(
    'ul',
    { class: 'bars', 'aria-label': t('matrix.satisfaction.quarter', { quarter: quarterLabel(quarter.period) }) },
    bar('rating', t('matrix.satisfaction.average-rating'), quarter.averageRating === null ? null : quarter.averageRating / RATING_MAX, rating(quarter.averageRating)),
    bar('response', t('matrix.satisfaction.answered', { answered: quarter.answered, sent: quarter.sent }), quarter.responseRate, percent(quarter.responseRate)),
    bar('met', t('matrix.satisfaction.met', { yes: met.yes, partly: met.partly, no: met.no }), quarter.metShare, percent(quarter.metShare)),
    bar('clarity', t('matrix.satisfaction.clarity', { count: quarter.clarityRatings }), quarter.clarity === null ? null : quarter.clarity / RATING_MAX, rating(quarter.clarity)),
  );
}

/** The same numbers as the chart and the bars, for screen readers and anyone who prefers figures. */
export function renderTrendTable(trend: SatisfactionTrend): HTMLTableElement {
  const header = [t('matrix.satisfaction.col.quarter'), t('matrix.satisfaction.col.rating'), t('matrix.satisfaction.col.answered'), t('matrix.satisfaction.col.met'), t('matrix.satisfaction.col.clarity')];
  return el(
    'table',
    { id: 'satisfaction-trend', class: 'trend-table' },
    el('caption', { class: 'visually-hidden' }, t('matrix.satisfaction.table-caption')),
    el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...trend.quarters.map((q) =>
        el(
          'tr',
          { 'data-period': q.period },
          el('th', { scope: 'row' }, quarterLabel(q.period)),
          el('td', {}, q.averageRating === null ? NONE : formatDecimal(q.averageRating)),
          el('td', {}, q.responseRate === null ? t('matrix.satisfaction.answered-of', { answered: q.answered, sent: q.sent }) : t('matrix.satisfaction.answered-of-share', { answered: q.answered, sent: q.sent, share: percent(q.responseRate) })),
          el('td', {}, percent(q.metShare)),
          el('td', {}, q.clarity === null ? NONE : formatDecimal(q.clarity)),
        ),
      ),
    ),
  );
}

export function renderSatisfaction(trend: SatisfactionTrend): Node[] {
  const selected = trend.quarters.find((q) => q.period === trend.period) ?? trend.quarters[trend.quarters.length - 1];
  if (!selected || trend.quarters.every((q) => q.sent === 0)) {
    return [el('p', { class: 'muted satisfaction__none' }, t('matrix.satisfaction.none'))];
  }
  return [
    el('h4', {}, t('matrix.satisfaction.average-per-quarter')),
    renderRatingTrend(trend.quarters),
    el('h4', {}, quarterLabel(selected.period)),
    quarterBars(selected),
    renderTrendTable(trend),
  ];
}

/** The section, loading its figures itself: the rest of the detail does not wait for them. */
export function renderSatisfactionSection(relationshipId: string, periodKey: string, load: LoadSatisfaction, onLayout: () => void): HTMLElement {
  const body = el('div', { class: 'satisfaction__body', 'aria-busy': 'true' }, el('p', { class: 'loading' }, t('common.loading')));
  load(relationshipId, periodKey)
    .then((trend) => body.replaceChildren(...renderSatisfaction(trend)))
    .catch((error: Error) =>
      body.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('matrix.satisfaction.load-failed', { reason: error.message }))),
    )
    .finally(() => {
      body.removeAttribute('aria-busy');
      onLayout();
    });
  return el(
    'section',
    { class: 'satisfaction', 'data-section': 'satisfaction', 'aria-label': t('matrix.satisfaction.label') },
    el('h3', {}, t('matrix.satisfaction.title', { quarter: quarterLabel(periodKey) })),
    body,
  );
}
