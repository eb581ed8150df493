// Frustrations, assumptions and suggestions: a side raises one for itself (an administrator for either
// side), and the sides move it on: status, owner, the action they agreed.
import { ApiError } from '../../api/client';
import type { ReviewItem, ReviewItemKind, ReviewItemStatus, ReviewSide } from '../../api/types';
import { countedField, field, select, textArea, valueOf } from '../../forms';
import { t } from '../../i18n';
import { picker } from '../../people/picker';
import { ITEM_STATUSES, KIND_WORDS, SIDES } from '../../review/words';
import { type EditContext, editPanel, form, onSave, relationshipOptions, submitButton } from './edit';
import { editableRelationships, sidesIn } from './permissions';

export const TEXT_MAX = 2000;
export const ACTION_MAX = 1000;

function sideOptions(context: EditContext, relationshipId: string): { value: string; label: string }[] {
  const row = context.review.snapshot.find((r) => r.relationshipId === relationshipId);
  return sidesIn(context.review, relationshipId).map((side) => ({
    value: side,
    label: `${SIDES[side]}${row ? `: ${side === 'provider' ? row.providerName : row.customerName}` : ''}`,
  }));
}

export function raiseForm(context: EditContext): HTMLElement | null {
  const rows = editableRelationships(context.review);
  if (rows.length === 0) return null;
  const relationship = select('relationshipId', relationshipOptions(rows), rows[0]!.relationshipId, { id: 'item-relationship' });
  const side = select('side', sideOptions(context, relationship.value), '', { id: 'item-side' });
  side.selectedIndex = 0;
  relationship.addEventListener('change', () => {
    side.replaceChildren(...sideOptions(context, relationship.value).map((o) => Object.assign(document.createElement('option'), { value: o.value, textContent: o.label })));
  });
  const owner = picker({ kind: 'user', name: 'ownerAccountId', label: t('quarterly.item.owner-optional'), id: 'item-owner' });
  const target = form(
    'item-form',
    t('quarterly.item.raise-title'),
    field(t('quarterly.item.relationship'), relationship),
    field(t('quarterly.item.raised-by'), side),
    field(t('quarterly.item.kind'), select('kind', Object.entries(KIND_WORDS).map(([value, label]) => ({ value, label })), 'frustration', { id: 'item-kind' })),
    countedField(t('quarterly.item.text'), textArea('text', '', 3, { id: 'item-text' }), TEXT_MAX),
    owner.element,
    submitButton('item-save', t('quarterly.item.raise')),
  );
  onSave(target, context, t('quarterly.item.raised'), async () => {
    const text = valueOf(target, 'text');
    if (!text) throw new ApiError(400, t('quarterly.item.text-missing'), 'text');
    await context.actions.raiseItem({
      relationshipId: relationship.value,
      side: valueOf(target, 'side') as ReviewSide,
      kind: valueOf(target, 'kind') as ReviewItemKind,
      text,
      ownerAccountId: owner.value()[0] ?? null,
    });
  });
  return editPanel(t('quarterly.item.raise-title'), target);
}

/** The update form under one item, for the relationship's sides. */
export function itemEditForm(item: ReviewItem, context: EditContext): HTMLElement | null {
  if (sidesIn(context.review, item.relationshipId).length === 0) return null;
  const key = item.id.replace(/[^A-Za-z0-9_-]/g, '_');
  const owner = picker({ kind: 'user', name: 'ownerAccountId', label: t('quarterly.item.owner'), id: `item-owner-${key}`, value: item.ownerAccountId ? [item.ownerAccountId] : [] });
  const target = form(
    `item-edit-${key}`,
    t('quarterly.item.update-title'),
    field(t('quarterly.item.status'), select('status', Object.entries(ITEM_STATUSES).map(([value, label]) => ({ value, label })), item.status, { id: `item-status-${key}` })),
    owner.element,
    countedField(t('quarterly.item.action'), textArea('action', item.action ?? '', 2, { id: `item-action-${key}` }), ACTION_MAX),
    submitButton(`item-save-${key}`, t('quarterly.item.save')),
  );
  onSave(target, context, t('quarterly.item.updated'), () =>
    context.actions.updateItem(item.id, {
      status: valueOf(target, 'status') as ReviewItemStatus,
      ownerAccountId: owner.value()[0] ?? null,
      action: valueOf(target, 'action') || null,
    }),
  );
  return editPanel(t('quarterly.item.update'), target);
}
