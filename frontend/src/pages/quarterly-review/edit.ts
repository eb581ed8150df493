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
import { submitting } from '../../forms';
import { saveError } from './errors';

/** The API calls behind the forms (client.ts's `api` has them all). */
export interface ReviewActions {
  objectives(quarter: string): Promise<Objective[]>;
  createObjective(request: ObjectiveRequest): Promise<Objective>;
  linkObjectives(relationshipId: string, objectiveIds: string[]): Promise<unknown>;
  createMeasure(request: MeasureRequest): Promise<Measure>;
  setMeasureValue(measureId: string, month: string, value: number): Promise<Measure>;
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

export function relationshipOptions(rows: SnapshotRow[]): { value: string; label: string }[] {
  return rows.map((row) => ({ value: row.relationshipId, label: `${row.providerName} → ${row.customerName}` }));
}

/** Account ids typed with commas, spaces or new lines between them. */
export function accountIds(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
}
