// The customer's side of a check: the answers given (read-only, for everyone), and for the person asked
// the form to rate the work (1 to 5), say whether it met what good looks like, and comment; an answer can
// be changed for 24 hours.
import { ApiError } from '../../api/client';
import type { AnswerView, CheckView, ExpectationMet } from '../../api/types';
import { el } from '../../dom';
import { choiceOf, countedField, radioGroup, submitting, textArea, valueOf } from '../../forms';
import { formatDate } from '../../relationship/agreement';
import { checkError } from '../../satisfaction/errors';
import { MET_WORDS, RATING_MAX, RATING_WORDS, ratingText } from '../../satisfaction/words';
import { ratingScale } from './scale';
import type { ChecksChanged, SatisfactionActions } from './satisfaction';
import { person } from '../../people/person';
import { t, tParts } from '../../i18n';

/** The server's limit for an answer's comment. */
export const COMMENT_MAX = 2000;

/** Filled and empty stars, for the eye only: the rating is written out next to them. */
export function stars(rating: number): HTMLElement {
  return el('span', { class: 'stars', 'aria-hidden': 'true' }, '★'.repeat(rating) + '☆'.repeat(Math.max(0, RATING_MAX - rating)));
}

function answerItem(answer: AnswerView, yours: boolean): HTMLElement {
  return el(
    'li',
    { class: 'answer', 'data-account': answer.accountId, 'data-met': answer.met },
    el(
      'div',
      { class: 'answer__head' },
      el('strong', { class: 'answer__who' }, ...(yours ? tParts('check.you', { name: person(answer.accountId) }) : [person(answer.accountId)])),
      el('time', { class: 'muted', datetime: answer.answeredAt }, formatDate(answer.answeredAt)),
    ),
    el('p', { class: 'answer__rating' }, stars(answer.rating), ` ${t('check.answer.rating', { rating: ratingText(answer.rating) })}`),
    el('p', { class: 'answer__met' }, t('check.answer.met', { met: MET_WORDS[answer.met] })),
    answer.comment ? el('p', { class: 'prose answer__comment' }, answer.comment) : null,
  );
}

/** Every answer of a check, as text. `yours`: the viewer's own account id, to mark their answer. */
export function renderAnswers(answers: AnswerView[], yours: string | null, id?: string): HTMLElement {
  return el('ul', { class: 'answers', 'aria-label': t('check.answers'), ...(id ? { id } : {}) }, ...answers.map((a) => answerItem(a, a.accountId === yours)));
}

/** The client's own check, shown the way a server 400 naming the field is. */
function checkAnswer(rating: string, met: string, comment: string): void {
  if (!rating) throw new ApiError(400, t('check.answer.choose-rating', { max: RATING_MAX }), 'rating');
  if (!met) throw new ApiError(400, t('check.answer.choose-met'), 'met');
  if (comment.length > COMMENT_MAX) throw new ApiError(400, t('check.comment-too-long', { max: COMMENT_MAX, length: comment.length }), 'comment');
}

/** The answer form; with an answer given it starts from that answer, to change it. */
export function renderAnswerForm(check: CheckView, actions: SatisfactionActions, changed: ChecksChanged, onCancel: (() => void) | null): HTMLFormElement {
  const given = check.you.answer;
  const cancel = onCancel ? el('button', { type: 'button', id: 'satisfaction-cancel', class: 'button button--subtle' }, t('common.cancel')) : null;
  cancel?.addEventListener('click', () => onCancel?.());
  const form = el(
    'form',
    { id: 'satisfaction-form', class: 'rate', 'aria-label': t('check.answer.form'), novalidate: '' },
    el('h3', {}, given ? t('check.answer.change') : t('check.answer.how')),
    ratingScale('rating', t('check.answer.satisfied'), RATING_WORDS, given?.rating ?? null, 'rating'),
    radioGroup(
      'met',
      t('check.answer.met-question'),
      (Object.keys(MET_WORDS) as ExpectationMet[]).map((met) => ({ value: met, label: MET_WORDS[met] })),
      given?.met ?? '',
      'met',
    ),
    countedField(t('check.answer.comment'), textArea('comment', given?.comment ?? '', 3, { id: 'satisfaction-comment' }), COMMENT_MAX),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: 'satisfaction-submit', class: 'button button--primary' }, given ? t('check.answer.save') : t('check.answer.send')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const rating = choiceOf(form, 'rating');
      const met = choiceOf(form, 'met');
      const comment = valueOf(form, 'comment');
      checkAnswer(rating, met, comment);
      const next = await actions.answer(check.id, { rating: Number(rating), met: met as ExpectationMet, comment }).catch((error: unknown) => {
        throw checkError(error, 'answer');
      });
      changed(next, given ? t('check.answer.changed') : t('check.answer.saved'));
    }).then(() => actions.onLayout());
  });
  return form;
}

/**
 * The viewer's part as the person asked: the form until they answered; then, while they may still change
 * it, until when, and a button that opens the form again. null for everyone else.
 */
export function renderYourAnswer(check: CheckView, actions: SatisfactionActions, changed: ChecksChanged): HTMLElement | null {
  const you = check.you;
  if (!you.canAnswer) return null;
  if (!you.answer) return renderAnswerForm(check, actions, changed, null);
  const box = el('div', { class: 'your-answer' });
  const edit = el('button', { type: 'button', id: 'satisfaction-edit', class: 'button', 'aria-controls': 'satisfaction-form' }, t('check.answer.change'));
  const closed = () => [
    el(
      'p',
      { id: 'satisfaction-correctable', class: 'muted' },
      ...tParts('check.change-until', { date: el('time', { datetime: you.answer!.correctableUntil }, formatDate(you.answer!.correctableUntil)) }),
    ),
    edit,
  ];
  edit.addEventListener('click', () => {
    const form = renderAnswerForm(check, actions, changed, () => {
      box.replaceChildren(...closed());
      edit.focus();
      actions.onLayout();
    });
    box.replaceChildren(form);
    form.querySelector<HTMLInputElement>('input[name=rating]:checked')?.focus();
    actions.onLayout();
  });
  box.append(...closed());
  return box;
}
