// The matrix with its legend and its detail panel, shared by the Jira page and the Confluence macro.
import type { MatrixCell, MatrixView, RelationshipView } from '../api/types';
import { el } from '../dom';
import { renderDetailError, renderDetailLoading, renderRelationshipDetail } from './detail';
import { renderNoDepartments } from './empty';
import { renderHeatLegend, renderMatrixTable } from './table';
import type { LoadSatisfaction } from './satisfaction';
import type { DetailExtras } from './detail';
import type { LoadDecisions } from './yesno';
import { t } from '../i18n';

export interface MatrixOptions {
  /** Fetches the relationship from one department to another, with its versions, for the detail panel. */
  loadRelationship: (providerId: string, customerId: string) => Promise<RelationshipView>;
  /** A relationship's yes/no figures for the detail; without it the detail has no yes/no section. */
  loadDecisions?: LoadDecisions;
  /** A relationship's satisfaction trend for the detail; without it the detail has no satisfaction section. */
  loadSatisfaction?: LoadSatisfaction;
  /** A relationship's answers per questionnaire question for the detail, with their CSV. */
  questionFigures?: DetailExtras['questionFigures'];
  /** The page's height changed (the macro tells its host). */
  onLayout?: () => void;
  /** Departments were chosen: an empty matrix means they are gone, not that the site has none. */
  filtered?: boolean;
}

export function renderMatrix(container: HTMLElement, matrix: MatrixView, options: MatrixOptions): void {
  const layout = options.onLayout ?? (() => undefined);
  if (matrix.departments.length === 0) {
    container.replaceChildren(renderNoDepartments(options.filtered ?? false));
    return;
  }
  const detail = el('div', { class: 'matrix-layout__detail' });
  let shown = 0;
  let opener: HTMLTableCellElement | null = null;
  const close = () => {
    shown++;
    detail.replaceChildren();
    opener?.removeAttribute('aria-current');
    opener?.focus();
    layout();
  };
  const show = (panel: HTMLElement) => {
    detail.replaceChildren(panel);
    panel.querySelector<HTMLElement>('.detail__title')?.focus({ preventScroll: true });
    panel.scrollIntoView?.({ block: 'nearest' });
    layout();
  };
  const open = (cell: MatrixCell, td: HTMLTableCellElement) => {
    const request = ++shown;
    opener = td;
    const title = `${matrix.departments[cell.provider]?.name ?? ''} → ${matrix.departments[cell.customer]?.name ?? ''}`;
    show(renderDetailLoading(title, close));
    options
      .loadRelationship(matrix.departments[cell.provider]?.id ?? '', matrix.departments[cell.customer]?.id ?? '')
      .then((relationship) => {
        if (request === shown) show(renderRelationshipDetail(relationship, cell, matrix, close, { loadDecisions: options.loadDecisions, loadSatisfaction: options.loadSatisfaction, questionFigures: options.questionFigures, onLayout: layout }));
      })
      .catch((error: Error) => {
        if (request === shown) show(renderDetailError(title, t('matrix.relationship-load-failed', { reason: error.message }), close));
      });
  };
  const note =
    matrix.cells.length === 0
      ? [el('p', { class: 'note' }, t('matrix.no-relationships'))]
      : [];
  container.replaceChildren(
    ...note,
    renderHeatLegend(),
    el('div', { class: 'matrix-layout' }, renderMatrixTable(matrix, open), detail),
  );
}
