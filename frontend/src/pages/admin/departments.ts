// Departments on the admin page: the list, the form to add or change one, and deleting (or archiving).
import { ApiError } from '../../api/client';
import type { DepartmentRequest, DepartmentView, ProjectMapping } from '../../api/types';
import { el, fill } from '../../dom';
import { field, lines, submitting, textArea, textInput, valueOf } from '../../forms';
import { type LoadThanks, thanksToggle } from './thanks';

export interface DepartmentActions {
  saveDepartment(request: DepartmentRequest, id: string | null): Promise<void>;
  deleteDepartment(department: DepartmentView): Promise<void>;
  /** The thanks a department's people received: the total and the latest ones. */
  thanksFor: LoadThanks;
}

/** "SALES" or "SALES/10042", separated by commas, spaces or lines. */
export function parseProjects(text: string): ProjectMapping[] {
  return text
    .split(/[\s,]+/)
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [projectKey = '', componentId = ''] = entry.split('/', 2);
      return { projectKey: projectKey.toUpperCase(), componentId: componentId || null };
    });
}

export function projectsText(projects: ProjectMapping[]): string {
  return projects.map((p) => (p.componentId ? `${p.projectKey}/${p.componentId}` : p.projectKey)).join('\n');
}

export function renderDepartmentForm(department: DepartmentView | null, onSave: (request: DepartmentRequest) => Promise<void>, onCancel: () => void): HTMLFormElement {
  const cancel = el('button', { type: 'button', class: 'button button--subtle' }, 'Cancel');
  cancel.addEventListener('click', onCancel);
  const form = el(
    'form',
    { class: 'panel', 'aria-label': department ? `Edit ${department.name}` : 'New department', novalidate: '' },
    el('h3', {}, department ? `Edit ${department.name}` : 'New department'),
    field('Name', textInput('name', department?.name ?? '', { required: '', maxlength: '120', autocomplete: 'off' }), 'Required, up to 120 characters.'),
    field('Description', textArea('description', department?.description ?? '', 2)),
    field('Lead (Atlassian account id)', textInput('leadAccountId', department?.leadAccountId ?? '', { autocomplete: 'off' })),
    field('Jira projects it provides', textArea('projects', projectsText(department?.projects ?? []), 3), 'One per line: a project key such as SALES, or KEY/componentId for one component.'),
    field('Groups who belong to it', textArea('groups', (department?.groups ?? []).join('\n'), 3), 'One group name per line.'),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button button--primary' }, department ? 'Save' : 'Add department'), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const name = valueOf(form, 'name');
      if (name === '' || name.length > 120) throw new ApiError(400, 'Give the department a name of 1 to 120 characters.', 'name');
      await onSave({
        name,
        description: valueOf(form, 'description'),
        leadAccountId: valueOf(form, 'leadAccountId') || null,
        projects: parseProjects(valueOf(form, 'projects')),
        groups: lines(valueOf(form, 'groups')),
      });
    });
  });
  return form;
}

function deleteControl(department: DepartmentView, actions: DepartmentActions): HTMLElement {
  const cell = el('div', { class: 'buttons' });
  const ask = el('button', { type: 'button', class: 'button button--subtle' }, 'Delete');
  const confirm = el('button', { type: 'button', class: 'button button--danger' }, `Delete ${department.name}`);
  const keep = el('button', { type: 'button', class: 'button button--subtle' }, 'Keep');
  const question = el('span', {}, 'Delete it? A department that relationships use is archived instead.');
  ask.addEventListener('click', () => {
    cell.replaceChildren(question, confirm, keep);
    confirm.focus();
  });
  keep.addEventListener('click', () => cell.replaceChildren(ask));
  confirm.addEventListener('click', () => {
    confirm.disabled = true;
    actions.deleteDepartment(department).catch((error: Error) => {
      confirm.disabled = false;
      cell.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message), ask);
    });
  });
  cell.append(ask);
  return cell;
}

const COLUMNS = ['Name', 'Lead', 'Projects', 'Groups', 'Status', 'Thanks received'];

function row(department: DepartmentView, canEdit: boolean, actions: DepartmentActions, edit: (d: DepartmentView) => void): HTMLElement {
  const editButton = el('button', { type: 'button', class: 'button button--subtle' }, 'Edit');
  editButton.addEventListener('click', () => edit(department));
  return el(
    'tr',
    { 'data-department': department.id },
    el('th', { scope: 'row' }, department.name, department.description ? el('div', { class: 'muted' }, department.description) : null),
    el('td', {}, department.leadAccountId ?? '—'),
    el('td', {}, department.projects.length ? projectsText(department.projects).split('\n').join(', ') : '—'),
    el('td', {}, department.groups.length ? department.groups.join(', ') : '—'),
    el('td', {}, department.archived ? el('span', { class: 'lozenge lozenge--missing' }, 'Archived') : el('span', { class: 'lozenge lozenge--ok' }, 'Active')),
    el('td', {}, thanksToggle(department, actions.thanksFor, COLUMNS.length + (canEdit ? 1 : 0))),
    canEdit ? el('td', {}, department.archived ? null : el('div', { class: 'buttons' }, editButton, deleteControl(department, actions))) : null,
  );
}

/** Fills the departments section: active ones first, then archived. */
export function renderDepartments(section: HTMLElement, departments: DepartmentView[], canEdit: boolean, actions: DepartmentActions): void {
  const formSlot = el('div', {});
  const open = (department: DepartmentView | null) => {
    const form = renderDepartmentForm(department, (request) => actions.saveDepartment(request, department?.id ?? null), () => {
      formSlot.replaceChildren();
      add.focus();
    });
    formSlot.replaceChildren(form);
    form.querySelector('input')?.focus();
  };
  const add = el('button', { type: 'button', class: 'button button--primary' }, 'Add department');
  add.addEventListener('click', () => open(null));
  const sorted = [...departments].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name));
  fill(
    section,
    el('div', { class: 'section__head' }, el('h2', {}, 'Departments'), canEdit ? add : null),
    formSlot,
    sorted.length === 0
      ? el('p', { class: 'muted' }, canEdit ? 'No departments yet. Add the first one: every team or function that serves others.' : 'No departments yet.')
      : el(
          'table',
          { class: 'list' },
          el(
            'thead',
            {},
            el('tr', {}, ...[...COLUMNS, ...(canEdit ? ['Actions'] : [])].map((h) => el('th', { scope: 'col' }, h))),
          ),
          el('tbody', {}, ...sorted.map((d) => row(d, canEdit, actions, open))),
        ),
  );
}
