// The admin page: departments, relationships with their agreements, and CSV import and export.
import type { DepartmentView, MeView, RelationshipView } from '../../api/types';
import { el, fill } from '../../dom';
import { type DepartmentActions, renderDepartments } from './departments';
import { type ImportActions, renderImportPanel } from './import';
import { type RelationshipActions, renderRelationships } from './relationships';
import { renderCalendar } from './calendar';
import { t } from '../../i18n';

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
    departments: el('section', { class: 'section', 'aria-label': t('admin.departments') }),
    relationships: el('section', { class: 'section', 'aria-label': t('admin.relationships') }),
  };
  fill(
    root,
    el('h1', {}, t('app.name')),
    el('p', { class: 'lead' }, t('admin.lead')),
    data.me.administrator
      ? null
      : el('p', { class: 'note', 'data-read-only': 'true' }, t('admin.read-only')),
    page.notice,
    page.departments,
    page.relationships,
    siteCalendar(data.me, actions),
    el('section', { class: 'section', 'aria-label': t('admin.import-export') }, el('h2', {}, t('admin.import-export')), renderImportPanel(data.me.administrator, actions)),
  );
  refreshAdmin(page, data, actions);
  root.dataset.ready = 'true';
  return page;
}

/** The site's default working calendar: a form for administrators, what is in force for everyone else. */
function siteCalendar(me: MeView, actions: AdminActions): HTMLElement | null {
  const { loadSiteCalendar, saveSiteCalendar } = actions;
  if (!loadSiteCalendar) return null;
  const slot = el('div', {});
  loadSiteCalendar()
    .then((calendar) =>
      slot.replaceChildren(
        renderCalendar(calendar, me.administrator && saveSiteCalendar !== undefined, (request) => (saveSiteCalendar ? saveSiteCalendar(request) : Promise.resolve(calendar))),
      ),
    )
    .catch((error: Error) => slot.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message)));
  return el('section', { class: 'section', 'aria-label': t('calendar.site-title'), 'data-site-calendar': '' }, el('h2', {}, t('calendar.site-title')), slot);
}

export function refreshAdmin(page: AdminPage, data: AdminData, actions: AdminActions): void {
  renderDepartments(page.departments, data.departments, data.me.administrator, actions);
  renderRelationships(page.relationships, data, data.me.administrator, actions);
}

export function showNotice(page: AdminPage, text: string): void {
  page.notice.textContent = text;
}

export function renderError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('h1', {}, t('app.name')), el('p', { class: 'error', role: 'alert' }, message));
  root.dataset.ready = 'error';
}
