// The customer's side of a check: the answers given (read-only, for everyone), and for the person asked
// the form of the check's questionnaire: rate the work (1 to 5, or 0 to 10), say whether it met what good
// looks like, comment, and answer its extra questions; an answer can be changed for 24 hours.
import '../../satisfaction/questionnaire.css';
import { ApiError } from '../../api/client';
import type { AnswerView, CheckView, ExpectationMet, QuestionnaireQuestion, QuestionnaireView } from '../../api/types';
import { el } from '../../dom';
import { choiceOf, countedField, radioGroup, submitting, textArea, valueOf } from '../../forms';
import { formatDate } from '../../relationship/agreement';
import { checkError } from '../../satisfaction/errors';
import { MET_WORDS, RATING_MAX, RATING_WORDS, ratingText } from '../../satisfaction/words';
import { TEXT_ANSWER_MAX, extraAnswerText, scaleRange } from '../../satisfaction/questionnaire';
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

/** The rating as text: "4 of 5" with stars, or "9 of 10" on the 0 to 10 scale. */
function ratingLine(answer: AnswerView): HTMLElement {
  if (answer.scale === '0-10') return el('p', { class: 'answer__rating' }, t('check.answer.rating', { rating: t('rating.of-max', { value: answer.rating, max: 10 }) }));
  return el('p', { class: 'answer__rating' }, stars(answer.rating), ` ${t('check.answer.rating', { rating: ratingText(answer.rating) })}`);
}

/** The extra questions' answers, each under its question; a question left out is not listed. */
function extraAnswers(answer: AnswerView, questionnaire: QuestionnaireView | undefined): HTMLElement | null {
  const given = (questionnaire?.questions ?? []).filter((q) => answer.answers?.[q.id] !== undefined);
  if (given.length === 0) return null;
  return el(
    'dl',
    { class: 'answer__extra' },
    ...given.flatMap((q) => [el('dt', {}, q.label), el('dd', { 'data-question': q.id }, extraAnswerText(q, answer.answers[q.id]!))]),
  );
}

function answerItem(answer: AnswerView, yours: boolean, questionnaire?: QuestionnaireView): HTMLElement {
  return el(
    'li',
    { class: 'answer', 'data-account': answer.accountId, 'data-met': answer.met },
    el(
      'div',
      { class: 'answer__head' },
      el('strong', { class: 'answer__who' }, ...(yours ? tParts('check.you', { name: person(answer.accountId) }) : [person(answer.accountId)])),
      el('time', { class: 'muted', datetime: answer.answeredAt }, formatDate(answer.answeredAt)),
    ),
    ratingLine(answer),
    el('p', { class: 'answer__met' }, t('check.answer.met', { met: MET_WORDS[answer.met] })),
    extraAnswers(answer, questionnaire),
    answer.comment ? el('p', { class: 'prose answer__comment' }, answer.comment) : null,
  );
}

/** Every answer of a check, as text. `yours`: the viewer's own account id, to mark their answer. */
export function renderAnswers(answers: AnswerView[], yours: string | null, id?: string, questionnaire?: QuestionnaireView): HTMLElement {
  return el('ul', { class: 'answers', 'aria-label': t('check.answers'), ...(id ? { id } : {}) }, ...answers.map((a) => answerItem(a, a.accountId === yours, questionnaire)));
}

/** The client's own check, shown the way a server 400 naming the field is. */
function checkAnswer(rating: string, met: string, comment: string, max: number): void {
  if (!rating) throw new ApiError(400, max === 10 ? t('questionnaire.answer.choose-nps') : t('check.answer.choose-rating', { max: RATING_MAX }), 'rating');
  if (!met) throw new ApiError(400, t('check.answer.choose-met'), 'met');
  if (comment.length > COMMENT_MAX) throw new ApiError(400, t('check.comment-too-long', { max: COMMENT_MAX, length: comment.length }), 'comment');
}

