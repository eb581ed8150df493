// The issue's satisfaction checks in the issue panel: the current check's state against what good looks
// like, the answers, the viewer's part (answer, clarity, thanks) and the earlier checks. The section loads
// on its own, next to the request, and lives across the panel's renders: a form being filled in survives
// a decision taken meanwhile.
import type { AnswerRequest, CheckView, ClarityRequest, IssueSatisfactionView, ThanksRequest } from '../../api/types';
import { el } from '../../dom';
import { formatDate } from '../../relationship/agreement';
import { CANCEL_REASONS, checkLozenge } from '../../satisfaction/words';
import { renderAnswers, renderYourAnswer } from './answer';
import { renderClarity, renderClarityRating } from './clarity';
import { renderThanks, renderThanksList } from './thanks';
import { personList } from '../../people/person';
import { t, tParts } from '../../i18n';
import { submitting } from '../../forms';

export interface SatisfactionActions {
  answer(checkId: string, request: AnswerRequest): Promise<IssueSatisfactionView>;
  rateClarity(checkId: string, request: ClarityRequest): Promise<IssueSatisfactionView>;
  thank(checkId: string, request: ThanksRequest): Promise<IssueSatisfactionView>;
  /** Opens a check of the issue now (the provider's side). */
  askNow(issueId: string): Promise<IssueSatisfactionView>;
  /** The page's height changed. */
  onLayout(): void;
}

/** Called with the checks as the server answers them after a write, and what to tell the user. */
export type ChecksChanged = (view: IssueSatisfactionView, notice: string) => void;

const at = (iso: string | null) => el('time', { datetime: iso ?? '' }, formatDate(iso));

/** One sentence on where the check stands, with the times that matter for its state. */
function stateSentence(check: CheckView): (Node | string)[] {
  switch (check.state) {
    case 'scheduled': {
      const dates = { resolved: at(check.resolvedAt), ask: at(check.askAt) };
      if (check.you.asked) return tParts('check.scheduled.you', dates);
      return check.asked.length > 0 ? tParts('check.scheduled.people', { ...dates, who: personList(check.asked) }) : tParts('check.scheduled.customer', dates);
    }
    case 'awaiting': {
      const reminder = check.remindedAt
        ? [' ', ...tParts('check.reminded', { date: at(check.remindedAt) })]
        : check.remindAt
          ? [' ', ...tParts('check.reminder-due', { date: at(check.remindAt) })]
          : [];
      const asked = at(check.askedAt ?? check.askAt);
      return [...(check.expiresAt ? tParts('check.asked-until', { asked, until: at(check.expiresAt) }) : tParts('check.asked', { asked })), ...reminder];
    }
    case 'answered':
      return check.asked.length > 1
        ? [t('check.answered-of', { answered: check.answers.length, count: check.asked.length })]
        : tParts('check.asked', { asked: at(check.askedAt ?? check.askAt) });
    case 'expired':
      return tParts('check.expired', { date: at(check.expiresAt) });
    case 'cancelled':
      return [check.cancelReason ? t('check.cancelled', { reason: CANCEL_REASONS[check.cancelReason] }) : t('check.cancelled-no-reason')];
  }
}

function renderState(check: CheckView): HTMLElement[] {
  return [
    el('p', { id: 'satisfaction-state', class: 'check-state', 'data-state': check.state }, checkLozenge(check.state), ' ', el('span', {}, ...stateSentence(check))),
    check.asked.length > 0
      ? el('p', { class: 'muted check-asked' }, ...tParts('check.asked-people', { who: personList(check.asked) }))
      : el('p', { class: 'muted check-asked' }, t('check.nobody')),
  ];
}

function renderCurrent(view: IssueSatisfactionView, current: CheckView, actions: SatisfactionActions, changed: ChecksChanged): (Node | null)[] {
  return [
    ...renderState(current),
    current.answers.length > 0 ? renderAnswers(current.answers, current.you.answer?.accountId ?? null, 'satisfaction-answers', current.questionnaire) : null,
    renderYourAnswer(current, actions, changed),
    renderThanks(current, actions, changed),
    renderClarity(current, view.clarityEnabled, actions, changed),
  ];
}

/** Why there is no current check: none yet, or the last one was cancelled. */
function renderNoCheck(view: IssueSatisfactionView): HTMLElement {
  const latest = view.history[0];
  if (latest?.state === 'cancelled') {
    const text = latest.cancelReason ? t('check.none-cancelled', { reason: CANCEL_REASONS[latest.cancelReason] }) : t('check.none-cancelled-no-reason');
    return el('p', { class: 'muted', 'data-empty': 'checks' }, text);
  }
  return el(
    'p',
    { class: 'muted', 'data-empty': 'checks' },
    t('check.none'),
  );
}

