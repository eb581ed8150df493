// How satisfaction checks read, wherever they are shown: the issue panel, the issue context, the matrix.
import type { CancelReason, CheckState, ExpectationMet, IssueSatisfactionView } from '../api/types';
import { el } from '../dom';

export const RATING_MAX = 5;

export const MET_WORDS: Record<ExpectationMet, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

/** The words behind each step of the rating scale, for people who do not see the scale's ends. */
export const RATING_WORDS = ['very dissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'very satisfied'] as const;
export const CLARITY_WORDS = ['very unclear', 'unclear', 'somewhat clear', 'clear', 'very clear'] as const;

export const CANCEL_REASONS: Record<CancelReason, string> = {
  reopened: 'the issue was reopened',
  deleted: 'the issue was deleted',
  'not-internal': 'the issue is no longer an internal request',
  'nobody-to-ask': 'nobody could be asked',
};

// Atlassian's lozenge appearances, as the request status uses them.
const STATES: Record<CheckState, { label: string; appearance: 'success' | 'removed' | 'inprogress' | 'default' }> = {
  scheduled: { label: 'Scheduled', appearance: 'default' },
  awaiting: { label: 'Awaiting rating', appearance: 'inprogress' },
  answered: { label: 'Answered', appearance: 'success' },
  expired: { label: 'Expired', appearance: 'default' },
  cancelled: { label: 'Cancelled', appearance: 'removed' },
};

/** The check's state lozenge; `data-state` is what browser tests and styles key on. */
export function checkLozenge(state: CheckState): HTMLElement {
  return el('span', { class: `lozenge lozenge--${STATES[state].appearance}`, 'data-state': state }, STATES[state].label);
}

/** "4 of 5" */
export function ratingText(rating: number): string {
  return `${rating} of ${RATING_MAX}`;
}

/** The viewer was asked and has not answered yet: the issue context prompts them. */
export function awaitsYourRating(view: IssueSatisfactionView | null): boolean {
  const you = view?.current?.you;
  return !!you && you.canAnswer && you.answer === null;
}
