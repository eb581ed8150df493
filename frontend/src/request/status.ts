// What an issue is as an internal request, shared by the issue context summary and the issue panel.
import type { DepartmentRef, RequestView } from '../api/types';
import { el } from '../dom';
import { t } from '../i18n';

/** The status a lozenge shows: the decision for an internal request, else the request's state. */
export type RequestOutcome = 'accepted' | 'declined' | 'awaiting' | 'not-internal' | 'looking-up' | 'deleted';

export function outcomeOf(view: Pick<RequestView, 'state' | 'decision'>): RequestOutcome {
  if (view.state !== 'internal') return view.state;
  return view.decision?.outcome ?? 'awaiting';
}

// Atlassian's lozenge appearances: success green, removed red, inprogress blue, default grey.
const OUTCOMES: Record<RequestOutcome, { appearance: 'success' | 'removed' | 'inprogress' | 'default' }> = {
  accepted: { appearance: 'success' },
  declined: { appearance: 'removed' },
  awaiting: { appearance: 'inprogress' },
  'not-internal': { appearance: 'default' },
  'looking-up': { appearance: 'default' },
  deleted: { appearance: 'default' },
};

export function outcomeLabel(outcome: RequestOutcome): string {
  return t(`request.outcome.${outcome}`);
}

/** The request's status lozenge; `data-outcome` is what browser tests and styles key on. */
export function requestLozenge(view: Pick<RequestView, 'state' | 'decision'>): HTMLElement {
  const outcome = outcomeOf(view);
  return el('span', { class: `lozenge lozenge--${OUTCOMES[outcome].appearance}`, 'data-outcome': outcome }, outcomeLabel(outcome));
}

export function departmentName(department: DepartmentRef | null): string {
  if (!department) return t('request.department.unknown');
  return department.archived ? t('request.department.archived', { name: department.name }) : department.name;
}

/**
 * "Sales → Finance": the customer asking, then the provider serving, the way a request travels. (The
 * matrix's pairName reads the other way, provider first, as a relationship is named.)
 */
export function requestPair(view: Pick<RequestView, 'customer' | 'provider'>): HTMLElement | null {
  if (!view.customer && !view.provider) return null;
  const customer = departmentName(view.customer);
  const provider = departmentName(view.provider);
  return el(
    'p',
    { class: 'request-pair', title: t('request.pair.title', { customer, provider }) },
    el('span', { class: 'request-pair__customer' }, customer),
    ' → ',
    el('span', { class: 'request-pair__provider' }, provider),
  );
}

/** The server's sentence for a state other than 'internal', or ours when it sent none. */
export function explanationOf(view: Pick<RequestView, 'state' | 'explanation'>): string {
  if (view.explanation) return view.explanation;
  return view.state === 'internal' ? '' : t(`request.explanation.${view.state}`);
}
