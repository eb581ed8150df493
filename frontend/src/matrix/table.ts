// The Internal Customer Relationship Matrix as an accessible heat-map table: providers as rows, customers as
// columns. It stays fast at 300 departments (90,000 cells): built detached in one DocumentFragment with
// plain DOM calls, and one click and one key listener on the table instead of one per cell.
import type { MatrixCell, MatrixView } from '../api/types';
import { el } from '../dom';
import { metricLabel } from './metric';
import { quarterLabel } from './period';
import { t } from '../i18n';

const FIRST_ROWS = 20;
const CHUNK_ROWS = 30;

/** Runs `next` once the browser has painted what is there: a timeout queued from an animation frame. */
function afterPaint(next: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(next, 0));
  else setTimeout(next, 0);
}

/** Heat levels from the cell's value (0 to 1 for every metric, higher is better); the label always says the figure too. */
export function heatLevel(cell: MatrixCell): string {
  if (cell.noData || cell.value === null) return 'nodata';
  const value = Math.min(1, Math.max(0, cell.value));
  return String(Math.min(4, Math.floor(value * 5)));
}

/** What a cell says: its label, or a dash for an empty figure (no checks answered yet, say). */
export function cellLabel(cell: MatrixCell): string {
  if (cell.noData) return t('matrix.no-data');
  return cell.label.trim() === '' ? '–' : cell.label;
}

export function matrixCaption(matrix: MatrixView): string {
  return t('matrix.caption', { metric: metricLabel(matrix.metric), quarter: quarterLabel(matrix.period.key) });
}

/** Where a cell is, by provider row and customer column: -1 for no relationship. */
function cellIndex(matrix: MatrixView): Int32Array {
  const n = matrix.departments.length;
  const index = new Int32Array(n * n).fill(-1);
  matrix.cells.forEach((cell, i) => {
    if (cell.provider >= 0 && cell.provider < n && cell.customer >= 0 && cell.customer < n) index[cell.provider * n + cell.customer] = i;
  });
  return index;
}

function headerCell(scope: 'row' | 'col', name: string): HTMLTableCellElement {
  const th = document.createElement('th');
  th.scope = scope;
  th.title = name;
  const span = document.createElement('span');
  span.textContent = name;
  th.append(span);
  return th;
}

function relationshipCell(target: EventTarget | null): HTMLTableCellElement | null {
  return target instanceof Element ? target.closest<HTMLTableCellElement>('td[data-cell]') : null;
}

function moveFocus(table: HTMLTableElement, td: HTMLTableCellElement, focus: boolean): void {
  for (const stop of table.querySelectorAll<HTMLElement>('td[tabindex="0"]')) stop.tabIndex = -1;
  td.tabIndex = 0;
  if (focus) td.focus();
}

/** The nearest cell with a relationship in the arrow key's direction, skipping empty ones. */
function neighbour(td: HTMLTableCellElement, key: string): HTMLTableCellElement | null {
  const row = td.parentElement as HTMLTableRowElement;
  const rows = (row.parentElement as HTMLTableSectionElement).rows;
  const step = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[key];
  if (!step) return null;
  for (let r = row.sectionRowIndex + step[0]!, c = td.cellIndex + step[1]!; r >= 0 && r < rows.length && c >= 1; r += step[0]!, c += step[1]!) {
    const candidate = rows[r]!.cells[c];
    if (!candidate) return null;
    if (candidate.dataset.cell !== undefined) return candidate;
  }
  return null;
}

/**
 * The table, wrapped in its scroll box (sticky header row and column). `onOpen` runs when a cell with a
 * relationship is clicked or activated with Enter or Space; arrow keys move between such cells.
 */
