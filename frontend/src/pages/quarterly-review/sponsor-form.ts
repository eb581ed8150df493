// The executive sponsor's note on a relationship for the review's quarter (administrators may write it too).
import { ApiError } from '../../api/client';
import { countedField, field, select, textArea, valueOf } from '../../forms';
import { quarterLabel } from '../../matrix/period';
import { type EditContext, editPanel, form, onSave, relationshipOptions, submitButton } from './edit';
import { sponsoredRelationships } from './permissions';
import { t } from '../../i18n';

export const NOTE_MAX = 4000;

export function sponsorForm(context: EditContext): HTMLElement | null {
  const rows = sponsoredRelationships(context.review);
  if (rows.length === 0) return null;
  const noteOf = (relationshipId: string) => context.review.sponsorNotes.find((n) => n.relationshipId === relationshipId)?.text ?? '';
  const relationship = select('relationshipId', relationshipOptions(rows), rows[0]!.relationshipId, { id: 'note-relationship' });
  const text = textArea('text', noteOf(relationship.value), 4, { id: 'note-text' });
  const counted = countedField(t('sponsor.note-for', { quarter: quarterLabel(context.review.quarter) }), text, NOTE_MAX);
  relationship.addEventListener('change', () => {
    text.value = noteOf(relationship.value);
    text.dispatchEvent(new Event('input'));
  });
  const target = form('note-form', t('sponsor.title'), field(t('measure.relationship'), relationship), counted, submitButton('note-save', t('sponsor.save')));
  onSave(target, context, t('sponsor.saved'), async () => {
    const note = valueOf(target, 'text');
    if (!note) throw new ApiError(400, t('sponsor.error.empty'), 'text');
    await context.actions.saveSponsorNote(relationship.value, context.review.quarter, note);
  });
  return editPanel(t('sponsor.write'), target);
}
