// The matrix as CSV: export it, check an edited file (dry run) and import it.
import type { ImportReport } from '../../api/types';
import { el } from '../../dom';
import { field, textArea } from '../../forms';

/** Rows applied of the file's rows, while a large file is checked or imported in the background. */
export type ImportProgress = (rowsDone: number, rowsTotal: number) => void;

export interface ImportActions {
  checkImport(csv: string, onProgress: ImportProgress): Promise<ImportReport>;
  runImport(csv: string, onProgress: ImportProgress): Promise<ImportReport>;
  exportCsv(): Promise<void>;
}

const count = new Intl.NumberFormat('en');

/** A background import's progress: a bar a screen reader can read, and the rows in words. */
export function renderImportProgress(verb: 'Checking' | 'Importing', rowsDone: number, rowsTotal: number): HTMLElement {
  const label = `${verb}: ${count.format(rowsDone)} of ${count.format(rowsTotal)} rows…`;
  return el(
    'div',
    { class: 'import-progress', role: 'status' },
    el('progress', { max: String(Math.max(rowsTotal, 1)), value: String(Math.min(rowsDone, rowsTotal)), 'aria-label': label }),
    el('p', { class: 'loading' }, label),
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summary(report: ImportReport): string {
  const what = `${plural(report.departmentsCreated, 'department')} created, ${plural(report.relationshipsCreated, 'relationship')} created, ${plural(report.relationshipsUpdated, 'relationship')} updated`;
  if (report.errors.length > 0) {
    return `${report.dryRun ? 'The check found' : 'Nothing was imported:'} ${plural(report.errors.length, 'problem')}. Fix the lines below and check again.`;
  }
  return report.dryRun ? `The check passed. Importing would give: ${what}.` : `Imported: ${what}.`;
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
          el('caption', {}, 'Problems in the CSV'),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Line'), el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Problem'))),
          el(
            'tbody',
            {},
            ...report.errors.map((error) =>
              el('tr', {}, el('td', {}, String(error.line)), el('td', {}, error.field ? el('code', {}, error.field) : '—'), el('td', {}, error.message)),
            ),
          ),
        )
      : null,
  );
}

export function renderImportPanel(canEdit: boolean, actions: ImportActions): HTMLElement {
  const result = el('div', { class: 'import-result', 'aria-live': 'polite' });
  const exportLink = el('a', { class: 'button', href: '/api/matrix.csv', download: 'relationship-matrix.csv' }, 'Export CSV');
  exportLink.addEventListener('click', (event) => {
    event.preventDefault();
    actions.exportCsv().catch((error: Error) => result.replaceChildren(el('p', { class: 'error', role: 'alert' }, `The export failed: ${error.message}`)));
  });
  const intro = el('p', { class: 'lead' }, 'Export the matrix as CSV to edit it in a spreadsheet; the export is also the template for an import.');
  if (!canEdit) return el('div', {}, intro, el('div', { class: 'buttons' }, exportLink), result);

  const file = el('input', { type: 'file', name: 'file', accept: '.csv,text/csv' });
  const csv = textArea('csv', '', 6, { spellcheck: 'false', class: 'csv' });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void chosen.text().then((text) => (csv.value = text));
  });
  const check = el('button', { type: 'button', class: 'button', id: 'import-check' }, 'Check');
  const run = el('button', { type: 'button', class: 'button button--primary', id: 'import-run' }, 'Import');
  const go = (button: HTMLButtonElement, verb: 'Checking' | 'Importing', action: (text: string, onProgress: ImportProgress) => Promise<ImportReport>) => {
    button.addEventListener('click', () => {
      if (csv.value.trim() === '') {
        result.replaceChildren(el('p', { class: 'error', role: 'alert' }, 'Choose a CSV file or paste its text first.'));
        return;
      }
      check.disabled = run.disabled = true;
      result.replaceChildren(el('p', { class: 'loading' }, 'Working…'));
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
    field('CSV file', file),
    field('Or paste the CSV', csv),
    el('div', { class: 'buttons' }, check, run, el('span', { class: 'field__hint' }, 'Check tries the import without changing anything.')),
    result,
  );
}
