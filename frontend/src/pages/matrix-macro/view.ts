// The Confluence macro: the shared heat-map matrix for the departments, metric and quarter it was saved
// with, or, in review mode, the quarterly review of a relationship or department, read-only.
import type { MatrixView, Review } from '../../api/types';
import { el } from '../../dom';
import type { MatrixParams } from '../../matrix/params';
import { type MatrixOptions, renderMatrix } from '../../matrix/view';
import { renderReview } from '../../review/view';
import { t } from '../../i18n';

export function renderMacro(root: HTMLElement, matrix: MatrixView, params: MatrixParams, options: MatrixOptions): void {
  renderMatrix(root, matrix, { ...options, filtered: params.departments.length > 0 });
  const missing = matrix.missingDepartments?.length ?? 0;
  if (missing > 0 && matrix.departments.length > 0) root.prepend(missingNote(missing));
  root.dataset.ready = 'true';
}

/** Said once, above the matrix: the page names departments deleted since it was written. */
function missingNote(missing: number): HTMLElement {
  return el('p', { class: 'note', 'data-note': 'missing-departments', role: 'status' }, t('macro.missing-departments', { count: missing }));
}

export function renderReviewMacro(root: HTMLElement, review: Review): void {
  renderReview(root, review);
  root.dataset.ready = 'true';
}

/** A review macro saved without a relationship or department: what the page's author can do about it. */
export function renderNoScope(root: HTMLElement): void {
  root.replaceChildren(
    el(
      'div',
      { class: 'empty', 'data-empty': 'no-scope' },
      el('h2', {}, t('macro.no-scope.title')),
      el('p', {}, t('macro.no-scope.text')),
    ),
  );
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
