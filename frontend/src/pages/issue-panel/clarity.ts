// The provider's side of a check, when the policy asks for it: the assignee rates how clear the request
// was. A clear specification is what the customer owes the relationship, so it is measured too.
import { ApiError } from '../../api/client';
import type { CheckView, ClarityView } from '../../api/types';
import { el } from '../../dom';
import { choiceOf, countedField, submitting, textArea, valueOf } from '../../forms';
import { formatDate } from '../../relationship/agreement';
import { checkError } from '../../satisfaction/errors';
import { CLARITY_WORDS, RATING_MAX, ratingText } from '../../satisfaction/words';
import { stars } from './answer';
import { ratingScale } from './scale';
import type { ChecksChanged, SatisfactionActions } from './satisfaction';
import { person } from '../../people/person';
import { t, tParts } from '../../i18n';

/** The clarity comment's limit: the contract names none, so the answer comment's. */
export const CLARITY_COMMENT_MAX = 2000;

export const clarityExplanation = (): string => t('clarity.explanation');

export function renderClarityRating(clarity: ClarityView): HTMLElement {
  return el(
    'div',
    { class: 'clarity', 'data-account': clarity.accountId },
    el('p', { class: 'clarity__rating' }, stars(clarity.rating), ` ${t('clarity.rating', { rating: ratingText(clarity.rating) })}`),
    el(
      'p',
      { class: 'muted' },
      ...tParts('clarity.rated-by', { name: person(clarity.accountId), date: el('time', { datetime: clarity.ratedAt }, formatDate(clarity.ratedAt)) }),
    ),
    clarity.comment ? el('p', { class: 'prose clarity__comment' }, clarity.comment) : null,
  );
}

function checkClarity(rating: string, comment: string): void {
  if (!rating) throw new ApiError(400, t('clarity.choose-rating', { max: RATING_MAX }), 'rating');
  if (comment.length > CLARITY_COMMENT_MAX) throw new ApiError(400, t('check.comment-too-long', { max: CLARITY_COMMENT_MAX, length: comment.length }), 'comment');
}

export function renderClarityForm(check: CheckView, actions: SatisfactionActions, changed: ChecksChanged, onCancel: (() => void) | null): HTMLFormElement {
  const given = check.clarity;
  const cancel = onCancel ? el('button', { type: 'button', id: 'clarity-cancel', class: 'button button--subtle' }, t('common.cancel')) : null;
  cancel?.addEventListener('click', () => onCancel?.());
  const form = el(
    'form',
    { id: 'clarity-form', class: 'rate rate--small', 'aria-label': t('clarity.form'), novalidate: '' },
    ratingScale('rating', t('clarity.question'), CLARITY_WORDS, given?.rating ?? null, 'clarity'),
    countedField(t('clarity.comment'), textArea('comment', given?.comment ?? '', 2, { id: 'clarity-comment' }), CLARITY_COMMENT_MAX),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: 'clarity-submit', class: 'button' }, given ? t('clarity.save') : t('clarity.rate')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const rating = choiceOf(form, 'rating');
      const comment = valueOf(form, 'comment');
      checkClarity(rating, comment);
      const next = await actions.rateClarity(check.id, { rating: Number(rating), comment }).catch((error: unknown) => {
        throw checkError(error, 'clarity');
      });
      changed(next, given ? t('clarity.changed') : t('clarity.saved'));
    }).then(() => actions.onLayout());
  });
  return form;
}

/** The clarity part of a check: shown only while the policy asks for clarity, or when a rating exists. */
export function renderClarity(check: CheckView, clarityEnabled: boolean, actions: SatisfactionActions, changed: ChecksChanged): HTMLElement | null {
  const rated = check.clarity;
  const canRate = check.you.canRateClarity;
  if (!rated && !(clarityEnabled && canRate)) return null;
  const slot = el('div', {});
  const closed = (): Node[] => {
    if (!rated) return [renderClarityForm(check, actions, changed, null)];
    if (!canRate) return [renderClarityRating(rated)];
    const edit = el('button', { type: 'button', id: 'clarity-edit', class: 'button', 'aria-controls': 'clarity-form' }, t('clarity.change'));
    edit.addEventListener('click', () => {
      slot.replaceChildren(
        renderClarityForm(check, actions, changed, () => {
          slot.replaceChildren(...closed());
          slot.querySelector<HTMLElement>('#clarity-edit')?.focus();
          actions.onLayout();
        }),
      );
      slot.querySelector<HTMLInputElement>('input[name=rating]:checked')?.focus();
      actions.onLayout();
    });
    return [
      renderClarityRating(rated),
      el('p', { class: 'muted' }, ...tParts('check.change-until', { date: el('time', { datetime: rated.correctableUntil }, formatDate(rated.correctableUntil)) })),
      edit,
    ];
  };
  slot.append(...closed());
  return el('div', { class: 'clarity-part' }, el('h3', {}, t('clarity.title')), el('p', { class: 'clarity__why' }, clarityExplanation()), slot);
}
