// Departments on the admin page: the list, the form to add or change one, and deleting (or archiving).
import { ApiError } from '../../api/client';
import type { DepartmentRequest, DepartmentView, ProjectMapping } from '../../api/types';
import { el, fill } from '../../dom';
import { field, submitting, textArea, textInput, valueOf } from '../../forms';
import { t } from '../../i18n';
import { type Choice, picker } from '../../people/picker';
import { personOr } from '../../people/person';
import { type LoadThanks, thanksToggle } from './thanks';

export interface DepartmentActions {
  saveDepartment(request: DepartmentRequest, id: string | null): Promise<void>;
  deleteDepartment(department: DepartmentView): Promise<void>;
  /** The thanks a department's people received: the total and the latest ones. */
  thanksFor: LoadThanks;
}

/** A project as its key, or one of its components as `KEY/componentId`: how the list shows a mapping. */
export function projectsText(projects: ProjectMapping[]): string {
  return projects.map((p) => (p.componentId ? `${p.projectKey}/${p.componentId}` : p.projectKey)).join('\n');
}

/** The mappings a department's pickers hold: whole projects, then single components of a project. */
export function mappingsOf(projects: Choice[], components: Choice[]): ProjectMapping[] {
  return [
    ...projects.map((p) => ({ projectKey: p.id, componentId: null })),
    ...components.map((c) => ({ projectKey: c.project ?? '', componentId: c.id })),
  ];
}

export function renderDepartmentForm(department: DepartmentView | null, onSave: (request: DepartmentRequest) => Promise<void>, onCancel: () => void): HTMLFormElement {
  const cancel = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.departments.cancel'));
  cancel.addEventListener('click', onCancel);
  const title = department ? t('admin.departments.edit-title', { name: department.name }) : t('admin.departments.new');
  const mappings = department?.projects ?? [];
  const firstComponent = mappings.find((p) => p.componentId);
  const lead = picker({ kind: 'user', name: 'leadAccountId', label: t('admin.departments.lead'), id: 'department-lead', value: department?.leadAccountId ? [department.leadAccountId] : [] });
  const projects = picker({
    kind: 'project',
    name: 'projects',
    label: t('admin.departments.projects'),
    id: 'department-projects',
    multiple: true,
    hint: t('admin.departments.projects-hint'),
    value: mappings.filter((p) => !p.componentId).map((p) => p.projectKey),
  });
  const componentProject = picker({
    kind: 'project',
    name: 'componentProject',
    label: t('admin.departments.component-project'),
    id: 'department-component-project',
    value: firstComponent ? [firstComponent.projectKey] : [],
  });
  const components = picker({
    kind: 'component',
    name: 'components',
    label: t('admin.departments.components'),
    id: 'department-components',
    multiple: true,
    hint: t('admin.departments.components-hint'),
    project: () => componentProject.value()[0] ?? null,
    value: mappings.filter((p) => p.componentId).map((p) => ({ id: p.componentId ?? '', label: p.componentId ?? '', avatarUrl: null, project: p.projectKey })),
  });
  const groups = picker({ kind: 'group', name: 'groups', label: t('admin.departments.groups'), id: 'department-groups', multiple: true, value: department?.groups ?? [] });
  const form = el(
    'form',
    { class: 'panel', 'aria-label': title, novalidate: '' },
    el('h3', {}, title),
    field(t('admin.departments.name'), textInput('name', department?.name ?? '', { required: '', maxlength: '120', autocomplete: 'off' }), t('admin.departments.name-hint')),
    field(t('admin.departments.description'), textArea('description', department?.description ?? '', 2)),
    lead.element,
    projects.element,
    el('div', { class: 'columns' }, componentProject.element, components.element),
    groups.element,
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button button--primary' }, department ? t('admin.departments.save') : t('admin.departments.add')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const name = valueOf(form, 'name');
      if (name === '' || name.length > 120) throw new ApiError(400, t('admin.departments.name-invalid'), 'name');
      await onSave({
        name,
        description: valueOf(form, 'description'),
        leadAccountId: lead.value()[0] ?? null,
        projects: mappingsOf(projects.chosen(), components.chosen()),
        groups: groups.value(),
      });
    });
  });
  return form;
}

function deleteControl(department: DepartmentView, actions: DepartmentActions): HTMLElement {
  const cell = el('div', { class: 'buttons' });
  const ask = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.departments.delete'));
  const confirm = el('button', { type: 'button', class: 'button button--danger' }, t('admin.departments.delete-named', { name: department.name }));
  const keep = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.departments.keep'));
  const question = el('span', {}, t('admin.departments.delete-question'));
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

const COLUMNS = () => [
  t('admin.departments.column.name'),
  t('admin.departments.column.lead'),
  t('admin.departments.column.projects'),
  t('admin.departments.column.groups'),
  t('admin.departments.column.status'),
  t('admin.departments.column.thanks'),
];

function row(department: DepartmentView, canEdit: boolean, actions: DepartmentActions, edit: (d: DepartmentView) => void): HTMLElement {
  const editButton = el('button', { type: 'button', class: 'button button--subtle' }, t('admin.departments.edit'));
  editButton.addEventListener('click', () => edit(department));
  return el(
    'tr',
    { 'data-department': department.id },
    el('th', { scope: 'row' }, department.name, department.description ? el('div', { class: 'muted' }, department.description) : null),
    el('td', {}, personOr(department.leadAccountId, t('people.none'))),
    el('td', {}, department.projects.length ? projectsText(department.projects).split('\n').join(', ') : t('people.none')),
    el('td', {}, department.groups.length ? department.groups.join(', ') : t('people.none')),
    el('td', {}, department.archived ? el('span', { class: 'lozenge lozenge--missing' }, t('admin.departments.archived')) : el('span', { class: 'lozenge lozenge--ok' }, t('admin.departments.active'))),
    el('td', {}, thanksToggle(department, actions.thanksFor, COLUMNS().length + (canEdit ? 1 : 0))),
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
  const add = el('button', { type: 'button', class: 'button button--primary' }, t('admin.departments.add'));
  add.addEventListener('click', () => open(null));
  const sorted = [...departments].sort((a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name));
  fill(
    section,
    el('div', { class: 'section__head' }, el('h2', {}, t('admin.departments.title')), canEdit ? add : null),
    formSlot,
    sorted.length === 0
      ? el('p', { class: 'muted' }, canEdit ? t('admin.departments.empty-admin') : t('admin.departments.empty'))
      : el(
          'table',
          { class: 'list' },
          el(
            'thead',
            {},
            el('tr', {}, ...[...COLUMNS(), ...(canEdit ? [t('admin.departments.column.actions')] : [])].map((h) => el('th', { scope: 'col' }, h))),
          ),
          el('tbody', {}, ...sorted.map((d) => row(d, canEdit, actions, open))),
        ),
  );
}
