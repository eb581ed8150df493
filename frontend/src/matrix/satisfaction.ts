// A relationship's satisfaction in the matrix detail: the average rating over the last four quarters as
// a small chart, the selected quarter's response rate, share met and request clarity as bars, and every
// figure in a table. A figure with nothing to divide (null) reads "–".
import type { SatisfactionQuarter, SatisfactionTrend } from '../api/types';
import { el } from '../dom';
import { RATING_MAX } from '../satisfaction/words';
import { quarterLabel } from './period';
import { renderRatingTrend } from './trend';

/** Fetches a relationship's satisfaction for the four quarters up to `period` (`2026-Q4`). */
export type LoadSatisfaction = (relationshipId: string, period: string) => Promise<SatisfactionTrend>;

export const NONE = '–';

export const rating = (value: number | null) => (value === null ? NONE : `${value.toFixed(1)} of ${RATING_MAX}`);
export const percent = (share: number | null) => (share === null ? NONE : `${Math.round(share * 100)} %`);

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
    { class: 'bars', 'aria-label': `Satisfaction, ${quarterLabel(quarter.period)}` },
    bar('rating', 'Average rating', quarter.averageRating === null ? null : quarter.averageRating / RATING_MAX, rating(quarter.averageRating)),
    bar('response', `Answered (${quarter.answered} of ${quarter.sent})`, quarter.responseRate, percent(quarter.responseRate)),
    bar('met', `Met (${met.yes} yes · ${met.partly} partly · ${met.no} no)`, quarter.metShare, percent(quarter.metShare)),
    bar('clarity', `Request clarity (${quarter.clarityRatings} rated)`, quarter.clarity === null ? null : quarter.clarity / RATING_MAX, rating(quarter.clarity)),
  );
}

/** The same numbers as the chart and the bars, for screen readers and anyone who prefers figures. */
export function renderTrendTable(trend: SatisfactionTrend): HTMLTableElement {
  const header = ['Quarter', 'Rating', 'Answered', 'Met', 'Clarity'];
  return el(
    'table',
    { id: 'satisfaction-trend', class: 'trend-table' },
    el('caption', { class: 'visually-hidden' }, 'Satisfaction per quarter, oldest first'),
    el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...trend.quarters.map((q) =>
        el(
          'tr',
          { 'data-period': q.period },
          el('th', { scope: 'row' }, quarterLabel(q.period)),
          el('td', {}, q.averageRating === null ? NONE : q.averageRating.toFixed(1)),
          el('td', {}, `${q.answered} of ${q.sent}${q.responseRate === null ? '' : ` (${percent(q.responseRate)})`}`),
          el('td', {}, percent(q.metShare)),
          el('td', {}, q.clarity === null ? NONE : q.clarity.toFixed(1)),
        ),
      ),
    ),
  );
}

export function renderSatisfaction(trend: SatisfactionTrend): Node[] {
  const selected = trend.quarters.find((q) => q.period === trend.period) ?? trend.quarters[trend.quarters.length - 1];
  if (!selected || trend.quarters.every((q) => q.sent === 0)) {
    return [el('p', { class: 'muted satisfaction__none' }, 'No satisfaction checks in these quarters.')];
  }
  return [
    el('h4', {}, 'Average rating per quarter'),
    renderRatingTrend(trend.quarters),
    el('h4', {}, quarterLabel(selected.period)),
    quarterBars(selected),
    renderTrendTable(trend),
  ];
}

/** The section, loading its figures itself: the rest of the detail does not wait for them. */
export function renderSatisfactionSection(relationshipId: string, periodKey: string, load: LoadSatisfaction, onLayout: () => void): HTMLElement {
  const body = el('div', { class: 'satisfaction__body', 'aria-busy': 'true' }, el('p', { class: 'loading' }, 'Loading…'));
  load(relationshipId, periodKey)
    .then((trend) => body.replaceChildren(...renderSatisfaction(trend)))
    .catch((error: Error) =>
      body.replaceChildren(el('p', { class: 'error', role: 'alert' }, `The satisfaction figures could not be loaded: ${error.message}`)),
    )
    .finally(() => {
      body.removeAttribute('aria-busy');
      onLayout();
    });
  return el(
    'section',
    { class: 'satisfaction', 'data-section': 'satisfaction', 'aria-label': 'Satisfaction' },
    el('h3', {}, `Satisfaction, four quarters to ${quarterLabel(periodKey)}`),
    body,
  );
}
