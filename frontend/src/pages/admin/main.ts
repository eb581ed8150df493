import '../../styles/app.css';
import './admin.css';
import { api, fitToContent, followHostTheme, offerDownload, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { renderDigest } from './digest';
import type { RelationshipView } from '../../api/types';
import { type AdminActions, type AdminData, type AdminPage, refreshAdmin, renderAdmin, renderError, showNotice } from './view';
import { relationshipQuestionnaires } from './questionnaire';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.admin'));
void showLicenceBanner();

let data: AdminData | undefined;
let page: AdminPage | undefined;

async function load(opened: RelationshipView | null = data?.opened ?? null): Promise<void> {
  const [me, departments, relationships] = await Promise.all([api.me(), api.departments(true), api.relationships()]);
  data = { me, departments, relationships, opened };
  if (page) refreshAdmin(page, data, actions);
  else page = renderAdmin(root, data, actions);
  if (me.administrator && !root.querySelector('[data-digest]')) root.append(renderDigest(api));
  fitToContent();
}

/** After a change: show what happened and the fresh lists. */
async function changed(notice: string, opened?: RelationshipView | null): Promise<void> {
  await load(opened);
  if (page) showNotice(page, notice);
}

const actions: AdminActions = {
  async saveDepartment(request, id) {
    const saved = id ? await api.updateDepartment(id, request) : await api.createDepartment(request);
    await changed(t('admin.department-saved', { name: saved.name }));
  },
  async deleteDepartment(department) {
    const archived = await api.deleteDepartment(department.id);
    await changed(archived ? t('admin.department-archived', { name: department.name }) : t('admin.department-deleted', { name: department.name }));
  },
  async saveRelationship(request, id) {
    const saved = id ? await api.updateRelationship(id, request) : await api.createRelationship(request);
    await changed(t('admin.relationship-saved', { provider: saved.provider.name, customer: saved.customer.name }), await api.relationship(saved.id));
  },
  async deleteRelationship(relationship) {
    await api.deleteRelationship(relationship.id);
    await changed(t('admin.relationship-deleted'), data?.opened?.id === relationship.id ? null : undefined);
  },
  async openRelationship(id) {
    const opened = await api.relationship(id);
    if (!data || !page) return;
    data = { ...data, opened };
    refreshAdmin(page, data, actions);
    page.relationships.querySelector<HTMLElement>('[data-relationship] h3')?.focus();
    fitToContent();
  },
  closeRelationship() {
    if (!data || !page) return;
    data = { ...data, opened: null };
    refreshAdmin(page, data, actions);
    fitToContent();
  },
  async confirmAgreement(id) {
    await api.confirmAgreement(id);
    await changed(t('admin.confirmed'), await api.relationship(id));
  },
  loadCalendar: (id) => api.relationshipCalendar(id),
  saveCalendar: (id, request) => api.setRelationshipCalendar(id, request),
  loadSiteCalendar: () => api.siteCalendar(),
  saveSiteCalendar: (request) => api.setSiteCalendar(request),
  questionnaire: relationshipQuestionnaires,
  thanksFor: (departmentId, limit) => api.departmentThanks(departmentId, limit),
  checkImport: (csv, onProgress) => api.importMatrix(csv, true, onProgress),
  async runImport(csv, onProgress) {
    const report = await api.importMatrix(csv, false, onProgress);
    if (report.errors.length === 0) await load();
    return report;
  },
  async exportCsv() {
    offerDownload(await api.matrixCsv(), t('admin.export-file'));
  },
};

load().catch((error: Error) => {
  renderError(root, t('admin.load-failed', { reason: error.message }));
  fitToContent();
});