/** "Ask now" for the provider's side while the issue has no check to be asked or awaiting answers. */
function renderAskNow(view: IssueSatisfactionView, actions: SatisfactionActions, changed: ChecksChanged): HTMLElement | null {
  if (!view.canAskNow) return null;
  const form = el(
    'form',
    { id: 'ask-now-form', class: 'ask-now', 'aria-label': t('check.ask-now'), novalidate: '' },
    el('p', { class: 'muted' }, t('check.ask-now.hint')),
    el('button', { type: 'submit', id: 'ask-now', class: 'button' }, t('check.ask-now')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const next = await actions.askNow(view.issueId);
      changed(next, t('check.ask-now.done'));
    }).then(() => actions.onLayout());
  });
  return form;
}

function historyItem(check: CheckView): HTMLElement {
  return el(
    'li',
    { class: `history__item check-item`, 'data-check': check.id, 'data-state': check.state },
    el(
      'div',
      { class: 'history__head' },
      el('strong', {}, ...tParts(check.trigger === 'ask-now' ? 'check.asked-now' : 'check.resolved', { date: at(check.resolvedAt) })),
      checkLozenge(check.state),
      check.superseded ? el('span', { class: 'lozenge lozenge--default check__superseded', 'data-superseded': 'true' }, t('agreement.status.superseded')) : null,
    ),
    check.superseded ? el('p', { class: 'muted' }, t('check.superseded')) : null,
    check.state === 'cancelled' ? el('p', { class: 'muted' }, ...stateSentence(check)) : null,
    check.state === 'expired' ? el('p', { class: 'muted' }, ...stateSentence(check)) : null,
    check.answers.length > 0 ? renderAnswers(check.answers, check.you.answer?.accountId ?? null, undefined, check.questionnaire) : null,
    check.clarity ? renderClarityRating(check.clarity) : null,
    check.thanks.length > 0 ? renderThanksList(check.thanks) : null,
  );
}

/** The checks before the current one, newest first. */
export function renderCheckHistory(checks: CheckView[]): HTMLElement {
  return el('ol', { id: 'satisfaction-history', class: 'history', 'aria-label': t('check.earlier-label') }, ...checks.map(historyItem));
}

export function renderChecks(view: IssueSatisfactionView, actions: SatisfactionActions, changed: ChecksChanged, notice = ''): Node[] {
  const current = view.current;
  const earlier = view.history.filter((check) => check.id !== current?.id);
  return [
    el('p', { id: 'satisfaction-status', class: 'notice', role: 'status', tabindex: '-1' }, notice),
    ...(current ? renderCurrent(view, current, actions, changed) : [renderNoCheck(view)]),
    renderAskNow(view, actions, changed),
    earlier.length > 0 ? el('h3', {}, t('check.earlier')) : null,
    earlier.length > 0 ? renderCheckHistory(earlier) : null,
  ].filter((node): node is Node => node !== null);
}

/** The section as the panel holds it across renders. */
export interface SatisfactionSection {
  readonly element: HTMLElement;
  /** True until the checks are shown or their failure is. */
  readonly loading: boolean;
  /** What good looks like, from the agreed agreement: the yardstick every answer is given against. */
  expectations(text: string | null): void;
  show(view: IssueSatisfactionView, notice?: string): void;
  fail(message: string): void;
}

export function createSatisfactionSection(actions: SatisfactionActions): SatisfactionSection {
  const yardstick = el('div', { class: 'satisfaction__yardstick' });
  const body = el('div', { class: 'satisfaction__body' }, el('p', { class: 'loading' }, t('common.loading')));
  const element = el(
    'section',
    { class: 'request-section satisfaction', 'data-section': 'satisfaction', 'aria-labelledby': 'satisfaction-title', 'aria-busy': 'true' },
    el('h2', { id: 'satisfaction-title' }, t('matrix.satisfaction.label')),
    yardstick,
    body,
  );
  let loading = true;
  const settle = (...children: Node[]) => {
    loading = false;
    element.removeAttribute('aria-busy');
    body.replaceChildren(...children);
  };
  const section: SatisfactionSection = {
    element,
    get loading() {
      return loading;
    },
    expectations(text) {
      yardstick.replaceChildren(
        text && text.trim()
          ? el('p', { class: 'yardstick' }, el('strong', {}, `${t('agreement.expectations')}: `), el('span', { class: 'prose yardstick__text' }, text))
          : el('p', { class: 'muted yardstick' }, t('check.no-expectations')),
      );
    },
    show(view, notice = '') {
      settle(...renderChecks(view, actions, changed, notice));
    },
    fail(message) {
      settle(el('p', { class: 'error', role: 'alert' }, message));
    },
  };
  const changed: ChecksChanged = (next, notice) => {
    section.show(next, notice);
    body.querySelector<HTMLElement>('#satisfaction-status')?.focus();
    actions.onLayout();
  };
  return section;
}
