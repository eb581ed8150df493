// The Jira page "Relationship matrix": filters above the shared heat-map matrix and its detail panel.
import type { MatrixQuery } from '../../api/client';
import type { DepartmentView, MatrixView } from '../../api/types';
import { el } from '../../dom';
import { field, select } from '../../forms';
import { renderNoDepartments } from '../../matrix/empty';
import { METRICS, isMetric } from '../../matrix/metric';
import { quarterLabel } from '../../matrix/period';
import { type MatrixOptions, renderMatrix } from '../../matrix/view';
import { t } from '../../i18n';

function title(): HTMLElement[] {
  return [
    el('h1', {}, t('matrix.label')),
    el('p', { class: 'lead' }, t('matrix.lead')),
  ];
}

function filtersOf(form: HTMLFormElement): MatrixQuery {
  const departments = form.elements.namedItem('departments') as HTMLSelectElement;
  const metric = (form.elements.namedItem('metric') as HTMLSelectElement).value;
  return {
    departments: Array.from(departments.selectedOptions, (option) => option.value),
    metric: isMetric(metric) ? metric : 'agreement',
    period: (form.elements.namedItem('period') as HTMLSelectElement).value,
  };
}

/** The filters: departments (none chosen means all), metric and quarter; every change applies at once. */
export function renderFilters(departments: DepartmentView[], query: MatrixQuery, quarters: string[], onChange: (query: MatrixQuery) => void): HTMLFormElement {
  const chosen = new Set(query.departments);
  const sorted = [...departments].sort((a, b) => a.name.localeCompare(b.name));
  const departmentSelect = el(
    'select',
    { name: 'departments', multiple: '', size: String(Math.min(6, Math.max(3, sorted.length))) },
    ...sorted.map((d) => {
      const option = el('option', { value: d.id }, d.name);
      option.selected = chosen.has(d.id);
      return option;
    }),
  );
  const all = el('button', { type: 'button', class: 'button button--subtle' }, t('filters.all-departments'));
  const departmentField = field(t('admin.departments'), departmentSelect, t('filters.departments-hint'));
  departmentField.append(all);
  const form = el(
    'form',
    { class: 'filters', 'aria-label': t('filters.label') },
    departmentField,
    field(t('filters.metric'), select('metric', METRICS.map((m) => ({ value: m.key, label: m.label })), query.metric)),
    field(t('filters.period'), select('period', quarters.map((q, i) => ({ value: q, label: i === 0 ? t('filters.current', { quarter: quarterLabel(q) }) : quarterLabel(q) })), query.period)),
  );
  form.addEventListener('change', () => onChange(filtersOf(form)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange(filtersOf(form));
  });
  all.addEventListener('click', () => {
    for (const option of departmentSelect.options) option.selected = false;
    onChange(filtersOf(form));
  });
  return form;
}

/** The page; returns the element the matrix goes into, or null when the site has no departments yet. */
export function renderMatrixPage(
  root: HTMLElement,
  departments: DepartmentView[],
  query: MatrixQuery,
  quarters: string[],
  onChange: (query: MatrixQuery) => void,
): HTMLElement | null {
  if (departments.length === 0) {
    root.replaceChildren(...title(), renderNoDepartments(false));
    root.dataset.ready = 'true';
    return null;
  }
  const slot = el('div', { class: 'matrix-slot', 'aria-busy': 'true' }, el('p', { class: 'loading' }, t('matrix.loading')));
  root.replaceChildren(...title(), renderFilters(departments, query, quarters, onChange), slot);
  return slot;
}

export function renderMatrixLoading(slot: HTMLElement): void {
  slot.setAttribute('aria-busy', 'true');
  slot.classList.add('matrix-slot--loading');
}

export function renderMatrixResult(root: HTMLElement, slot: HTMLElement, matrix: MatrixView, options: MatrixOptions): void {
  renderMatrix(slot, matrix, options);
  slot.removeAttribute('aria-busy');
  slot.classList.remove('matrix-slot--loading');
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, slot: HTMLElement | null, message: string): void {
  const alert = el('p', { class: 'error', role: 'alert' }, message);
  if (slot) {
    slot.replaceChildren(alert);
    slot.removeAttribute('aria-busy');
    slot.classList.remove('matrix-slot--loading');
  } else {
    root.replaceChildren(...title(), alert);
  }
  root.dataset.ready = 'error';
}
