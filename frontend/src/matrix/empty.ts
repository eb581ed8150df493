import { el } from '../dom';
import { t } from '../i18n';

/** What a site without departments sees instead of an empty grid, and what to do about it. */
export function renderNoDepartments(filtered: boolean): HTMLElement {
  return el(
    'div',
    { class: 'empty', 'data-empty': 'no-departments' },
    el('h2', {}, filtered ? t('matrix.empty.filtered-title') : t('matrix.empty.title')),
    el(
      'p',
      {},
      filtered
        ? t('matrix.empty.filtered-text')
        : t('matrix.empty.text'),
    ),
  );
}
