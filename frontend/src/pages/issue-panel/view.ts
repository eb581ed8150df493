// The issue panel (the content area, full width): the whole picture of an internal request. Every
// write answers the request as it is now, and the panel renders again from that answer.
import type { RequestView } from '../../api/types';
import { el, fill } from '../../dom';
import { pairName, renderAgreement, standingLozenge } from '../../relationship/agreement';
import { type ClockKey, clockText } from '../../request/clock';
import { explanationOf, requestLozenge, requestPair } from '../../request/status';
import { type DecisionActions, renderDecision } from './decision';
import { type DepartmentActions, renderCorrectControl, renderDepartments } from './departments';
import type { SatisfactionSection } from './satisfaction';
import type { SpecificationSection } from './specification';
import { t } from '../../i18n';

export type PanelActions = DecisionActions &
  DepartmentActions & {
    /** The satisfaction section: it loads on its own and is placed, not rebuilt, on every render. */
    satisfaction?: SatisfactionSection;
    /** The request's specification against the agreement's checklist: placed, like the satisfaction section. */
    specification?: SpecificationSection;
  };

function renderService(view: RequestView): HTMLElement {
  const clock = (key: ClockKey) => {
    const service = view.service[key];
    return el('li', { class: `clock clock--${service.state}`, 'data-clock': key, 'data-state': service.state }, clockText(key, service, view.now));
  };
  return el(
    'section',
    { class: 'request-section', 'aria-labelledby': 'service-title' },
    el('h2', { id: 'service-title' }, t('agreement.service-target')),
    el('ul', { class: 'clocks' }, clock('firstResponse'), clock('resolution')),
  );
}

/** What the two departments agreed: what good looks like, what the customer gives back, the deliverables. */
function renderRelationship(view: RequestView): HTMLElement {
  const relationship = view.relationship;
  const pair = view.provider && view.customer ? pairName({ provider: view.provider, customer: view.customer }) : null;
  const body = !relationship
    ? [el('p', { class: 'muted' }, t('panel.no-relationship'))]
    : [
        el('p', { class: 'agreement__pair' }, pair ? `${t('panel.pair', { pair })} ` : '', standingLozenge(relationship.standing)),
        relationship.agreement ? renderAgreement(relationship.agreement) : el('p', { class: 'muted' }, t('panel.nothing-agreed')),
      ];
  return el('section', { class: 'request-section', 'aria-labelledby': 'agreement-title' }, el('h2', { id: 'agreement-title' }, t('metric.agreement')), ...body);
}

function header(view: RequestView): HTMLElement {
  return el('div', { class: 'request-head' }, requestLozenge(view), requestPair(view));
}

/** `settled` false: the app is still looking the issue up and another answer follows. */
export function renderPanel(root: HTMLElement, view: RequestView, actions: PanelActions, settled = true, notice = ''): void {
  const changed = (next: RequestView, text: string) => {
    renderPanel(root, next, actions, true, text);
    root.querySelector<HTMLElement>('.notice')?.focus();
    actions.onLayout();
  };
  const status = el('p', { class: 'notice', role: 'status', tabindex: '-1' }, notice);
  if (view.state !== 'internal') {
    // Not an internal request (yet): why, and for those who may, the way to make it one. Not while the next
    // answer is on its way: it would replace a form being filled in.
    const correctable = view.viewer.canCorrect && view.state !== 'deleted' && settled;
    fill(
      root,
      header(view),
      status,
      el('p', { class: 'request-explanation', 'data-state': view.state }, explanationOf(view)),
      correctable ? renderCorrectControl(view, actions, changed) : null,
    );
  } else {
    actions.satisfaction?.expectations(view.relationship?.agreement?.expectations ?? null);
    fill(
      root,
      header(view),
      status,
      actions.specification?.element,
      renderDecision(view, actions, changed),
      actions.satisfaction?.element,
      renderService(view),
      renderDepartments(view, actions, changed),
      renderRelationship(view),
    );
  }
  root.setAttribute('aria-busy', String(!settled));
  markReady(root, settled, actions.satisfaction);
}

/**
 * Browser tests wait for data-ready="true": only once the request's answer is final and the satisfaction
 * checks are shown (or why they are not). Until then 'looking-up' or 'loading'.
 */
export function markReady(root: HTMLElement, settled: boolean, satisfaction?: SatisfactionSection): void {
  root.dataset.ready = !settled ? 'looking-up' : satisfaction?.loading ? 'loading' : 'true';
}

export function renderPanelError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, message));
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'error';
}
