// The macro's editor: departments as checkboxes (none ticked: all), metric and period pickers.
import type { MacroData } from '../../api/client';
import type { DepartmentView } from '../../api/types';
import { el } from '../../dom';
import { field, select } from '../../forms';
import { METRICS, isMetric } from '../../matrix/metric';
import { type MatrixParams, macroDataOf } from '../../matrix/params';
import { quarterLabel } from '../../matrix/period';

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
    el('legend', {}, 'Departments'),
    el('span', { class: 'field__hint' }, 'None ticked: all departments, including those added later.'),
    sorted.length === 0
      ? el('p', { class: 'muted' }, 'No departments yet. An administrator defines them on the app’s admin page in Jira; the macro shows them all once they exist.')
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

export function renderEditor(root: HTMLElement, departments: DepartmentView[], params: MatrixParams, quarters: string[], bridge: MacroEditorBridge): void {
  const periods = [{ value: '', label: 'Current quarter (moves on with time)' }, ...quarters.map((q) => ({ value: q, label: quarterLabel(q) }))];
  if (params.period && !quarters.includes(params.period)) periods.push({ value: params.period, label: quarterLabel(params.period) });
  const cancel = el('button', { type: 'button', class: 'button button--subtle' }, 'Cancel');
  cancel.addEventListener('click', () => bridge.close());
  const form = el(
    'form',
    { class: 'editor', 'aria-label': 'Relationship matrix macro' },
    departmentPicker(departments, new Set(params.departments)),
    el(
      'div',
      { class: 'editor__pickers' },
      field('Metric', select('metric', METRICS.map((m) => ({ value: m.key, label: m.label })), params.metric)),
      field('Period', select('period', periods, params.period)),
    ),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button button--primary' }, 'Save'), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    bridge.save(macroDataOf(chosenParams(form)));
    bridge.close();
  });
  root.replaceChildren(form);
  root.dataset.ready = 'true';
}

export function renderError(root: HTMLElement, message: string, bridge: MacroEditorBridge): void {
  const close = el('button', { type: 'button', class: 'button' }, 'Close');
  close.addEventListener('click', () => bridge.close());
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, message), close);
  root.dataset.ready = 'error';
}
