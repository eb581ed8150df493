// The macro's editor: what to show (the matrix, or a quarterly review); for the matrix, departments as
// checkboxes (none ticked: all), metric and period pickers; for the review, a relationship or department
// and a quarter.
import type { MacroData } from '../../api/client';
import type { DepartmentView, RelationshipView } from '../../api/types';
import { el } from '../../dom';
import { field, select } from '../../forms';
import { METRICS, isMetric } from '../../matrix/metric';
import { type MatrixParams, macroDataOf } from '../../matrix/params';
import { quarterLabel } from '../../matrix/period';
import type { MacroMode, ReviewParams } from '../../review/params';
import { scopeOf, scopeSelect } from '../../review/scope';
import { t } from '../../i18n';

/** Where the chosen parameters go: the Confluence editor bridge (client.ts's macroEditor). */
export interface MacroEditorBridge {
  save(params: MacroData): void;
  close(): void;
}

function departmentPicker(departments: DepartmentView[], chosen: Set<string>): HTMLElement {
  const sorted = [...departments].sort((a, b) => a.name.localeCompare(b.name));
  return el(
    'fieldset',
    { class: 'field' },
    el('legend', {}, t('admin.departments')),
    el('span', { class: 'field__hint' }, t('editor.departments-hint')),
    sorted.length === 0
      ? el('p', { class: 'muted' }, t('editor.no-departments'))
      : el(
          'ul',
          { class: 'checklist' },
          ...sorted.map((d) => {
            const box = el('input', { type: 'checkbox', name: 'departments', value: d.id });
            box.checked = chosen.has(d.id);
            return el('li', {}, el('label', {}, box, d.name));
          }),
        ),
  );
}

export function chosenParams(form: HTMLFormElement): MatrixParams {
  const metric = (form.elements.namedItem('metric') as HTMLSelectElement).value;
  return {
    departments: Array.from(form.querySelectorAll<HTMLInputElement>('input[name=departments]:checked'), (box) => box.value),
    metric: isMetric(metric) ? metric : 'agreement',
    period: (form.elements.namedItem('period') as HTMLSelectElement).value,
  };
}

/** The review mode's saved choices, and the relationships to choose from. */
export interface ReviewChoice {
  mode: MacroMode;
  params: ReviewParams;
  relationships: RelationshipView[];
}

const MATRIX_ONLY: ReviewChoice = { mode: 'matrix', params: { relationship: '', department: '', quarter: '' }, relationships: [] };

function quarterOptions(quarters: string[], saved: string): { value: string; label: string }[] {
  const options = [{ value: '', label: t('editor.current-quarter') }, ...quarters.map((q) => ({ value: q, label: quarterLabel(q) }))];
  if (saved && !quarters.includes(saved)) options.push({ value: saved, label: quarterLabel(saved) });
  return options;
}

function reviewPart(departments: DepartmentView[], choice: ReviewChoice, quarters: string[]): HTMLElement {
  return el(
    'fieldset',
    { class: 'editor__part', 'data-part': 'review' },
    el('legend', { class: 'visually-hidden' }, t('editor.review')),
    el(
      'div',
      { class: 'editor__pickers' },
      field(t('editor.scope'), scopeSelect({ relationships: choice.relationships, departments }, choice.params, { id: 'macro-scope' }, t('editor.choose'))),
      field(t('review.trend.col.quarter'), select('quarter', quarterOptions(quarters, choice.params.quarter), choice.params.quarter, { id: 'macro-quarter' })),
    ),
  );
}

/** Every parameter the macro has; the mode not shown is saved empty, so the macro URL stays one shape. */
export function chosenData(form: HTMLFormElement): MacroData {
  const mode = (form.elements.namedItem('mode') as HTMLSelectElement).value === 'review' ? 'review' : 'matrix';
  const matrix: MatrixParams = mode === 'matrix' ? chosenParams(form) : { departments: [], metric: 'agreement', period: '' };
  const scope = mode === 'review' ? scopeOf((form.elements.namedItem('scope') as HTMLSelectElement).value) : { relationship: '', department: '' };
  const quarter = mode === 'review' ? (form.elements.namedItem('quarter') as HTMLSelectElement).value : '';
  return { mode, ...macroDataOf(matrix), ...scope, quarter };
}

export function renderEditor(
  root: HTMLElement,
  departments: DepartmentView[],
  params: MatrixParams,
  quarters: string[],
  bridge: MacroEditorBridge,
  review: ReviewChoice = MATRIX_ONLY,
): void {
  const cancel = el('button', { type: 'button', class: 'button button--subtle' }, t('common.cancel'));
  cancel.addEventListener('click', () => bridge.close());
  const mode = select(
    'mode',
    [
      { value: 'matrix', label: t('matrix.label') },
      { value: 'review', label: t('editor.review-of') },
    ],
    review.mode,
    { id: 'macro-mode' },
  );
  const matrixPart = el(
    'fieldset',
    { class: 'editor__part', 'data-part': 'matrix' },
    el('legend', { class: 'visually-hidden' }, t('matrix.label')),
    departmentPicker(departments, new Set(params.departments)),
    el(
      'div',
      { class: 'editor__pickers' },
      field(t('filters.metric'), select('metric', METRICS.map((m) => ({ value: m.key, label: m.label })), params.metric)),
      field(t('filters.period'), select('period', quarterOptions(quarters, params.period), params.period)),
    ),
  );
  const reviewFields = reviewPart(departments, review, quarters);
  const showMode = () => {
    matrixPart.hidden = mode.value === 'review';
    reviewFields.hidden = mode.value !== 'review';
  };
  mode.addEventListener('change', showMode);
  showMode();
  const alert = el('div', { class: 'form__alert' });
  const form = el(
    'form',
    { class: 'editor', 'aria-label': t('editor.label') },
    field(t('editor.show'), mode),
    matrixPart,
    reviewFields,
    alert,
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button button--primary' }, t('common.save')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = chosenData(form);
    if (data.mode === 'review' && !data.relationship && !data.department) {
      alert.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('editor.choose-scope')));
      form.querySelector<HTMLSelectElement>('#macro-scope')?.focus();
      return;
    }
    bridge.save(data);
    bridge.close();
  });
  root.replaceChildren(form);
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string, bridge: MacroEditorBridge): void {
  const close = el('button', { type: 'button', class: 'button' }, t('common.close'));
  close.addEventListener('click', () => bridge.close());
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, message), close);
  root.dataset.ready = 'error';
}
