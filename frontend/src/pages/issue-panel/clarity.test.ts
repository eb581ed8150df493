import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { IssueSatisfactionView } from '../../api/types';
import { answeredCheck, clarity, issueSatisfaction, onlooker } from '../../testing/fixtures';
import { createSatisfactionSection, type SatisfactionActions } from './satisfaction';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function shown(view: IssueSatisfactionView, rateClarity = vi.fn().mockResolvedValue(view)): HTMLElement {
  const actions: SatisfactionActions = { answer: vi.fn(), rateClarity, thank: vi.fn(), askNow: vi.fn(), onLayout: vi.fn() };
  const section = createSatisfactionSection(actions);
  section.show(view);
  return document.body.appendChild(section.element);
}

/** The viewer is the assignee, clarity is on and not rated yet. */
const assignee = (overrides: Parameters<typeof answeredCheck>[0] = {}) =>
  issueSatisfaction({ clarityEnabled: true, current: answeredCheck({ you: onlooker({ canRateClarity: true }), ...overrides }) });

describe('Rating the clarity of a request', () => {
  afterEach(() => document.body.replaceChildren());

  it('offers the assignee a small 1–5 form with why clarity is asked', () => {
    const root = shown(assignee());

    expect(root.querySelector('.clarity__why')!.textContent).toContain('A clear specification is the customer’s part of the relationship');
    expect(Array.from(root.querySelectorAll('#clarity-form input[type=radio]'), (r) => r.id)).toEqual(['clarity-1', 'clarity-2', 'clarity-3', 'clarity-4', 'clarity-5']);
    expect(root.querySelector('label[for=clarity-5]')!.textContent).toBe('5 very clear');
    expect(root.querySelector('#clarity-comment')).not.toBeNull();
    expect(root.querySelector('#clarity-submit')!.textContent).toBe('Rate clarity');
  });

  it('sends exactly the contract’s body and shows the rating it answers', async () => {
    const rated = assignee({ clarity: clarity({ rating: 2, comment: 'No PO number' }) });
    const rateClarity = vi.fn().mockResolvedValue(rated);
    const root = shown(assignee(), rateClarity);
    root.querySelector<HTMLInputElement>('#clarity-2')!.click();
    root.querySelector<HTMLTextAreaElement>('#clarity-comment')!.value = ' No PO number ';
    root.querySelector<HTMLButtonElement>('#clarity-submit')!.click();
    expect(root.querySelector<HTMLButtonElement>('#clarity-submit')!.disabled).toBe(true);
    await flush();

    expect(rateClarity).toHaveBeenCalledWith('check-1', { rating: 2, comment: 'No PO number' });
    expect(root.querySelector('#satisfaction-status')!.textContent).toBe('Thank you: the clarity rating is saved.');
    expect(root.querySelector('.clarity__rating')!.textContent).toBe('★★☆☆☆ Clarity 2 of 5');
    expect(root.querySelector('.clarity__comment')!.textContent).toBe('No PO number');
    expect(root.querySelector('#clarity-edit')).not.toBeNull();
  });

  it('asks for a rating before asking the server', async () => {
    const rateClarity = vi.fn();
    const root = shown(assignee(), rateClarity);
    root.querySelector<HTMLButtonElement>('#clarity-submit')!.click();
    await flush();

    expect(rateClarity).not.toHaveBeenCalled();
    expect(root.querySelector('#clarity-group')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#clarity-form [role=alert]')!.textContent).toBe('Choose how clear it was, from 1 to 5.');
  });

  it('says clearly who may rate clarity (403), when it can no longer change (409), and a 400 at its field', async () => {
    const rateClarity = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(403, 'Forbidden'))
      .mockRejectedValueOnce(new ApiError(409, 'Conflict'))
      .mockRejectedValueOnce(new ApiError(400, 'Rating must be 1 to 5.', 'rating'));
    const root = shown(assignee(), rateClarity);
    const alert = () => root.querySelector('#clarity-form [role=alert]')!.textContent;
    root.querySelector<HTMLInputElement>('#clarity-3')!.click();

    root.querySelector<HTMLButtonElement>('#clarity-submit')!.click();
    await flush();
    expect(alert()).toBe('Only the issue’s assignee rates how clear the request was, and only while the policy asks for it. Nothing was saved.');
    root.querySelector<HTMLButtonElement>('#clarity-submit')!.click();
    await flush();
    expect(alert()).toContain('The clarity can no longer be rated');
    root.querySelector<HTMLButtonElement>('#clarity-submit')!.click();
    await flush();
    expect(root.querySelector('#clarity-group')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#clarity-group .field__error')!.textContent).toBe('Rating must be 1 to 5.');
  });

  it('opens the rating again from the given one while it may change', () => {
    const root = shown(assignee({ clarity: clarity({ rating: 4 }) }));
    root.querySelector<HTMLButtonElement>('#clarity-edit')!.click();

    expect(root.querySelector<HTMLInputElement>('#clarity-4')!.checked).toBe(true);
    expect(root.querySelector('#clarity-submit')!.textContent).toBe('Save clarity');
    expect(root.querySelector('.clarity-part h3')!.textContent).toBe('Clarity of the request');
    root.querySelector<HTMLButtonElement>('#clarity-cancel')!.click();
    expect(root.querySelector('#clarity-form')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('#clarity-edit'));
  });

  it('shows a given clarity rating read-only to everyone else, and nothing while clarity is off and unrated', () => {
    const root = shown(issueSatisfaction({ clarityEnabled: true, current: answeredCheck({ clarity: clarity() }) }));
    expect(root.querySelector('.clarity__rating')!.textContent).toContain('Clarity 3 of 5');
    expect(root.querySelector('#clarity-form, #clarity-edit')).toBeNull();
    document.body.replaceChildren();

    const off = shown(issueSatisfaction({ clarityEnabled: false, current: answeredCheck({ you: onlooker({ canRateClarity: true }) }) }));
    expect(off.querySelector('.clarity-part')).toBeNull();
  });
});
