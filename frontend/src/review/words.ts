// How the quarterly review's statuses, kinds and sources read, wherever the review is shown.
import type { MeasureDirection, MeasureSource, MeasureStatus, ReviewItemKind, ReviewItemStatus, ReviewSide } from '../api/types';
import { el } from '../dom';

export const SOURCES: Record<MeasureSource, string> = {
  manual: 'Entered by hand',
  satisfaction: 'Satisfaction (average rating)',
  'expectations-met': 'Expectations met (%)',
  'yes-ratio': 'Yes ratio (%)',
  'service-met': 'Service target met (%)',
};

export const DIRECTIONS: Record<MeasureDirection, string> = { higher: 'Higher is better', lower: 'Lower is better' };

// Atlassian Goals' colours: green on track, yellow at risk, red off track.
const STATUSES: Record<MeasureStatus, string> = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' };

/** The kinds in the order a review discusses them: frustrations first, then assumptions and suggestions. */
export const KINDS: readonly { key: ReviewItemKind; label: string }[] = [
  { key: 'frustration', label: 'Frustrations' },
  { key: 'assumption', label: 'Assumptions' },
  { key: 'suggestion', label: 'Suggestions' },
];

export const KIND_WORDS: Record<ReviewItemKind, string> = { frustration: 'Frustration', assumption: 'Assumption', suggestion: 'Suggestion' };

export const ITEM_STATUSES: Record<ReviewItemStatus, string> = { open: 'Open', discussed: 'Discussed', 'agreed-action': 'Action agreed', closed: 'Closed' };
const ITEM_TONES: Record<ReviewItemStatus, string> = { open: 'default', discussed: 'inprogress', 'agreed-action': 'success', closed: 'missing' };

export const SIDES: Record<ReviewSide, string> = { provider: 'Provider', customer: 'Customer' };

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
  if (source === 'satisfaction') return `${value.toFixed(1)} of 5`;
  const number = Number.isInteger(value) ? String(value) : value.toFixed(1);
  if (source !== 'manual') return `${number} %`;
  return unit ? `${number} ${unit}` : number;
}
