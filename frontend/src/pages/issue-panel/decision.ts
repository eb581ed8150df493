// The decision on an internal request: Accept or Decline (with a reason and a note) for the people who
// decide, and every decision so far, newest first, for everyone.
import { ApiError } from '../../api/client';
import type { DecisionRequest, DecisionView, RequestView } from '../../api/types';
import { el } from '../../dom';
import { field, select, submitting, textArea, valueOf } from '../../forms';
import { formatDate } from '../../relationship/agreement';
import { requestError } from '../../request/errors';
import { person } from '../../people/person';
import { t, tParts, texts } from '../../i18n';

/** The server's limit for a decision's note. */
export const NOTE_MAX = 1000;

export interface DecisionActions {
  decide(request: DecisionRequest): Promise<RequestView>;
  /** The page's height changed. */
  onLayout(): void;
}

/** Called with the request as the server answers it after a change, and what to tell the user. */
export type Changed = (view: RequestView, notice: string) => void;


function historyItem(decision: DecisionView): HTMLElement {
  return el(
    'li',
    { class: `history__item history__item--${decision.outcome}`, 'data-decision': decision.outcome },
    el(
      'div',
      { class: 'history__head' },
      el('strong', { class: 'history__outcome' }, t(`request.outcome.${decision.outcome}`)),
      el('span', { class: 'history__who' }, ...tParts('decision.by', { name: person(decision.byAccountId) })),
      el('time', { class: 'muted', datetime: decision.at }, formatDate(decision.at)),
    ),
    decision.reasonLabel ? el('p', { class: 'history__reason' }, decision.reasonLabel) : null,
    decision.note ? el('p', { class: 'prose history__note' }, decision.note) : null,
  );
}

export function renderHistory(history: DecisionView[]): HTMLElement {
  if (history.length === 0) return el('p', { class: 'muted', 'data-empty': 'decisions' }, t('decision.none'));
  return el('ol', { id: 'decision-history', class: 'history', 'aria-label': t('decision.history') }, ...history.map(historyItem));
}

/** The client's own check, shown the way a server 400 naming the field is. */
function checkDecline(reason: string, note: string): void {
  if (!reason) throw new ApiError(400, t('decision.choose-reason-error'), 'reason');
  if (reason === 'other' && !note) throw new ApiError(400, t('decision.note-required'), 'note');
  if (note.length > NOTE_MAX) throw new ApiError(400, t('decision.note-too-long', { max: NOTE_MAX, length: note.length }), 'note');
}

/** The decline form; on a declined request it starts from the current reason and note, to change them. */
export function renderDeclineForm(view: RequestView, actions: DecisionActions, changed: Changed, onCancel: () => void): HTMLFormElement {
  const reasons = view.declineReasons.map((r) => ({ value: r.key, label: r.label }));
  const current = view.decision?.outcome === 'declined' ? view.decision : null;
  const cancel = el('button', { type: 'button', id: 'decline-cancel', class: 'button button--subtle' }, t('common.cancel'));
  cancel.addEventListener('click', onCancel);
  const form = el(
    'form',
    { id: 'decline-form', class: 'decline', 'aria-label': t('decision.decline-title'), novalidate: '' },
    el('h3', {}, t('decision.decline-title')),
    field(t('decision.reason'), select('reason', [{ value: '', label: t('decision.choose-reason') }, ...reasons], current?.reason ?? '', { id: 'decline-reason', required: '' })),
    field(t('decision.note'), textArea('note', current?.note ?? '', 3, { id: 'decline-note', maxlength: String(NOTE_MAX) }), t('decision.note-hint', { max: NOTE_MAX })),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: 'decline-confirm', class: 'button button--danger' }, t('decision.decline-request')), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const reason = valueOf(form, 'reason');
      const note = valueOf(form, 'note');
      checkDecline(reason, note);
      const label = view.declineReasons.find((r) => r.key === reason)?.label ?? reason;
      const next = await actions
        .decide({ outcome: 'declined', reason: reason as NonNullable<DecisionRequest['reason']>, note: note || null })
        .catch((error: unknown) => {
          throw requestError(error, 'decide');
        });
      changed(next, t('decision.declined', { reason: label }));
    }).then(() => actions.onLayout());
  });
  return form;
}

/** What the decision buttons say once there is a decision: it can still change, and the history keeps both. */
const CHANGE_HINTS = texts(['accepted', 'declined'], (outcome) => t(`decision.change-hint.${outcome}`));

/**
 * Accept and Decline, for a viewer who may decide; the decline form opens below them. Once decided, neither
 * is the primary action, and Accept is gone while the request is accepted: accepting again changes nothing.
 */
function controls(view: RequestView, actions: DecisionActions, changed: Changed): HTMLElement {
  const current = view.decision?.outcome ?? null;
  const accept =
    current === 'accepted' ? null : el('button', { type: 'button', id: 'accept', class: current ? 'button' : 'button button--primary' }, t('decision.accept'));
  const decline = el(
    'button',
    { type: 'button', id: 'decline', class: 'button', 'aria-expanded': 'false', 'aria-controls': 'decline-form' },
    current === 'declined' ? t('decision.change-reason') : t('decision.decline'),
  );
  const alert = el('div', { class: 'decision__alert' });
  const formSlot = el('div', {});
  const box = el(
    'div',
    { class: 'decision__controls' },
    current ? el('p', { class: 'muted decision__hint' }, CHANGE_HINTS[current]) : null,
    el('div', { class: 'buttons' }, accept, decline),
    alert,
    formSlot,
  );
  const closeForm = () => {
    formSlot.replaceChildren();
    decline.setAttribute('aria-expanded', 'false');
    decline.focus();
    actions.onLayout();
  };
  accept?.addEventListener('click', () => {
    accept.disabled = true;
    decline.disabled = true;
    alert.replaceChildren();
    actions
      .decide({ outcome: 'accepted', reason: null, note: null })
      .then((next) => changed(next, t('decision.accepted')))
      .catch((error: unknown) => {
        accept.disabled = false;
        decline.disabled = false;
        alert.replaceChildren(el('p', { class: 'error', role: 'alert' }, requestError(error, 'decide').message));
        actions.onLayout();
      });
  });
  decline.addEventListener('click', () => {
    alert.replaceChildren();
    if (formSlot.firstChild) return;
    const form = renderDeclineForm(view, actions, changed, closeForm);
    formSlot.replaceChildren(form);
    decline.setAttribute('aria-expanded', 'true');
    form.querySelector('select')?.focus();
    actions.onLayout();
  });
  return box;
}

export function renderDecision(view: RequestView, actions: DecisionActions, changed: Changed): HTMLElement {
  const who = view.viewer.canDecide
    ? controls(view, actions, changed)
    : view.decision
      ? null
      : el('p', { class: 'muted' }, t('decision.provider-decides'));
  return el(
    'section',
    { class: 'request-section', 'aria-labelledby': 'decision-title' },
    el('h2', { id: 'decision-title', tabindex: '-1' }, t('decision.title')),
    who,
    view.history.length > 0 ? el('h3', {}, t('decision.history')) : null,
    renderHistory(view.history),
  );
}
