// Frustrations, assumptions and suggestions: a side raises one for itself (an administrator for either
// side), and the sides move it on: status, owner, the action they agreed.
import { ApiError } from '../../api/client';
import type { ReviewItem, ReviewItemKind, ReviewItemStatus, ReviewSide } from '../../api/types';
import { countedField, field, select, textArea, textInput, valueOf } from '../../forms';
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
  const target = form(
    'item-form',
    'Raise a frustration, assumption or suggestion',
    field('Relationship', relationship),
    field('Raised by', side),
    field('Kind', select('kind', Object.entries(KIND_WORDS).map(([value, label]) => ({ value, label })), 'frustration', { id: 'item-kind' })),
    countedField('Text', textArea('text', '', 3, { id: 'item-text' }), TEXT_MAX),
    field('Owner (account id, optional)', textInput('ownerAccountId', '', { id: 'item-owner', autocomplete: 'off' })),
    submitButton('item-save', 'Raise'),
  );
  onSave(target, context, 'Raised.', async () => {
    const text = valueOf(target, 'text');
    if (!text) throw new ApiError(400, 'Say what the frustration, assumption or suggestion is.', 'text');
    await context.actions.raiseItem({
      relationshipId: relationship.value,
      side: valueOf(target, 'side') as ReviewSide,
      kind: valueOf(target, 'kind') as ReviewItemKind,
      text,
      ownerAccountId: valueOf(target, 'ownerAccountId') || null,
    });
  });
  return editPanel('Raise a frustration, assumption or suggestion', target);
}

/** The update form under one item, for the relationship's sides. */
export function itemEditForm(item: ReviewItem, context: EditContext): HTMLElement | null {
  if (sidesIn(context.review, item.relationshipId).length === 0) return null;
  const key = item.id.replace(/[^A-Za-z0-9_-]/g, '_');
  const target = form(
    `item-edit-${key}`,
    'Update this item',
    field('Status', select('status', Object.entries(ITEM_STATUSES).map(([value, label]) => ({ value, label })), item.status, { id: `item-status-${key}` })),
    field('Owner (account id)', textInput('ownerAccountId', item.ownerAccountId ?? '', { id: `item-owner-${key}`, autocomplete: 'off' })),
    countedField('Agreed action', textArea('action', item.action ?? '', 2, { id: `item-action-${key}` }), ACTION_MAX),
    submitButton(`item-save-${key}`, 'Save'),
  );
  onSave(target, context, 'Item updated.', () =>
    context.actions.updateItem(item.id, {
      status: valueOf(target, 'status') as ReviewItemStatus,
      ownerAccountId: valueOf(target, 'ownerAccountId') || null,
      action: valueOf(target, 'action') || null,
    }),
  );
  return editPanel('Update', target);
}
