// The admin page: departments, relationships with their agreements, and CSV import and export.
import type { DepartmentView, MeView, RelationshipView } from '../../api/types';
import { el, fill } from '../../dom';
import { type DepartmentActions, renderDepartments } from './departments';
import { type ImportActions, renderImportPanel } from './import';
import { type RelationshipActions, renderRelationships } from './relationships';

export type AdminActions = DepartmentActions & RelationshipActions & ImportActions;

export interface AdminData {
  me: MeView;
  departments: DepartmentView[];
  relationships: RelationshipView[];
  opened: RelationshipView | null;
}

/** The parts main.ts fills again after a change. */
export interface AdminPage {
  notice: HTMLElement;
  departments: HTMLElement;
  relationships: HTMLElement;
}

export function renderAdmin(root: HTMLElement, data: AdminData, actions: AdminActions): AdminPage {
  const page: AdminPage = {
    notice: el('p', { class: 'notice', role: 'status' }),
    departments: el('section', { class: 'section', 'aria-label': 'Departments' }),
    relationships: el('section', { class: 'section', 'aria-label': 'Relationships' }),
  };
  fill(
    root,
    el('h1', {}, 'Internal Customer Relationships'),
    el('p', { class: 'lead' }, 'Departments, who serves whom, and what they agreed: the Internal Customer Relationship Matrix.'),
    data.me.administrator
      ? null
      : el('p', { class: 'note', 'data-read-only': 'true' }, 'You can look, not change: only administrators add or change departments and relationships. Owners can still confirm agreements here.'),
    page.notice,
    page.departments,
    page.relationships,
    el('section', { class: 'section', 'aria-label': 'Import and export' }, el('h2', {}, 'Import and export'), renderImportPanel(data.me.administrator, actions)),
  );
  refreshAdmin(page, data, actions);
  root.dataset.ready = 'true';
  return page;
}

export function refreshAdmin(page: AdminPage, data: AdminData, actions: AdminActions): void {
  renderDepartments(page.departments, data.departments, data.me.administrator, actions);
  renderRelationships(page.relationships, data, data.me.administrator, actions);
}

export function showNotice(page: AdminPage, text: string): void {
  page.notice.textContent = text;
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('h1', {}, 'Internal Customer Relationships'), el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
