// Mutual measures: the relationship's sides add one (entered by hand, or one of the app's own figures),
// enter (or clear) a manual measure's value month by month, and remove one they no longer share.
import { ApiError } from '../../api/client';
import type { MeasureDirection, MeasureSource } from '../../api/types';
import { field, numberInput, numberOf, select, textInput, valueOf } from '../../forms';
import { monthLabel, monthsOf } from '../../review/months';
import { DIRECTIONS, SOURCES } from '../../review/words';
import { type EditContext, editPanel, form, onSave, relationshipOptions, removalForm, submitButton } from './edit';
import { editableRelationships } from './permissions';
import { t, texts } from '../../i18n';

const TARGET_HINTS: Record<MeasureSource, string> = texts(['manual', 'satisfaction', 'expectations-met', 'yes-ratio', 'service-met'], (source) =>
  source === 'manual' ? t('measure.hint.manual') : source === 'satisfaction' ? t('measure.hint.rating') : t('measure.hint.percentage'),
);

const isSource = (value: string): value is MeasureSource => value in SOURCES;

export function measureForm(context: EditContext): HTMLElement | null {
  const rows = editableRelationships(context.review);
  if (rows.length === 0) return null;
  const source = select('source', Object.entries(SOURCES).map(([value, label]) => ({ value, label })), 'manual', { id: 'measure-source' });
  const targetField = field(t('measure.target'), numberInput('target', null), TARGET_HINTS.manual);
  targetField.querySelector('input')!.id = 'measure-target';
  source.addEventListener('change', () => {
    targetField.querySelector('.field__hint')!.textContent = isSource(source.value) ? TARGET_HINTS[source.value] : '';
  });
  const objectives = [{ value: '', label: t('measure.no-objective') }, ...context.review.objectives.map((o) => ({ value: o.id, label: o.title }))];
  const target = form(
    'measure-form',
    t('measure.add-title'),
    field(t('measure.relationship'), select('relationshipId', relationshipOptions(rows), rows[0]!.relationshipId, { id: 'measure-relationship' })),
    field(t('measure.name'), textInput('name', '', { id: 'measure-name', maxlength: '200' })),
    field(t('measure.source'), source),
    field(t('measure.unit'), textInput('unit', '', { id: 'measure-unit', maxlength: '40' })),
    field(t('measure.direction'), select('direction', Object.entries(DIRECTIONS).map(([value, label]) => ({ value, label })), 'higher', { id: 'measure-direction' })),
    targetField,
    field(t('review.measures.col.objective'), select('objectiveId', objectives, '', { id: 'measure-objective' })),
    submitButton('measure-save', t('measure.add')),
  );
  onSave(target, context, t('measure.added'), async () => {
    const name = valueOf(target, 'name');
    if (!name) throw new ApiError(400, t('measure.error.name'), 'name');
    const goal = numberOf(target, 'target');
    if (goal === null || Number.isNaN(goal)) throw new ApiError(400, t('measure.error.target'), 'target');
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
  return editPanel(t('measure.add-title'), target);
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
    t('measure.value-title'),
    field(t('review.measures.col.measure'), select('measureId', manual.map((m) => ({ value: m.id, label: m.name })), manual[0]!.id, { id: 'value-measure' })),
    field(t('measure.month'), select('month', months.map((m) => ({ value: m, label: monthLabel(m) })), months[months.length - 1] ?? '', { id: 'value-month' })),
    field(t('measure.value'), value, t('measure.value-hint')),
    submitButton('value-save', t('measure.value-save')),
  );
  onSave(target, context, t('measure.value-saved'), async () => {
    const number = numberOf(target, 'value');
    if (number === null) {
      await context.actions.clearMeasureValue(valueOf(target, 'measureId'), valueOf(target, 'month'));
      return;
    }
    if (Number.isNaN(number)) throw new ApiError(400, t('measure.error.value'), 'value');
    await context.actions.setMeasureValue(valueOf(target, 'measureId'), valueOf(target, 'month'), number);
  });
  return editPanel(t('measure.value-title'), target);
}

/** Removes a measure of a relationship the reader belongs to, with its values, once confirmed. */
export function removeMeasureForm(context: EditContext): HTMLElement | null {
  const editable = new Set(editableRelationships(context.review).map((row) => row.relationshipId));
  const measures = context.review.measures.filter((m) => editable.has(m.relationshipId));
  if (measures.length === 0) return null;
  return removalForm(context, {
    id: 'remove-measure',
    label: t('measure.remove'),
    options: measures.map((m) => ({ value: m.id, label: m.name })),
    confirmText: t('measure.remove-confirm'),
    notice: t('measure.removed'),
    remove: (id) => context.actions.deleteMeasure(id),
  });
}
