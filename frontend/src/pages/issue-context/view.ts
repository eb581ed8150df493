// The right-hand context panel (~300 px wide): status, who asks whom, and one service target line.
import type { RequestView } from '../../api/types';
import { el, fill } from '../../dom';
import { headlineClock, serviceLine } from '../../request/clock';
import { explanationOf, requestLozenge, requestPair } from '../../request/status';

function detail(view: RequestView): HTMLElement | null {
  if (view.state !== 'internal') return el('p', { class: 'muted context__explanation' }, explanationOf(view));
  // A no has no service target left to keep: its reason says more in this narrow space.
  if (view.decision?.outcome === 'declined') return null;
  return el('p', { class: 'context__service', 'data-clock': headlineClock(view.service) ?? 'none' }, serviceLine(view));
}

/** `settled` false: still looking the issue up, another answer follows. */
export function renderContext(root: HTMLElement, view: RequestView, settled: boolean): void {
  const declined = view.state === 'internal' && view.decision?.outcome === 'declined' ? view.decision : null;
  fill(
    root,
    el('div', { class: 'context__status' }, requestLozenge(view)),
    requestPair(view),
    detail(view),
    declined?.reasonLabel ? el('p', { class: 'context__reason' }, `Reason: ${declined.reasonLabel}`) : null,
  );
  root.setAttribute('aria-busy', String(!settled));
  // Browser tests wait for data-ready="true": only once the answer is final.
  root.dataset.ready = settled ? 'true' : 'looking-up';
}

export function renderContextError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, message));
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'error';
}
