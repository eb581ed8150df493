// How satisfaction checks read, wherever they are shown: the issue panel, the issue context, the matrix.
import type { CancelReason, CheckState, ExpectationMet, IssueSatisfactionView } from '../api/types';
import { el } from '../dom';
import { t, textList, texts } from '../i18n';

export const RATING_MAX = 5;

export const MET_WORDS: Record<ExpectationMet, string> = texts(['yes', 'partly', 'no'], (met) => t(`check.met.${met}`));

/** The words behind each step of the rating scale, for people who do not see the scale's ends. */
export const RATING_WORDS = textList(RATING_MAX, (i) => t(`check.rating.${(i + 1) as 1 | 2 | 3 | 4 | 5}`));
export const CLARITY_WORDS = textList(RATING_MAX, (i) => t(`check.clarity.${(i + 1) as 1 | 2 | 3 | 4 | 5}`));

export const CANCEL_REASONS: Record<CancelReason, string> = texts(['reopened', 'deleted', 'not-internal', 'nobody-to-ask', 'filtered', 'filter-rejected'], (reason) =>
  t(`check.cancel.${reason}`),
);

// Atlassian's lozenge appearances, as the request status uses them.
const STATES: Record<CheckState, 'success' | 'removed' | 'inprogress' | 'default'> = {
  scheduled: 'default',
  awaiting: 'inprogress',
  answered: 'success',
  expired: 'default',
  cancelled: 'removed',
};

/** The check's state lozenge; `data-state` is what browser tests and styles key on. */
export function checkLozenge(state: CheckState): HTMLElement {
  return el('span', { class: `lozenge lozenge--${STATES[state]}`, 'data-state': state }, t(`check.state.${state}`));
}

/** "4 of 5" */
export function ratingText(rating: number): string {
  return t('rating.of-max', { value: rating, max: RATING_MAX });
}

/** The viewer was asked and has not answered yet: the issue context prompts them. */
export function awaitsYourRating(view: IssueSatisfactionView | null): boolean {
  const you = view?.current?.you;
  return !!you && you.canAnswer && you.answer === null;
}
