// Mutual measures against their targets: the quarter's three monthly values, the score on Atlassian Goals'
// 0 to 1 scale and its status (on track, at risk, off track, no data).
import type { Measure, Objective } from '../api/types';
import { el } from '../dom';
import { monthLabel, monthsOf } from './months';
import { SOURCES, measureValue, statusLozenge } from './words';
import { formatDecimal, t } from '../i18n';

function target(measure: Measure): string {
  return `${measure.direction === 'higher' ? '≥' : '≤'} ${measureValue(measure.target, measure.source, measure.unit)}`;
}

function valueIn(measure: Measure, month: string): string {
  const found = measure.months.find((m) => m.month === month);
  return measureValue(found ? found.value : null, measure.source, measure.unit);
}

export function renderMeasures(measures: Measure[], objectives: Objective[], quarter: string): HTMLElement {
  if (measures.length === 0) return el('p', { class: 'muted', 'data-empty': 'measures' }, t('review.measures.none'));
  const months = monthsOf(quarter);
  const titles = new Map(objectives.map((o) => [o.id, o.title]));
  const header = [t('review.measures.col.measure'), t('review.measures.col.objective'), t('review.measures.col.target'), ...months.map(monthLabel), t('review.measures.col.score'), t('review.measures.col.status')];
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': t('review.measures.title'), tabindex: '0' },
    el(
      'table',
      { class: 'review-table measures' },
      el('caption', { class: 'visually-hidden' }, t('review.measures.caption')),
      el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        ...measures.map((measure) =>
          el(
            'tr',
            { 'data-measure': measure.id },
            el('th', { scope: 'row', class: 'measures__name' }, measure.name, el('span', { class: 'measures__source' }, SOURCES[measure.source])),
            el('td', { class: 'measures__objective' }, (measure.objectiveId && titles.get(measure.objectiveId)) || '–'),
            el('td', { class: 'number' }, target(measure)),
            ...months.map((month) => el('td', { class: 'number', 'data-month': month }, valueIn(measure, month))),
            el('td', { class: 'number', 'data-score': '' }, measure.score === null ? '–' : formatDecimal(measure.score)),
            el('td', {}, statusLozenge(measure.status)),
          ),
        ),
      ),
    ),
  );
}