export function renderMatrixTable(matrix: MatrixView, onOpen?: (cell: MatrixCell, td: HTMLTableCellElement) => void): HTMLElement {
  const n = matrix.departments.length;
  const index = cellIndex(matrix);
  const fragment = document.createDocumentFragment();
  fragment.append(el('caption', {}, matrixCaption(matrix)));

  const headRow = document.createElement('tr');
  headRow.append(el('td', { class: 'matrix__corner' }, t('matrix.corner')));
  for (const department of matrix.departments) headRow.append(headerCell('col', department.name));
  fragment.append(el('thead', {}, headRow));

  const body = document.createElement('tbody');
  let tabStop = false;
  const appendRows = (from: number, to: number, into: Node) => {
    for (let p = from; p < to; p++) {
      const row = document.createElement('tr');
      row.append(headerCell('row', matrix.departments[p]!.name));
      for (let c = 0; c < n; c++) {
        const td = document.createElement('td');
        const at = index[p * n + c]!;
        if (p === c) {
          td.className = 'cell cell--self';
        } else if (at < 0) {
          td.className = 'cell cell--none';
          td.textContent = '–';
        } else {
          const cell = matrix.cells[at]!;
          td.className = `cell heat heat--${heatLevel(cell)}`;
          td.dataset.cell = String(at);
          td.tabIndex = tabStop ? -1 : 0; // one tab stop for the whole grid; arrow keys move inside it
          tabStop = true;
          td.textContent = cellLabel(cell);
        }
        row.append(td);
      }
      into.appendChild(row);
    }
  };
  // A big matrix (300 departments: 90,000 cells) is shown at once with its first rows, and the rest follows
  // in chunks on later tasks, so that the page paints within a second instead of after all of it.
  const first = Math.min(n, FIRST_ROWS);
  appendRows(0, first, body);
  fragment.append(body);

  const table = document.createElement('table');
  table.className = 'matrix';
  table.append(fragment);
  const more = (from: number) => {
    if (from >= n) {
      table.dataset.complete = 'true';
      return;
    }
    const chunk = document.createDocumentFragment();
    appendRows(from, Math.min(n, from + CHUNK_ROWS), chunk);
    body.appendChild(chunk);
    afterPaint(() => more(from + CHUNK_ROWS));
  };
  if (first < n) afterPaint(() => more(first));
  else table.dataset.complete = 'true';
  if (onOpen) {
    const open = (td: HTMLTableCellElement) => {
      const cell = matrix.cells[Number(td.dataset.cell)];
      if (!cell) return;
      table.querySelector('td[aria-current]')?.removeAttribute('aria-current');
      td.setAttribute('aria-current', 'true');
      moveFocus(table, td, false);
      onOpen(cell, td);
    };
    table.addEventListener('click', (event) => {
      const td = relationshipCell(event.target);
      if (td) open(td);
    });
    table.addEventListener('keydown', (event) => {
      const td = relationshipCell(event.target);
      if (!td) return;
      const next = event.key === 'Enter' || event.key === ' ' ? td : neighbour(td, event.key);
      if (!next) return;
      event.preventDefault();
      if (next === td) open(td);
      else moveFocus(table, next, true);
    });
  }
  return el('div', { class: 'matrix__scroll', role: 'region', 'aria-label': t('matrix.label'), tabindex: '0' }, table);
}

/** What the colours and signs mean; the cells say their figure in words, so colour is only a help. */
export function renderHeatLegend(): HTMLElement {
  const swatch = (level: string, text: string) => el('li', {}, el('span', { class: `legend__swatch heat heat--${level}`, 'aria-hidden': 'true' }), text);
  return el(
    'ul',
    { class: 'legend', 'aria-label': t('matrix.legend') },
    swatch('4', t('matrix.legend.best')),
    swatch('2', t('matrix.legend.middling')),
    swatch('0', t('matrix.legend.worst')),
    swatch('nodata', t('matrix.legend.no-data')),
    el('li', {}, el('span', { class: 'legend__sign', 'aria-hidden': 'true' }, '–'), t('matrix.legend.no-relationship')),
    el('li', {}, t('matrix.legend.select')),
  );
}
