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

export interface SatisfactionActions {
  answer(checkId: string, request: AnswerRequest): Promise<IssueSatisfactionView>;
  rateClarity(checkId: string, request: ClarityRequest): Promise<IssueSatisfactionView>;
  thank(checkId: string, request: ThanksRequest): Promise<IssueSatisfactionView>;
  /** The page's height changed. */
  onLayout(): void;
}

/** Called with the checks as the server answers them after a write, and what to tell the user. */
export type ChecksChanged = (view: IssueSatisfactionView, notice: string) => void;

const at = (iso: string | null) => el('time', { datetime: iso ?? '' }, formatDate(iso));

/** One sentence on where the check stands, with the times that matter for its state. */
function stateSentence(check: CheckView): (Node | string)[] {
  switch (check.state) {
    case 'scheduled':
      return [`Resolved on `, at(check.resolvedAt), '. ', check.you.asked ? 'You' : check.asked.length > 0 ? personList(check.asked) : 'The customer', ' will be asked on ', at(check.askAt), '.'];
    case 'awaiting': {
      const reminder = check.remindedAt ? [' Reminded on ', at(check.remindedAt), '.'] : check.remindAt ? [' A reminder goes out on ', at(check.remindAt), '.'] : [];
      return ['Asked on ', at(check.askedAt ?? check.askAt), check.expiresAt ? '; open until ' : '', check.expiresAt ? at(check.expiresAt) : '', '.', ...reminder];
    }
    case 'answered':
      return check.asked.length > 1
        ? [`${check.answers.length} of the ${check.asked.length} people asked answered.`]
        : ['Asked on ', at(check.askedAt ?? check.askAt), '.'];
    case 'expired':
      return ['Closed on ', at(check.expiresAt), ' without an answer.'];
    case 'cancelled':
      return [`Cancelled: ${check.cancelReason ? CANCEL_REASONS[check.cancelReason] : 'no reason given'}.`];
  }
}

function renderState(check: CheckView): HTMLElement[] {
  return [
    el('p', { id: 'satisfaction-state', class: 'check-state', 'data-state': check.state }, checkLozenge(check.state), ' ', el('span', {}, ...stateSentence(check))),
    check.asked.length > 0 ? el('p', { class: 'muted check-asked' }, 'Asked: ', personList(check.asked)) : el('p', { class: 'muted check-asked' }, 'Nobody to ask was found.'),
  ];
}

function renderCurrent(view: IssueSatisfactionView, current: CheckView, actions: SatisfactionActions, changed: ChecksChanged): (Node | null)[] {
  return [
    ...renderState(current),
    current.answers.length > 0 ? renderAnswers(current.answers, current.you.answer?.accountId ?? null, 'satisfaction-answers') : null,
    renderYourAnswer(current, actions, changed),
    renderThanks(current, actions, changed),
    renderClarity(current, view.clarityEnabled, actions, changed),
  ];
}

/** Why there is no current check: none yet, or the last one was cancelled. */
function renderNoCheck(view: IssueSatisfactionView): HTMLElement {
  const latest = view.history[0];
  if (latest?.state === 'cancelled') {
    const reason = latest.cancelReason ? CANCEL_REASONS[latest.cancelReason] : 'it was cancelled';
    return el('p', { class: 'muted', 'data-empty': 'checks' }, `No check open: the last one was cancelled because ${reason}.`);
  }
  return el(
    'p',
    { class: 'muted', 'data-empty': 'checks' },
    'No satisfaction check yet: once the request is resolved, the customer is asked whether the work met what good looks like.',
  );
}

function historyItem(check: CheckView): HTMLElement {
  return el(
    'li',
    { class: `history__item check-item`, 'data-check': check.id, 'data-state': check.state },
    el(
      'div',
      { class: 'history__head' },
      el('strong', {}, 'Resolved ', at(check.resolvedAt)),
      checkLozenge(check.state),
      check.superseded ? el('span', { class: 'lozenge lozenge--default check__superseded', 'data-superseded': 'true' }, 'Superseded') : null,
    ),
    check.superseded ? el('p', { class: 'muted' }, 'The issue was resolved again: a newer check replaced this one.') : null,
    check.state === 'cancelled' ? el('p', { class: 'muted' }, ...stateSentence(check)) : null,
    check.state === 'expired' ? el('p', { class: 'muted' }, ...stateSentence(check)) : null,
    check.answers.length > 0 ? renderAnswers(check.answers, check.you.answer?.accountId ?? null) : null,
    check.clarity ? renderClarityRating(check.clarity) : null,
    check.thanks.length > 0 ? renderThanksList(check.thanks) : null,
  );
}

/** The checks before the current one, newest first. */
export function renderCheckHistory(checks: CheckView[]): HTMLElement {
  return el('ol', { id: 'satisfaction-history', class: 'history', 'aria-label': 'Earlier checks, newest first' }, ...checks.map(historyItem));
}

export function renderChecks(view: IssueSatisfactionView, actions: SatisfactionActions, changed: ChecksChanged, notice = ''): Node[] {
  const current = view.current;
  const earlier = view.history.filter((check) => check.id !== current?.id);
  return [
    el('p', { id: 'satisfaction-status', class: 'notice', role: 'status', tabindex: '-1' }, notice),
    ...(current ? renderCurrent(view, current, actions, changed) : [renderNoCheck(view)]),
    earlier.length > 0 ? el('h3', {}, 'Earlier checks') : null,
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
  const body = el('div', { class: 'satisfaction__body' }, el('p', { class: 'loading' }, 'Loading…'));
  const element = el(
    'section',
    { class: 'request-section satisfaction', 'data-section': 'satisfaction', 'aria-labelledby': 'satisfaction-title', 'aria-busy': 'true' },
    el('h2', { id: 'satisfaction-title' }, 'Satisfaction'),
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
          ? el('p', { class: 'yardstick' }, el('strong', {}, 'What good looks like: '), el('span', { class: 'prose yardstick__text' }, text))
          : el('p', { class: 'muted yardstick' }, 'No expectations agreed between the departments yet: answers say how the work went as such.'),
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
