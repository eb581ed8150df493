// Exports of the review: the measures and the review items as CSV (fetched with the context token, then
// handed over as a file: an iframe cannot follow an authenticated link), and the browser's print, which
// also saves a PDF.
import type { ReviewQuery } from '../../api/client';
import { el } from '../../dom';
import { t } from '../../i18n';

export interface ReviewExports {
  measuresCsv(quarter: string, relationshipId?: string): Promise<Blob>;
  reviewItemsCsv(relationshipId?: string): Promise<Blob>;
  download(blob: Blob, fileName: string): void;
  print(): void;
}

export function renderToolbar(query: ReviewQuery, exports: ReviewExports): HTMLElement {
  const status = el('div', { class: 'review-toolbar__status' });
  const relationshipId = query.kind === 'relationship' ? query.id : undefined;
  const button = (id: string, label: string, run: () => Promise<void>) => {
    const element = el('button', { type: 'button', id, class: 'button' }, label);
    element.addEventListener('click', () => {
      element.disabled = true;
      status.replaceChildren();
      run()
        .catch((error: Error) => status.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('import.export-failed', { reason: error.message }))))
        .finally(() => {
          element.disabled = false;
        });
    });
    return element;
  };
  const print = el('button', { type: 'button', id: 'review-print', class: 'button' }, t('toolbar.print'));
  print.addEventListener('click', () => exports.print());
  return el(
    'div',
    { class: 'review-toolbar' },
    el(
      'div',
      { class: 'buttons' },
      button('export-measures', t('toolbar.export-measures'), async () =>
        exports.download(await exports.measuresCsv(query.quarter, relationshipId), t('toolbar.measures-file', { quarter: query.quarter })),
      ),
      button('export-items', t('toolbar.export-items'), async () => exports.download(await exports.reviewItemsCsv(relationshipId), t('toolbar.items-file'))),
      print,
    ),
    query.kind === 'department'
      ? el('p', { class: 'field__hint' }, t('toolbar.department-hint'))
      : null,
    status,
  );
}
