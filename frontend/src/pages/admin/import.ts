// The matrix as CSV: export it, check an edited file (dry run) and import it.
import type { ImportReport } from '../../api/types';
import { el } from '../../dom';
import { field, textArea } from '../../forms';
import { formatNumber, t } from '../../i18n';

/** Rows applied of the file's rows, while a large file is checked or imported in the background. */
export type ImportProgress = (rowsDone: number, rowsTotal: number) => void;

export interface ImportActions {
  checkImport(csv: string, onProgress: ImportProgress): Promise<ImportReport>;
  runImport(csv: string, onProgress: ImportProgress): Promise<ImportReport>;
  exportCsv(): Promise<void>;
}

/** A background import's progress: a bar a screen reader can read, and the rows in words. */
export function renderImportProgress(verb: 'Checking' | 'Importing', rowsDone: number, rowsTotal: number): HTMLElement {
  const label = t(verb === 'Checking' ? 'import.checking' : 'import.importing', { done: rowsDone, count: rowsTotal });
  return el(
    'div',
    { class: 'import-progress', role: 'status' },
    el('progress', { max: String(Math.max(rowsTotal, 1)), value: String(Math.min(rowsDone, rowsTotal)), 'aria-label': label }),
    el('p', { class: 'loading' }, label),
  );
}

function summary(report: ImportReport): string {
  const what = [
    t('import.departments-created', { count: report.departmentsCreated }),
    t('import.relationships-created', { count: report.relationshipsCreated }),
    t('import.relationships-updated', { count: report.relationshipsUpdated }),
  ].join(', ');
  if (report.errors.length > 0) {
    return t(report.dryRun ? 'import.check-found' : 'import.nothing-imported', { count: report.errors.length });
  }
  return report.dryRun ? t('import.check-passed', { what }) : t('import.imported', { what });
}

/** What an import did or would do, and every problem by line and field. */
export function renderImportReport(report: ImportReport): HTMLElement {
  const failed = report.errors.length > 0;
  return el(
    'div',
    { class: 'import-report', 'data-outcome': failed ? 'errors' : 'ok' },
    el('p', { class: failed ? 'error' : 'notice', role: failed ? 'alert' : 'status' }, summary(report)),
    failed
      ? el(
          'table',
          { class: 'list' },
          el('caption', {}, t('import.problems')),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('import.col.line')), el('th', { scope: 'col' }, t('import.col.field')), el('th', { scope: 'col' }, t('import.col.problem')))),
          el(
            'tbody',
            {},
            ...report.errors.map((error) =>
              el('tr', {}, el('td', {}, formatNumber(error.line)), el('td', {}, error.field ? el('code', {}, error.field) : '—'), el('td', {}, error.message)),
            ),
          ),
        )
      : null,
  );
}

export function renderImportPanel(canEdit: boolean, actions: ImportActions): HTMLElement {
  const result = el('div', { class: 'import-result', 'aria-live': 'polite' });
  const exportLink = el('a', { class: 'button', href: '/api/matrix.csv', download: t('admin.export-file') }, t('import.export'));
  exportLink.addEventListener('click', (event) => {
    event.preventDefault();
    actions.exportCsv().catch((error: Error) => result.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('import.export-failed', { reason: error.message }))));
  });
  const intro = el('p', { class: 'lead' }, t('import.intro'));
  if (!canEdit) return el('div', {}, intro, el('div', { class: 'buttons' }, exportLink), result);

  const file = el('input', { type: 'file', name: 'file', accept: '.csv,text/csv' });
  const csv = textArea('csv', '', 6, { spellcheck: 'false', class: 'csv' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void chosen.text().then((text) => (csv.value = text));
  });
  const check = el('button', { type: 'button', class: 'button', id: 'import-check' }, t('import.check'));
  const run = el('button', { type: 'button', class: 'button button--primary', id: 'import-run' }, t('import.run'));
  const go = (button: HTMLButtonElement, verb: 'Checking' | 'Importing', action: (text: string, onProgress: ImportProgress) => Promise<ImportReport>) => {
    button.addEventListener('click', () => {
      if (csv.value.trim() === '') {
        result.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('import.choose-file')));
        return;
      }
      check.disabled = run.disabled = true;
      result.replaceChildren(el('p', { class: 'loading' }, t('import.working')));
      action(csv.value, (done, total) => result.replaceChildren(renderImportProgress(verb, done, total)))
        .then((report) => result.replaceChildren(renderImportReport(report)))
        .catch((error: Error) => result.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message)))
        .finally(() => (check.disabled = run.disabled = false));
    });
  };
  go(check, 'Checking', (text, onProgress) => actions.checkImport(text, onProgress));
  go(run, 'Importing', (text, onProgress) => actions.runImport(text, onProgress));
  return el(
    'div',
    {},
    intro,
    el('div', { class: 'buttons' }, exportLink),
    field(t('import.file'), file),
    field(t('import.paste'), csv),
    el('div', { class: 'buttons' }, check, run, el('span', { class: 'field__hint' }, t('import.check-hint'))),
    result,
  );
}
