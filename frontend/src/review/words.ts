// How the quarterly review's statuses, kinds and sources read, wherever the review is shown.
import type { MeasureDirection, MeasureSource, MeasureStatus, ReviewItemKind, ReviewItemStatus, ReviewSide } from '../api/types';
import { el } from '../dom';
import { formatDecimal, formatNumber, formatPercent, t, texts } from '../i18n';

export const SOURCES: Record<MeasureSource, string> = texts(['manual', 'satisfaction', 'expectations-met', 'yes-ratio', 'service-met'], (source) =>
  t(`measure.source.${source}`),
);

export const DIRECTIONS: Record<MeasureDirection, string> = texts(['higher', 'lower'], (direction) => t(`measure.direction.${direction}`));

// Atlassian Goals' colours: green on track, yellow at risk, red off track.
const STATUSES: Record<MeasureStatus, string> = texts(['on-track', 'at-risk', 'off-track', 'no-data'], (status) => t(`measure.status.${status}`));

/** The kinds in the order a review discusses them: frustrations first, then assumptions and suggestions. */
const KIND_PLURALS: Record<ReviewItemKind, string> = texts(['frustration', 'assumption', 'suggestion'], (kind) => t(`review.kinds.${kind}`));
export const KINDS: readonly { key: ReviewItemKind; label: string }[] = (['frustration', 'assumption', 'suggestion'] as const).map((key) => ({
  key,
  get label() {
    return KIND_PLURALS[key];
  },
}));

export const KIND_WORDS: Record<ReviewItemKind, string> = texts(['frustration', 'assumption', 'suggestion'], (kind) => t(`review.kind.${kind}`));

export const ITEM_STATUSES: Record<ReviewItemStatus, string> = texts(['open', 'discussed', 'agreed-action', 'closed'], (status) => t(`review.item-status.${status}`));
const ITEM_TONES: Record<ReviewItemStatus, string> = { open: 'default', discussed: 'inprogress', 'agreed-action': 'success', closed: 'missing' };

export const SIDES: Record<ReviewSide, string> = texts(['provider', 'customer'], (side) => t(`review.side.${side}`));

/** The measure's status lozenge; `data-status` is what tests and styles key on. */
export function statusLozenge(status: MeasureStatus): HTMLElement {
  return el('span', { class: `lozenge lozenge--${status}`, 'data-status': status }, STATUSES[status]);
}

export function itemStatusLozenge(status: ReviewItemStatus): HTMLElement {
  return el('span', { class: `lozenge lozenge--${ITEM_TONES[status]}`, 'data-item-status': status }, ITEM_STATUSES[status]);
}

/** A measure's figure with its unit: shares in percent, ratings to one decimal. */
export function measureValue(value: number | null, source: MeasureSource, unit: string | null): string {
  if (value === null) return '–';
  if (source === 'satisfaction') return t('rating.of-max', { value: formatDecimal(value), max: 5 });
  const number = Number.isInteger(value) ? formatNumber(value) : formatDecimal(value);
  if (source !== 'manual') return formatPercent(value / 100, Number.isInteger(value) ? 0 : 1);
  return unit ? `${number} ${unit}` : number;
}
