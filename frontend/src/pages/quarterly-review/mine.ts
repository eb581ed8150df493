// The thanks the viewer received. Thanks given outside a satisfaction check have no issue, so Jira sends no
// email about them: this page is where people find them.
import type { Appreciation } from '../../api/types';
import { el } from '../../dom';
import { renderAppreciation } from '../../review/appreciation';
import { t } from '../../i18n';

export const LATEST_MINE = 5;

/** Closed by default: a line saying how often, the latest few inside; nothing at all without thanks. */
export function renderMine(items: Appreciation[]): HTMLElement | null {
  if (items.length === 0) return null;
  const latest = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, LATEST_MINE);
  return el(
    'details',
    { class: 'review-mine', id: 'review-mine' },
    el('summary', {}, t('review.mine', { count: items.length }), items.length > LATEST_MINE ? el('span', { class: 'muted' }, ` · ${t('thanks.latest', { count: LATEST_MINE })}`) : null),
    renderAppreciation(latest),
  );
}
