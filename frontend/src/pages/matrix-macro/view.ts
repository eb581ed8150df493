// The Confluence macro: the shared heat-map matrix for the departments, metric and quarter it was saved with.
import type { MatrixView } from '../../api/types';
import { el } from '../../dom';
import type { MatrixParams } from '../../matrix/params';
import { type MatrixOptions, renderMatrix } from '../../matrix/view';

export function renderMacro(root: HTMLElement, matrix: MatrixView, params: MatrixParams, options: MatrixOptions): void {
  renderMatrix(root, matrix, { ...options, filtered: params.departments.length > 0 });
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
