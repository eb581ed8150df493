import { describe, expect, it } from 'vitest';
import { clock, decision, requestView } from '../../testing/fixtures';
import { renderContext, renderContextError } from './view';

function rendered(...args: Parameters<typeof requestView>): HTMLElement {
  const root = document.createElement('main');
  renderContext(root, requestView(...args), true);
  return root;
}

describe('Issue context panel', () => {
  it('sums an internal request up: status, customer → provider and the first clock due', () => {
    const root = rendered();

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('awaiting');
    expect(root.querySelector<HTMLElement>('.lozenge')!.textContent).toBe('Awaiting decision');
    expect(root.querySelector('.request-pair')!.textContent).toBe('Sales → Finance');
    expect(root.querySelector('.context__service')!.textContent).toBe('First response due in 2 h');
    expect(root.dataset.ready).toBe('true');
  });

  it('shows the resolution clock once the first response is done', () => {
    const root = rendered({
      decision: decision({ outcome: 'accepted' }),
      service: {
        firstResponse: clock({ targetHours: 4, dueAt: '2026-11-23T12:00:00Z', doneAt: '2026-11-23T09:00:00Z', state: 'met' }),
        resolution: clock({ targetHours: 8, dueAt: '2026-11-23T08:00:00Z', state: 'overdue' }),
      },
    });

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('accepted');
    expect(root.querySelector('.context__service')!.textContent).toBe('Resolution overdue by 2 h');
  });

  it('gives the reason of a decline instead of a service clock', () => {
    const root = rendered({ decision: decision({ outcome: 'declined', reason: 'no-capacity', reasonLabel: 'No capacity this period' }) });

    expect(root.querySelector<HTMLElement>('.lozenge')!.className).toContain('lozenge--removed');
    expect(root.querySelector('.context__reason')!.textContent).toBe('Reason: No capacity this period');
    expect(root.querySelector('.context__service')).toBeNull();
  });

  it('explains an issue that is not an internal request, without a service line', () => {
    const root = rendered({ state: 'not-internal', explanation: 'The reporter belongs to no department.', customer: null });

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('not-internal');
    expect(root.querySelector('.context__service')).toBeNull();
    expect(root.querySelector('.context__explanation')!.textContent).toBe('The reporter belongs to no department.');
    expect(root.querySelector('.request-pair')!.textContent).toBe('Unknown → Finance');
  });

  it('is not ready while it is still looking the issue up', () => {
    const root = document.createElement('main');
    renderContext(root, requestView({ state: 'looking-up', explanation: 'Looking this issue up.' }), false);

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('looking-up');
    expect(root.dataset.ready).toBe('looking-up');
    expect(root.getAttribute('aria-busy')).toBe('true');

    renderContext(root, requestView({ state: 'looking-up', explanation: 'The app has not seen this issue yet.' }), true);
    expect(root.dataset.ready).toBe('true');
    expect(root.textContent).toContain('The app has not seen this issue yet.');
  });

  it('says a deleted issue was deleted', () => {
    const root = rendered({ state: 'deleted', explanation: null, provider: null, customer: null });

    expect(root.querySelector<HTMLElement>('.lozenge')!.dataset.outcome).toBe('deleted');
    expect(root.textContent).toContain('This issue was deleted.');
  });

  it('renders department names and reasons with markup as text', () => {
    const root = rendered({
      customer: { id: 'x', name: '<img src=x onerror=alert(1)>', archived: false },
      decision: decision({ outcome: 'declined', reason: 'other', reasonLabel: '<b>Other</b>' }),
    });

    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('.request-pair')!.textContent).toBe('<img src=x onerror=alert(1)> → Finance');
    expect(root.textContent).toContain('<b>Other</b>');
  });

  it('prompts the person asked to rate, under the status, while their rating is awaited', () => {
    const root = document.createElement('main');
    renderContext(root, requestView({ decision: decision() }), true, 'awaiting');
    const prompt = root.querySelector('#rate-prompt')!;

    expect(prompt.textContent).toBe('Awaiting your rating — rate it in the Internal request panel');
    expect(prompt.querySelector('.lozenge--inprogress')!.textContent).toBe('Awaiting your rating');
    expect(prompt.previousElementSibling!.className).toBe('context__status');
    expect(root.dataset.ready).toBe('true');
  });

  it('shows no prompt otherwise, and is not ready while the checks are still loading', () => {
    const root = document.createElement('main');
    renderContext(root, requestView(), true, 'loading');
    expect(root.querySelector('#rate-prompt')).toBeNull();
    expect(root.dataset.ready).toBe('loading');

    renderContext(root, requestView(), true, 'none');
    expect(root.querySelector('#rate-prompt')).toBeNull();
    expect(root.dataset.ready).toBe('true');
  });

  it('shows an error as an alert', () => {
    const root = document.createElement('main');
    renderContextError(root, 'This issue does not exist, or you may not browse it.');

    expect(root.querySelector('[role=alert]')!.textContent).toContain('may not browse it');
    expect(root.dataset.ready).toBe('error');
  });
});
