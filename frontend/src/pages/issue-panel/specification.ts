// The request's specification: the agreement's "what good looks like" as a checklist. The customer's side ticks
// what the request specifies (or says why an item does not apply) until the provider decides; the provider sees
// how complete it is before deciding; once answered, the clarity rating and the "met" answer stand beside it.
import { ApiError } from '../../api/client';
import type { IssueSatisfactionView, SpecificationItem, SpecificationRequest, SpecificationView } from '../../api/types';
import { el } from '../../dom';
import { choiceOf, radioGroup, submitting, textArea, valueOf, field } from '../../forms';
import { requestError } from '../../request/errors';
import { t } from '../../i18n';
import './specification.css';

/** The server's limit for why an item does not apply. */
export const REASON_MAX = 300;

type ItemState = SpecificationItem['state'];

export interface SpecificationActions {
  load(): Promise<SpecificationView>;
  save(request: SpecificationRequest): Promise<SpecificationView>;
  /** The page's height changed. */
  onLayout(): void;
}

export interface SpecificationSection {
  readonly element: HTMLElement;
  /** True until the specification is shown or its failure is. */
  readonly loading: boolean;
  show(view: SpecificationView, notice?: string): void;
  fail(message: string): void;
  /** Loads it again: after a decision it no longer changes. */
  reload(): void;
  /** The satisfaction checks, for their clarity rating and "met" answers against the specification. */
  checks(view: IssueSatisfactionView): void;
}

/** "3 of 5 specified · incomplete" */
export function completeness(view: Pick<SpecificationView, 'specified' | 'total' | 'complete'>): string {
  return t(view.complete ? 'specification.complete' : 'specification.incomplete', { specified: view.specified, total: view.total });
}

function mark(state: ItemState): string {
  return state === 'specified' ? '✓' : state === 'not-applicable' ? '–' : '○';
}

function readItem(item: SpecificationItem, index: number): HTMLElement {
  return el(
    'li',
    { class: `checklist__item checklist__item--${item.state}`, 'data-state': item.state, 'data-index': String(index) },
    el('span', { class: 'checklist__mark', 'aria-hidden': 'true' }, mark(item.state)),
    el('span', { class: 'checklist__text' }, item.text),
    el('span', { class: 'visually-hidden' }, ` (${t(`specification.state.${item.state}`)})`),
    item.reason ? el('span', { class: 'muted checklist__reason' }, ` ${t('specification.reason-shown', { reason: item.reason })}`) : null,
  );
}

/** The client's own check, shown the way a server 400 naming the field is. */
function checkEntries(entries: { state: string; reason: string }[]): void {
  entries.forEach((entry, i) => {
    if (entry.state === 'not-applicable' && !entry.reason) throw new ApiError(400, t('specification.reason-required'), `items[${i}].reason`);
    if (entry.reason.length > REASON_MAX) throw new ApiError(400, t('specification.reason-too-long', { max: REASON_MAX }), `items[${i}].reason`);
  });
}

export function renderSpecificationForm(view: SpecificationView, actions: SpecificationActions, changed: (next: SpecificationView) => void): HTMLFormElement {
  const states: ItemState[] = ['specified', 'not-applicable', 'open'];
  const form = el(
    'form',
    { id: 'specification-form', class: 'specification__form', 'aria-label': t('specification.form'), novalidate: '' },
    el('h3', {}, t('specification.form')),
    ...view.items.map((item, i) =>
      el(
        'div',
        { class: 'specification__entry', 'data-index': String(i) },
        radioGroup(
          `items[${i}].state`,
          item.text,
          states.map((state) => ({ value: state, label: t(`specification.state.${state}`) })),
          item.state,
          `specification-${i}`,
        ),
        field(
          t('specification.reason'),
          textArea(`items[${i}].reason`, item.reason ?? '', 1, { id: `specification-${i}-reason`, maxlength: String(REASON_MAX) }),
          t('specification.reason-hint'),
        ),
      ),
    ),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: 'specification-save', class: 'button button--primary' }, t('specification.save'))),
  );
  // Why an item does not apply is asked only for such an item.
  const showReasons = () =>
    view.items.forEach((_, i) => {
      const reason = form.querySelector<HTMLElement>(`#specification-${i}-reason`)?.closest<HTMLElement>('.field');
      if (reason) reason.hidden = choiceOf(form, `items[${i}].state`) !== 'not-applicable';
    });
  showReasons();
  form.addEventListener('change', () => {
    showReasons();
    actions.onLayout();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const entries = view.items.map((_, i) => ({ state: choiceOf(form, `items[${i}].state`) || 'open', reason: valueOf(form, `items[${i}].reason`) }));
      checkEntries(entries);
      const next = await actions
        .save({ items: entries.map((e) => ({ state: e.state as ItemState, reason: e.state === 'not-applicable' ? e.reason : null })) })
        .catch((error: unknown) => {
          // A refusal (403) or a request decided meanwhile (409) says why in the server's words.
          throw error instanceof ApiError && (error.status === 403 || error.status === 409) ? error : requestError(error, 'correct');
        });
      changed(next);
    }).then(() => actions.onLayout());
  });
  return form;
}

