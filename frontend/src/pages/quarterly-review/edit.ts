// What every edit form of the review shares: the calls it makes, a collapsible panel, the save that keeps the
// button busy, shows a failure next to the form with the typed input kept, and re-reads the review after.
import type {
  Appreciation,
  AppreciationRequest,
  Measure,
  MeasureRequest,
  Objective,
  ObjectiveRequest,
  Review,
  ReviewItem,
  ReviewItemRequest,
  ReviewItemUpdate,
  SnapshotRow,
  SponsorNote,
} from '../../api/types';
import { el } from '../../dom';
import { ApiError } from '../../api/client';
import { field, select, submitting, valueOf } from '../../forms';
import { t } from '../../i18n';
import { saveError } from './errors';

/** The API calls behind the forms (client.ts's `api` has them all). */
export interface ReviewActions {
  objectives(quarter: string): Promise<Objective[]>;
  createObjective(request: ObjectiveRequest): Promise<Objective>;
  linkObjectives(relationshipId: string, objectiveIds: string[]): Promise<unknown>;
  createMeasure(request: MeasureRequest): Promise<Measure>;
  setMeasureValue(measureId: string, month: string, value: number): Promise<Measure>;
  clearMeasureValue(measureId: string, month: string): Promise<Measure>;
  deleteMeasure(measureId: string): Promise<unknown>;
  deleteObjective(objectiveId: string): Promise<unknown>;
  raiseItem(request: ReviewItemRequest): Promise<ReviewItem>;
  updateItem(itemId: string, update: ReviewItemUpdate): Promise<ReviewItem>;
  appreciate(request: AppreciationRequest): Promise<Appreciation>;
  saveSponsorNote(relationshipId: string, quarter: string, text: string): Promise<SponsorNote>;
}

export interface EditContext {
  review: Review;
  actions: ReviewActions;
  /** A write succeeded: re-read the review and say `notice` in `section`, where the form was. */
  changed(notice: string, section?: string): Promise<void>;
}

/** A form behind a summary line, closed until the user opens it: the review stays readable. */
export function editPanel(summary: string, form: HTMLFormElement): HTMLDetailsElement {
  return el('details', { class: 'review-edit', 'data-edit': form.id }, el('summary', {}, summary), form);
}

export function form(id: string, label: string, ...content: (Node | null)[]): HTMLFormElement {
  return el('form', { id, class: 'review-form', 'aria-label': label, novalidate: '' }, el('div', { class: 'form__alert' }), ...content);
}

export function submitButton(id: string, label: string): HTMLElement {
  return el('div', { class: 'buttons' }, el('button', { type: 'submit', id, class: 'button button--primary' }, label));
}

/** On submit: `run` the write; on success re-read the review with `notice`, on failure show why on the form. */
export function onSave(target: HTMLFormElement, context: EditContext, notice: string, run: () => Promise<unknown>): void {
  target.addEventListener('submit', (event) => {
    event.preventDefault();
    const section = target.closest<HTMLElement>('[data-section]')?.dataset.section;
    void submitting(target, async () => {
      try {
        await run();
      } catch (error) {
        throw saveError(error);
      }
      await context.changed(notice, section);
    });
  });
}

/**
 * A form that removes one of `options` once the reader ticks `confirmText`: a removal takes data with it
 * (values, links), so one click is not enough.
 */
export function removalForm(
  context: EditContext,
  spec: { id: string; label: string; options: { value: string; label: string }[]; confirmText: string; notice: string; remove: (id: string) => Promise<unknown> },
): HTMLElement {
  const confirm = el('input', { type: 'checkbox', name: 'confirm', id: `${spec.id}-confirm` });
  const target = form(
    `${spec.id}-form`,
    spec.label,
    field(t('quarterly.which'), select('targetId', spec.options, spec.options[0]!.value, { id: `${spec.id}-target` })),
    el('ul', { class: 'checklist' }, el('li', {}, el('label', {}, confirm, spec.confirmText))),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: `${spec.id}-save`, class: 'button button--danger' }, spec.label)),
  );
  onSave(target, context, spec.notice, async () => {
    if (!confirm.checked) throw new ApiError(400, t('quarterly.confirm-tick'), 'confirm');
    await spec.remove(valueOf(target, 'targetId'));
  });
  return editPanel(spec.label, target);
}

export function relationshipOptions(rows: SnapshotRow[]): { value: string; label: string }[] {
  return rows.map((row) => ({ value: row.relationshipId, label: `${row.providerName} → ${row.customerName}` }));
}
