// What an issue is as an internal request, shared by the issue context summary and the issue panel.
import type { DepartmentRef, RequestState, RequestView } from '../api/types';
import { el } from '../dom';

/** The status a lozenge shows: the decision for an internal request, else the request's state. */
export type RequestOutcome = 'accepted' | 'declined' | 'awaiting' | 'not-internal' | 'looking-up' | 'deleted';

export function outcomeOf(view: Pick<RequestView, 'state' | 'decision'>): RequestOutcome {
  if (view.state !== 'internal') return view.state;
  return view.decision?.outcome ?? 'awaiting';
}

// Atlassian's lozenge appearances: success green, removed red, inprogress blue, default grey.
const OUTCOMES: Record<RequestOutcome, { label: string; appearance: 'success' | 'removed' | 'inprogress' | 'default' }> = {
  accepted: { label: 'Accepted', appearance: 'success' },
  declined: { label: 'Declined', appearance: 'removed' },
  awaiting: { label: 'Awaiting decision', appearance: 'inprogress' },
  'not-internal': { label: 'Not an internal request', appearance: 'default' },
  'looking-up': { label: 'Looking up…', appearance: 'default' },
  deleted: { label: 'Issue deleted', appearance: 'default' },
};

export function outcomeLabel(outcome: RequestOutcome): string {
  return OUTCOMES[outcome].label;
}

/** The request's status lozenge; `data-outcome` is what browser tests and styles key on. */
export function requestLozenge(view: Pick<RequestView, 'state' | 'decision'>): HTMLElement {
  const outcome = outcomeOf(view);
  return el('span', { class: `lozenge lozenge--${OUTCOMES[outcome].appearance}`, 'data-outcome': outcome }, OUTCOMES[outcome].label);
}

export function departmentName(department: DepartmentRef | null): string {
  if (!department) return 'Unknown';
  return department.archived ? `${department.name} (archived)` : department.name;
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
    { class: 'request-pair', title: `${customer} asks ${provider}` },
    el('span', { class: 'request-pair__customer' }, customer),
    ' → ',
    el('span', { class: 'request-pair__provider' }, provider),
  );
}

/** The server's sentence for a state other than 'internal', or ours when it sent none. */
export function explanationOf(view: Pick<RequestView, 'state' | 'explanation'>): string {
  if (view.explanation) return view.explanation;
  const fallback: Record<RequestState, string> = {
    internal: '',
    'not-internal': 'This issue is not a request from one department to another.',
    'looking-up': 'The app has not seen this issue yet. Reload the page in a minute.',
    deleted: 'This issue was deleted.',
  };
  return fallback[view.state];
}
