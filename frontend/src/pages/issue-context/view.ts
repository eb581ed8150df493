// The right-hand context panel (~300 px wide): status, who asks whom, and one service target line.
import type { RequestView } from '../../api/types';
import { el, fill } from '../../dom';
import { headlineClock, serviceLine } from '../../request/clock';
import { explanationOf, requestLozenge, requestPair } from '../../request/status';
import { t } from '../../i18n';

/**
 * Whether the viewer is waiting to be asked for their rating: 'awaiting' shows the prompt, 'loading' holds
 * readiness back until the checks have answered, 'none' also stands for checks that failed to load: the
 * context works on without them.
 */
export type RatingPrompt = 'loading' | 'awaiting' | 'none';

/** The context cannot open the issue panel for them, so it says where to rate. */
function ratePrompt(): HTMLElement {
  return el(
    'p',
    { id: 'rate-prompt', class: 'rate-prompt' },
    el('span', { class: 'lozenge lozenge--inprogress' }, t('context.awaiting-rating')),
    ` — ${t('context.rate-in-panel')}`,
  );
}

function detail(view: RequestView): HTMLElement | null {
  if (view.state !== 'internal') return el('p', { class: 'muted context__explanation' }, explanationOf(view));
  // A no has no service target left to keep: its reason says more in this narrow space.
  if (view.decision?.outcome === 'declined') return null;
  return el('p', { class: 'context__service', 'data-clock': headlineClock(view.service) ?? 'none' }, serviceLine(view));
}

/** `settled` false: still looking the issue up, another answer follows. */
export function renderContext(root: HTMLElement, view: RequestView, settled: boolean, rating: RatingPrompt = 'none'): void {
  const declined = view.state === 'internal' && view.decision?.outcome === 'declined' ? view.decision : null;
  fill(
    root,
    el('div', { class: 'context__status' }, requestLozenge(view)),
    rating === 'awaiting' ? ratePrompt() : null,
    requestPair(view),
    detail(view),
    declined?.reasonLabel ? el('p', { class: 'context__reason' }, t('context.reason', { reason: declined.reasonLabel })) : null,
  );
  root.setAttribute('aria-busy', String(!settled));
  // Browser tests wait for data-ready="true": only once the answer is final and the checks answered.
  root.dataset.ready = !settled ? 'looking-up' : rating === 'loading' ? 'loading' : 'true';
}

export function renderContextError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('p', { class: 'error', role: 'alert' }, message));
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'error';
}
