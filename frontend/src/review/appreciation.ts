// Appreciation given during the quarter between the scope's departments, and the executive sponsor's notes.
import type { Appreciation, SponsorNote } from '../api/types';
import { el } from '../dom';
import { t, tParts } from '../i18n';
import { person, personList } from '../people/person';
import { formatDate } from '../relationship/agreement';

function from(item: Appreciation): Node {
  const who = person(item.fromAccountId);
  if (!item.fromDepartmentName) return who;
  return el('span', {}, ...tParts('review.appreciation.from-department', { department: item.fromDepartmentName, person: who }));
}

function thanked(item: Appreciation): (string | Node)[] {
  const nodes = { from: from(item), to: personList(item.toAccountIds) };
  return item.issueKey
    ? tParts('review.appreciation.thanked-for', { department: item.toDepartmentName, issue: item.issueKey, ...nodes })
    : tParts('review.appreciation.thanked', { department: item.toDepartmentName, ...nodes });
}

export function renderAppreciation(items: Appreciation[]): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted', 'data-empty': 'appreciation' }, t('review.appreciation.empty'));
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
          el('span', {}, ...thanked(item)),
          el('time', { class: 'muted', datetime: item.createdAt }, formatDate(item.createdAt)),
        ),
        item.message ? el('p', { class: 'prose review-list__text' }, item.message) : null,
      ),
    ),
  );
}

export function renderSponsorNotes(notes: SponsorNote[]): HTMLElement {
  if (notes.length === 0) return el('p', { class: 'muted', 'data-empty': 'notes' }, t('review.notes.empty'));
  return el(
    'ul',
    { class: 'review-list notes' },
    ...notes.map((note) =>
      el(
        'li',
        { class: 'review-list__item', 'data-note': note.relationshipId },
        el(
          'div',
          { class: 'review-list__head' },
          el('strong', {}, note.relationshipName),
          el('span', { class: 'muted' }, ...tParts('review.notes.by', { date: formatDate(note.updatedAt), person: person(note.byAccountId) })),
        ),
        el('p', { class: 'prose review-list__text' }, note.text),
      ),
    ),
  );
}