/** What the checks said, against the specification: the clarity rating and every "met" answer. */
function against(view: SpecificationView, checks: IssueSatisfactionView | null): HTMLElement | null {
  const check = checks?.current;
  if (!check) return null;
  const clarity = check.clarity?.rating ?? null;
  const met = check.answers.map((a) => a.met).filter((m): m is NonNullable<typeof m> => !!m);
  if (clarity === null && met.length === 0) return null;
  return el(
    'p',
    { class: 'specification__against', 'data-complete': String(view.complete) },
    clarity !== null ? `${t('specification.clarity', { rating: clarity })} ` : '',
    met.length > 0 ? `${t('specification.met', { met: met.map((m) => t(`check.met.${m}`)).join(', ') })} ` : '',
    t('specification.against', { completeness: completeness(view) }),
  );
}

function render(view: SpecificationView, checks: IssueSatisfactionView | null, actions: SpecificationActions, changed: (next: SpecificationView) => void, notice: string): (Node | null)[] {
  const summary = el(
    'p',
    { class: 'specification__summary', 'data-complete': String(view.complete) },
    el('span', { class: `lozenge ${view.complete ? 'lozenge--success' : 'lozenge--inprogress'}` }, t(view.complete ? 'specification.lozenge.complete' : 'specification.lozenge.incomplete')),
    ` ${t('specification.count', { specified: view.specified, total: view.total })}`,
  );
  const status = el('p', { id: 'specification-status', class: 'notice', role: 'status', tabindex: '-1' }, notice);
  const who = view.lockedBy
    ? el('p', { class: 'muted specification__locked' }, t(`specification.locked.${view.lockedBy}`))
    : view.canEdit
      ? el('p', { class: 'muted' }, t('specification.you-tick'))
      : el('p', { class: 'muted' }, t('specification.requester-ticks'));
  return [
    summary,
    status,
    who,
    against(view, checks),
    view.canEdit
      ? renderSpecificationForm(view, actions, changed)
      : el('ul', { class: 'checklist', 'aria-label': t('specification.title') }, ...view.items.map(readItem)),
  ];
}

export function createSpecificationSection(actions: SpecificationActions): SpecificationSection {
  const body = el('div', { class: 'specification__body' }, el('p', { class: 'loading' }, t('common.loading')));
  const element = el(
    'section',
    { class: 'request-section specification', 'data-section': 'specification', 'aria-labelledby': 'specification-title', 'aria-busy': 'true' },
    el('h2', { id: 'specification-title' }, t('specification.title')),
    body,
  );
  let loading = true;
  let current: SpecificationView | null = null;
  let checks: IssueSatisfactionView | null = null;
  const settle = (...children: (Node | null)[]) => {
    loading = false;
    element.removeAttribute('aria-busy');
    body.replaceChildren(...children.filter((c): c is Node => c !== null));
    element.dataset.ready = 'true';
  };
  const changed = (next: SpecificationView) => {
    section.show(next, t('specification.saved', { completeness: completeness(next) }));
    body.querySelector<HTMLElement>('#specification-status')?.focus();
    actions.onLayout();
  };
  const section: SpecificationSection = {
    element,
    get loading() {
      return loading;
    },
    show(view, notice = '') {
      current = view;
      // No checklist in the agreement this request came under: nothing to show.
      element.hidden = view.total === 0;
      element.dataset.complete = String(view.complete);
      settle(...render(view, checks, actions, changed, notice));
    },
    fail(message) {
      settle(el('p', { class: 'error', role: 'alert' }, message));
    },
    reload() {
      actions.load().then(
        (view) => {
          section.show(view);
          actions.onLayout();
        },
        (error: unknown) => section.fail(requestError(error, 'load').message),
      );
    },
    checks(view) {
      checks = view;
      if (current) section.show(current);
    },
  };
  return section;
}
