// Appreciation given during the quarter between the scope's departments, and the executive sponsor's notes.
import type { Appreciation, SponsorNote } from '../api/types';
import { el } from '../dom';
import { formatDate } from '../relationship/agreement';

function from(item: Appreciation): string {
  return item.fromDepartmentName ? `${item.fromAccountId} (${item.fromDepartmentName})` : item.fromAccountId;
}

export function renderAppreciation(items: Appreciation[]): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted', 'data-empty': 'appreciation' }, 'No thanks given this quarter yet.');
  return el(
    'ul',
    { class: 'review-list appreciation' },
    ...items.map((item) =>
      el(
        'li',
        { class: 'review-list__item', 'data-appreciation': item.id },
        el(
          'div',
          { class: 'review-list__head' },
          el('span', {}, `${from(item)} thanked ${item.toAccountIds.join(', ')} of ${item.toDepartmentName}${item.issueKey ? ` for ${item.issueKey}` : ''}`),
          el('time', { class: 'muted', datetime: item.createdAt }, formatDate(item.createdAt)),
        ),
        item.message ? el('p', { class: 'prose review-list__text' }, item.message) : null,
      ),
    ),
  );
}

export function renderSponsorNotes(notes: SponsorNote[]): HTMLElement {
  if (notes.length === 0) return el('p', { class: 'muted', 'data-empty': 'notes' }, 'No notes from the executive sponsor this quarter.');
  return el(
    'ul',
    { class: 'review-list notes' },
    ...notes.map((note) =>
      el(
        'li',
        { class: 'review-list__item', 'data-note': note.relationshipId },
        el('div', { class: 'review-list__head' }, el('strong', {}, note.relationshipName), el('span', { class: 'muted' }, `${note.byAccountId}, ${formatDate(note.updatedAt)}`)),
        el('p', { class: 'prose review-list__text' }, note.text),
      ),
    ),
  );
}