/** The legend of an extra question, marked when it must be answered. */
function legendOf(question: QuestionnaireQuestion): string {
  return question.required ? t('questionnaire.answer.required-label', { label: question.label }) : t('questionnaire.answer.optional-label', { label: question.label });
}

/** One extra question's control; its name is the request property (`answers.<id>`). */
function questionControl(question: QuestionnaireQuestion, index: number, given: string | undefined): HTMLElement {
  const name = `answers.${question.id}`;
  const prefix = `question-${index}`;
  switch (question.kind) {
    case 'rating':
      return ratingScale(name, legendOf(question), RATING_WORDS, given ? Number(given) : null, prefix);
    case 'yes-partly-no':
      return radioGroup(
        name,
        legendOf(question),
        (Object.keys(MET_WORDS) as ExpectationMet[]).map((met) => ({ value: met, label: MET_WORDS[met] })),
        given ?? '',
        prefix,
      );
    case 'choice':
      return radioGroup(
        name,
        legendOf(question),
        question.options.map((option, i) => ({ value: option, label: option, id: `${prefix}-${i}` })),
        given ?? '',
        prefix,
      );
    case 'text':
      return countedField(legendOf(question), textArea(name, given ?? '', 2, { id: prefix }), TEXT_ANSWER_MAX);
  }
}

/** The extra answers as the form holds them; a required one left out is refused at its field. */
function extraAnswersOf(form: HTMLFormElement, questions: QuestionnaireQuestion[]): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const name = `answers.${question.id}`;
    const value = question.kind === 'text' ? valueOf(form, name) : choiceOf(form, name);
    if (value) answers[question.id] = value;
    else if (question.required) throw new ApiError(400, t('questionnaire.answer.missing', { label: question.label }), name);
    if (question.kind === 'text' && value.length > TEXT_ANSWER_MAX)
      throw new ApiError(400, t('check.comment-too-long', { max: TEXT_ANSWER_MAX, length: value.length }), name);
  }
  return answers;
}

/** The answer form; with an answer given it starts from that answer, to change it. */
export function renderAnswerForm(check: CheckView, actions: SatisfactionActions, changed: ChecksChanged, onCancel: (() => void) | null): HTMLFormElement {
  const given = check.you.answer;
  const questionnaire = check.questionnaire;
  const [min, max] = scaleRange(questionnaire?.scale ?? '1-5');
  const questions = questionnaire?.questions ?? [];
  const cancel = onCancel ? el('button', { type: 'button', id: 'satisfaction-cancel', class: 'button button--subtle' }, t('common.cancel')) : null;
  cancel?.addEventListener('click', () => onCancel?.());
  const form = el(
    'form',
    { id: 'satisfaction-form', class: 'rate', 'aria-label': t('check.answer.form'), novalidate: '' },
    el('h3', {}, given ? t('check.answer.change') : t('check.answer.how')),
    ratingScale('rating', t('check.answer.satisfied'), RATING_WORDS, given?.rating ?? null, 'rating', min, max),
    radioGroup(
      'met',
      t('check.answer.met-question'),
      (Object.keys(MET_WORDS) as ExpectationMet[]).map((met) => ({ value: met, label: MET_WORDS[met] })),
      given?.met ?? '',
      'met',
    ),
    ...questions.map((question, i) => questionControl(question, i, given?.answers?.[question.id])),
    countedField(t('check.answer.comment'), textArea('comment', given?.comment ?? '', 3, { id: 'satisfaction-comment' }), COMMENT_MAX),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: 'satisfaction-submit', class: 'button button--primary' }, given ? t('check.answer.save') : t('check.answer.send')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const rating = choiceOf(form, 'rating');
      const met = choiceOf(form, 'met');
      const comment = valueOf(form, 'comment');
      checkAnswer(rating, met, comment, max);
      const answers = extraAnswersOf(form, questions);
      const next = await actions.answer(check.id, { rating: Number(rating), met: met as ExpectationMet, comment, ...(questions.length > 0 ? { answers } : {}) }).catch((error: unknown) => {
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
