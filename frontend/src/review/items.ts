// Frustrations, assumptions and suggestions compared openly: per relationship, the provider's entries next
// to the customer's, each side grouped by kind (frustrations first), with status, owner and agreed action.
import type { ReviewItem, ReviewSide, SnapshotRow } from '../api/types';
import { el } from '../dom';
import { t, tParts } from '../i18n';
import { person } from '../people/person';
import { formatDate } from '../relationship/agreement';
import { KINDS, SIDES, itemStatusLozenge } from './words';

/** Extra content under an item: the Jira page's edit form, when the viewer may change it. */
export type ItemExtra = (item: ReviewItem) => Node | null;

function entry(item: ReviewItem, extra?: ItemExtra): HTMLElement {
  return el(
    'li',
    { class: 'item', 'data-item': item.id, 'data-kind': item.kind },
    el('p', { class: 'prose item__text' }, item.text),
    el(
      'div',
      { class: 'item__meta' },
      itemStatusLozenge(item.status),
      el('span', { class: 'item__owner' }, ...(item.ownerAccountId ? tParts('review.items.owner', { owner: person(item.ownerAccountId) }) : [t('review.items.no-owner')])),
      el('time', { class: 'muted', datetime: item.createdAt }, formatDate(item.createdAt)),
    ),
    item.action ? el('p', { class: 'item__action' }, el('strong', {}, t('review.items.action')), ' ', item.action) : null,
    extra?.(item) ?? null,
  );
}

function column(side: ReviewSide, department: string, items: ReviewItem[], extra?: ItemExtra): HTMLElement {
  const groups = KINDS.map((kind) => ({ kind, entries: items.filter((i) => i.kind === kind.key) })).filter((g) => g.entries.length > 0);
  return el(
    'section',
    { class: 'items__side', 'data-side': side, 'aria-label': t('review.items.side', { side: SIDES[side], department }) },
    el('h4', { class: 'items__heading' }, t('review.items.side', { side: SIDES[side], department })),
    groups.length === 0
      ? el('p', { class: 'muted' }, t('review.items.nothing-raised'))
      : el(
          'div',
          {},
          ...groups.map((group) =>
            el('div', { class: 'items__kind', 'data-kind': group.kind.key }, el('h5', {}, group.kind.label), el('ul', { class: 'items__list' }, ...group.entries.map((i) => entry(i, extra)))),
          ),
        ),
  );
}

/** Per relationship of the scope that has items, the two sides in two columns. */
export function renderItems(items: ReviewItem[], snapshot: SnapshotRow[], extra?: ItemExtra): HTMLElement {
  if (items.length === 0) return el('p', { class: 'muted', 'data-empty': 'items' }, t('review.items.empty'));
  const relationshipIds = [...new Set([...snapshot.map((r) => r.relationshipId), ...items.map((i) => i.relationshipId)])];
  const blocks = relationshipIds
    .map((relationshipId) => ({ row: snapshot.find((r) => r.relationshipId === relationshipId), own: items.filter((i) => i.relationshipId === relationshipId) }))
    .filter((block) => block.own.length > 0)
    .map(({ row, own }) => {
      const name = (side: ReviewSide) => (side === 'provider' ? row?.providerName : row?.customerName) ?? own.find((i) => i.side === side)?.departmentName ?? SIDES[side];
      return el(
        'div',
        { class: 'items__relationship', 'data-relationship': own[0]!.relationshipId },
        row && snapshot.length > 1 ? el('h4', { class: 'items__pair' }, `${row.providerName} → ${row.customerName}`) : null,
        el(
          'div',
          { class: 'items__compare' },
          column('provider', name('provider'), own.filter((i) => i.side === 'provider'), extra),
          column('customer', name('customer'), own.filter((i) => i.side === 'customer'), extra),
        ),
      );
    });
  return el('div', { class: 'items' }, ...blocks);
}
