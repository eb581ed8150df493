// The quarter's corporate objectives that the scope's relationships serve.
import type { Objective } from '../api/types';
import { el } from '../dom';

export function renderObjectives(objectives: Objective[]): HTMLElement {
  if (objectives.length === 0) return el('p', { class: 'muted', 'data-empty': 'objectives' }, 'No objectives linked for this quarter yet.');
  return el(
    'ul',
    { class: 'review-list objectives' },
    ...objectives.map((objective) =>
      el(
        'li',
        { class: 'review-list__item', 'data-objective': objective.id },
        el('div', { class: 'review-list__head' }, el('strong', {}, objective.title), el('span', { class: 'muted' }, `Owner: ${objective.ownerAccountId}`)),
        objective.description ? el('p', { class: 'prose review-list__text' }, objective.description) : null,
      ),
    ),
  );
}
