// The quarter's matrix for the review's scope as one compact table: a row per relationship, its standing
// and figures. Figures carry the matrix's heat colours, and always say themselves in words too.
import type { ReviewCell, SnapshotRow } from '../api/types';
import { el } from '../dom';
import { standingLozenge } from '../relationship/agreement';
import { formatNumber, t } from '../i18n';

const NONE = '–';

function heat(cell: ReviewCell | null): string {
  if (!cell) return 'heat--nodata';
  return `heat--${Math.min(4, Math.floor(Math.min(1, Math.max(0, cell.value)) * 5))}`;
}

function figure(cell: ReviewCell | null, name: string): HTMLTableCellElement {
  return el('td', { class: `snapshot__figure heat ${heat(cell)}`, 'data-figure': name }, cell ? cell.label : NONE);
}

export function renderSnapshot(rows: SnapshotRow[]): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'muted', 'data-empty': 'snapshot' }, t('review.snapshot.none'));
  const header = [t('review.snapshot.col.pair'), t('review.snapshot.col.standing'), t('review.snapshot.col.satisfaction'), t('review.snapshot.col.yesno'), t('review.snapshot.col.service'), t('review.snapshot.col.specification'), t('review.snapshot.col.open')];
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': t('review.snapshot.title'), tabindex: '0' },
    el(
      'table',
      { class: 'review-table snapshot' },
      el('caption', { class: 'visually-hidden' }, t('review.snapshot.caption')),
      el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
      el(
        'tbody',
        {},
        ...rows.map((row) =>
          el(
            'tr',
            { 'data-relationship': row.relationshipId },
            el('th', { scope: 'row', class: 'snapshot__pair' }, `${row.providerName} → ${row.customerName}`),
            el('td', {}, standingLozenge(row.standing)),
            figure(row.satisfaction, 'satisfaction'),
            figure(row.yesno, 'yesno'),
            figure(row.service, 'service'),
            figure(row.specification, 'specification'),
            el('td', { class: 'snapshot__open', 'data-figure': 'open' }, formatNumber(row.open)),
          ),
        ),
      ),
    ),
  );
}
