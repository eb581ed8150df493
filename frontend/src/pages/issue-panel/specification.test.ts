import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { SpecificationView } from '../../api/types';
import { answer, answeredCheck, clarity, issueSatisfaction } from '../../testing/fixtures';
import { createSpecificationSection, type SpecificationActions } from './specification';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function specification(overrides: Partial<SpecificationView> = {}): SpecificationView {
  return {
    issueId: '10042',
    agreementVersion: 2,
    items: [
      { text: 'Start date given', state: 'specified', reason: null },
      { text: 'Software listed', state: 'not-applicable', reason: 'Standard kit' },
      { text: 'Equipment stated', state: 'open', reason: null },
    ],
    specified: 2,
    total: 3,
    complete: false,
    lockedBy: null,
    canEdit: false,
    ...overrides,
  };
}

function shown(view: SpecificationView, save = vi.fn()): { root: HTMLElement; actions: SpecificationActions } {
  const actions: SpecificationActions = { load: vi.fn().mockResolvedValue(view), save, onLayout: vi.fn() };
  const section = createSpecificationSection(actions);
  section.show(view);
  return { root: document.body.appendChild(section.element), actions };
}

describe('The specification on the issue panel', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the provider how complete it is, read-only, with why an item does not apply', () => {
    const { root } = shown(specification());

    expect(root.querySelector('.specification__summary')!.textContent).toBe('Incomplete 2 of 3 specified');
    expect(root.querySelector('#specification-form')).toBeNull();
    expect(Array.from(root.querySelectorAll('.checklist__item'), (li) => li.getAttribute('data-state'))).toEqual(['specified', 'not-applicable', 'open']);
    expect(root.querySelectorAll('.checklist__item')[1]!.textContent).toContain('Does not apply: Standard kit');
    expect(root.textContent).toContain('The requester ticks what the request specifies');
  });

  it('lets the requester tick it and sends one entry per item, a reason only where an item does not apply', async () => {
    const saved = specification({ canEdit: true, specified: 3, complete: true, items: specification().items.map((i) => ({ ...i, state: i.state === 'open' ? 'specified' : i.state })) });
    const save = vi.fn().mockResolvedValue(saved);
    const { root } = shown(specification({ canEdit: true }), save);
    expect(root.querySelector<HTMLInputElement>('#specification-1-not-applicable')!.checked).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('#specification-1-reason')!.value).toBe('Standard kit');
    const reasonShown = (i: number) => !root.querySelector(`#specification-${i}-reason`)!.closest<HTMLElement>('.field')!.hidden;
    expect([0, 1, 2].map(reasonShown)).toEqual([false, true, false]);
    root.querySelector<HTMLInputElement>('#specification-2-specified')!.click();
    root.querySelector<HTMLTextAreaElement>('#specification-0-reason')!.value = 'not sent: specified';
    root.querySelector<HTMLButtonElement>('#specification-save')!.click();
    await flush();

    expect(save).toHaveBeenCalledWith({
      items: [
        { state: 'specified', reason: null },
        { state: 'not-applicable', reason: 'Standard kit' },
        { state: 'specified', reason: null },
      ],
    });
    expect(root.querySelector('#specification-status')!.textContent).toBe('Specification saved: complete (3 of 3).');
    expect(root.querySelector('.specification__summary')!.getAttribute('data-complete')).toBe('true');
  });

  it('asks why an item does not apply before asking the server, and shows a 400 at the named reason', async () => {
    const save = vi.fn().mockRejectedValue(new ApiError(400, 'items[0].reason: say why this item does not apply', 'items[0].reason'));
    const { root } = shown(specification({ canEdit: true }), save);
    root.querySelector<HTMLInputElement>('#specification-2-not-applicable')!.click();
    root.querySelector<HTMLButtonElement>('#specification-save')!.click();
    await flush();

    expect(save).not.toHaveBeenCalled();
    expect(root.querySelector('#specification-2-reason')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#specification-form [role=alert]')!.textContent).toBe('Say why this item does not apply.');

    root.querySelector<HTMLInputElement>('#specification-2-open')!.click();
    root.querySelector<HTMLButtonElement>('#specification-save')!.click();
    await flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(root.querySelector('#specification-0-reason')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('says it stays as it was once the provider decided, and shows the clarity rating and the met answer against it', () => {
    const { root } = shown(specification({ lockedBy: 'decision', complete: true, specified: 3 }));
    const section = root;
    expect(section.textContent).toContain('As it stood when the provider decided.');

    const actions: SpecificationActions = { load: vi.fn(), save: vi.fn(), onLayout: vi.fn() };
    const withChecks = createSpecificationSection(actions);
    withChecks.show(specification({ lockedBy: 'resolution', complete: true, specified: 3 }));
    withChecks.checks(issueSatisfaction({ current: answeredCheck({ answers: [answer({ met: 'yes' })], clarity: clarity({ rating: 4 }) }) }));
    expect(withChecks.element.querySelector('.specification__against')!.textContent).toBe(
      'Clarity rated 4 of 5. Expectations met: Yes. The specification was complete (3 of 3).',
    );
  });

  it('is hidden when the agreement had no checklist', () => {
    const { root } = shown(specification({ items: [], total: 0, specified: 0, agreementVersion: null }));
    expect(root.hidden).toBe(true);
  });
});
