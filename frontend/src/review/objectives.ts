// The quarter's corporate objectives that the scope's relationships serve.
import type { Objective } from '../api/types';
import { el } from '../dom';
import { t, tParts } from '../i18n';
import { person } from '../people/person';

export function renderObjectives(objectives: Objective[]): HTMLElement {
  if (objectives.length === 0) return el('p', { class: 'muted', 'data-empty': 'objectives' }, t('review.objectives.empty'));
  return el(
    'ul',
    { class: 'review-list objectives' },
    ...objectives.map((objective) =>
      el(
        'li',
        { class: 'review-list__item', 'data-objective': objective.id },
        el('div', { class: 'review-list__head' }, el('strong', {}, objective.title), el('span', { class: 'muted' }, ...tParts('review.objectives.owner', { owner: person(objective.ownerAccountId) }))),
        objective.description ? el('p', { class: 'prose review-list__text' }, objective.description) : null,
      ),
    ),
  );
}
