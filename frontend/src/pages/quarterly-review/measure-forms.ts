// Mutual measures: the relationship's sides add one (entered by hand, or one of the app's own figures),
// enter (or clear) a manual measure's value month by month, and remove one they no longer share.
import { ApiError } from '../../api/client';
import type { MeasureDirection, MeasureSource } from '../../api/types';
import { field, numberInput, numberOf, select, textInput, valueOf } from '../../forms';
import { monthLabel, monthsOf } from '../../review/months';
import { DIRECTIONS, SOURCES } from '../../review/words';
import { type EditContext, editPanel, form, onSave, relationshipOptions, removalForm, submitButton } from './edit';
import { editableRelationships } from './permissions';

const TARGET_HINTS: Record<MeasureSource, string> = {
  manual: 'In the measure’s own unit.',
  satisfaction: 'An average rating from 1 to 5.',
  'expectations-met': 'A percentage from 0 to 100.',
  'yes-ratio': 'A percentage from 0 to 100.',
  'service-met': 'A percentage from 0 to 100.',
};

const isSource = (value: string): value is MeasureSource => value in SOURCES;

export function measureForm(context: EditContext): HTMLElement | null {
  const rows = editableRelationships(context.review);
  if (rows.length === 0) return null;
  const source = select('source', Object.entries(SOURCES).map(([value, label]) => ({ value, label })), 'manual', { id: 'measure-source' });
  const targetField = field('Target', numberInput('target', null), TARGET_HINTS.manual);
  targetField.querySelector('input')!.id = 'measure-target';
  source.addEventListener('change', () => {
    targetField.querySelector('.field__hint')!.textContent = isSource(source.value) ? TARGET_HINTS[source.value] : '';
  });
  const objectives = [{ value: '', label: 'None' }, ...context.review.objectives.map((o) => ({ value: o.id, label: o.title }))];
  const target = form(
    'measure-form',
    'Add a measure',
    field('Relationship', select('relationshipId', relationshipOptions(rows), rows[0]!.relationshipId, { id: 'measure-relationship' })),
    field('Name', textInput('name', '', { id: 'measure-name', maxlength: '200' })),
    field('Source', source),
    field('Unit (optional, for a manual measure)', textInput('unit', '', { id: 'measure-unit', maxlength: '40' })),
    field('Direction', select('direction', Object.entries(DIRECTIONS).map(([value, label]) => ({ value, label })), 'higher', { id: 'measure-direction' })),
    targetField,
    field('Objective', select('objectiveId', objectives, '', { id: 'measure-objective' })),
    submitButton('measure-save', 'Add measure'),
  );
  onSave(target, context, 'Measure added.', async () => {
    const name = valueOf(target, 'name');
    if (!name) throw new ApiError(400, 'Give the measure a name.', 'name');
    const goal = numberOf(target, 'target');
    if (goal === null || Number.isNaN(goal)) throw new ApiError(400, 'Set a target as a number.', 'target');
    const kind = valueOf(target, 'source');
    await context.actions.createMeasure({
      relationshipId: valueOf(target, 'relationshipId'),
      objectiveId: valueOf(target, 'objectiveId') || null,
      name,
      unit: valueOf(target, 'unit') || null,
      source: isSource(kind) ? kind : 'manual',
      direction: valueOf(target, 'direction') as MeasureDirection,
      target: goal,
    });
  });
  return editPanel('Add a measure', target);
}

export function valueForm(context: EditContext): HTMLElement | null {
  const editable = new Set(editableRelationships(context.review).map((row) => row.relationshipId));
  const manual = context.review.measures.filter((m) => m.source === 'manual' && editable.has(m.relationshipId));
  if (manual.length === 0) return null;
  const months = monthsOf(context.review.quarter);
  const value = numberInput('value', null);
  value.id = 'value-value';
  value.removeAttribute('min'); // a manual measure may go below zero (a balance, a difference)
  const target = form(
    'value-form',
    'Enter a month’s value',
    field('Measure', select('measureId', manual.map((m) => ({ value: m.id, label: m.name })), manual[0]!.id, { id: 'value-measure' })),
    field('Month', select('month', months.map((m) => ({ value: m, label: monthLabel(m) })), months[months.length - 1] ?? '', { id: 'value-month' })),
    field('Value', value, 'Leave it empty to clear the month’s value.'),
    submitButton('value-save', 'Save value'),
  );
  onSave(target, context, 'Value saved.', async () => {
    const number = numberOf(target, 'value');
    if (number === null) {
      await context.actions.clearMeasureValue(valueOf(target, 'measureId'), valueOf(target, 'month'));
      return;
    }
    if (Number.isNaN(number)) throw new ApiError(400, 'Enter the month’s value as a number.', 'value');
    await context.actions.setMeasureValue(valueOf(target, 'measureId'), valueOf(target, 'month'), number);
  });
  return editPanel('Enter a month’s value', target);
}

/** Removes a measure of a relationship the reader belongs to, with its values, once confirmed. */
export function removeMeasureForm(context: EditContext): HTMLElement | null {
  const editable = new Set(editableRelationships(context.review).map((row) => row.relationshipId));
  const measures = context.review.measures.filter((m) => editable.has(m.relationshipId));
  if (measures.length === 0) return null;
  return removalForm(context, {
    id: 'remove-measure',
    label: 'Remove a measure',
    options: measures.map((m) => ({ value: m.id, label: m.name })),
    confirmText: 'Remove it with all its monthly values',
    notice: 'Measure removed.',
    remove: (id) => context.actions.deleteMeasure(id),
  });
}
