import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { IssueSatisfactionView } from '../../api/types';
import { answer, answeredCheck, askedViewer, check, issueSatisfaction } from '../../testing/fixtures';
import { createSatisfactionSection, type SatisfactionActions } from './satisfaction';
import { namesArrive, stubPeople } from '../../testing/people';

function actions(overrides: Partial<SatisfactionActions> = {}): SatisfactionActions {
  return {
    answer: vi.fn().mockResolvedValue(issueSatisfaction()),
    rateClarity: vi.fn().mockResolvedValue(issueSatisfaction()),
    thank: vi.fn().mockResolvedValue(issueSatisfaction()),
    askNow: vi.fn().mockResolvedValue(issueSatisfaction()),
    onLayout: vi.fn(),
    ...overrides,
  };
}

function shown(view: IssueSatisfactionView, given = actions(), expectations: string | null = 'Invoices checked against the PO'): HTMLElement {
  const section = createSatisfactionSection(given);
  section.expectations(expectations);
  section.show(view);
  return document.body.appendChild(section.element);
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('Satisfaction section of the issue panel', () => {
  afterEach(() => document.body.replaceChildren());

  it('is busy while loading, then shows the checks; a failed load is an alert', () => {
    const section = createSatisfactionSection(actions());
    expect(section.loading).toBe(true);
    expect(section.element.getAttribute('aria-busy')).toBe('true');
    expect(section.element.textContent).toContain('Loading…');

    section.fail('The satisfaction checks could not be loaded: Jira could not be reached just now. Try again in a moment.');
    expect(section.loading).toBe(false);
    expect(section.element.hasAttribute('aria-busy')).toBe(false);
    expect(section.element.querySelector('[role=alert]')!.textContent).toContain('could not be loaded');
  });

  it('shows an awaiting check against what good looks like, read-only for someone not asked', async () => {
    stubPeople({ 'acc-sam': 'Sam Ortiz' });
    const root = shown(issueSatisfaction());

    expect(text(root, '.yardstick')).toBe('What good looks like: Invoices checked against the PO');
    const state = root.querySelector<HTMLElement>('#satisfaction-state')!;
    expect(state.dataset.state).toBe('awaiting');
    expect(state.querySelector('.lozenge')!.textContent).toBe('Awaiting rating');
    expect(Array.from(state.querySelectorAll('time'), (t) => t.getAttribute('datetime'))).toEqual([
      '2026-11-23T08:00:00Z',
      '2026-11-30T08:00:00Z',
      '2026-11-26T08:00:00Z',
    ]);
    expect(state.textContent).toContain('A reminder goes out on');
    await namesArrive();
    expect(text(root, '.check-asked')).toBe('Asked: Sam Ortiz');
    expect(root.querySelector('form, button')).toBeNull();
    expect(root.querySelector('#satisfaction-history')).toBeNull();
  });

  it('says when a scheduled check will be asked, and to whom', async () => {
    stubPeople({ 'acc-sam': 'Sam Ortiz', 'acc-ann': 'Ann Berg', 'acc-lee': 'Lee Chan', 'acc-fin': 'Fin Olsen', 'acc-kim': 'Kim Wu' });
    const root = shown(issueSatisfaction({ current: check({ state: 'scheduled', askAt: '2026-11-23T12:00:00Z', askedAt: null, remindAt: null, expiresAt: null }) }));
    const state = root.querySelector<HTMLElement>('#satisfaction-state')!;

    expect(state.dataset.state).toBe('scheduled');
    await namesArrive();
    expect(state.textContent).toContain('Sam Ortiz will be asked on');
    expect(state.querySelectorAll('time')[1]!.getAttribute('datetime')).toBe('2026-11-23T12:00:00Z');

    document.body.replaceChildren();
    const yours = shown(issueSatisfaction({ current: check({ state: 'scheduled', you: askedViewer({ canAnswer: false }) }) }));
    expect(text(yours, '#satisfaction-state')).toContain('You will be asked on');
    expect(yours.querySelector('#satisfaction-form')).toBeNull();
  });

  it('says an expired check closed without an answer, and a reminder that went out', () => {
    const root = shown(issueSatisfaction({ current: check({ state: 'expired', remindedAt: '2026-11-26T08:00:00Z' }) }));
    expect(root.querySelector<HTMLElement>('#satisfaction-state')!.dataset.state).toBe('expired');
    expect(text(root, '#satisfaction-state')).toContain('without an answer');

    document.body.replaceChildren();
    const reminded = shown(issueSatisfaction({ current: check({ remindedAt: '2026-11-26T08:00:00Z' }) }));
    expect(text(reminded, '#satisfaction-state')).toContain('Reminded on');
  });

  it('says why no check is open: none yet, or the last one cancelled with its reason', () => {
    expect(text(shown(issueSatisfaction({ current: null })), '[data-empty=checks]')).toContain('No satisfaction check yet');
    document.body.replaceChildren();

    const cancelled = check({ state: 'cancelled', cancelReason: 'reopened' });
    const root = shown(issueSatisfaction({ current: null, history: [cancelled] }));
    expect(text(root, '[data-empty=checks]')).toBe('No check open: the last one was cancelled because the issue was reopened.');
    const item = root.querySelector<HTMLElement>('#satisfaction-history li')!;
    expect(item.dataset.state).toBe('cancelled');
    expect(item.textContent).toContain('Cancelled: the issue was reopened.');
  });

  it('says so when no expectations were agreed', () => {
    const root = shown(issueSatisfaction(), actions(), null);

    expect(text(root, '.yardstick')).toContain('No expectations agreed');
  });

  it('shows the answers read-only: rating, met and comment as text', async () => {
    stubPeople({ 'acc-sam': 'Sam Ortiz', 'acc-ann': 'Ann Berg', 'acc-lee': 'Lee Chan', 'acc-fin': 'Fin Olsen', 'acc-kim': 'Kim Wu' });
    const root = shown(issueSatisfaction({ current: answeredCheck({ answers: [answer({ rating: 2, met: 'partly', comment: 'Late, but right' })] }) }));
    const item = root.querySelector<HTMLElement>('#satisfaction-answers li')!;

    expect(root.querySelector<HTMLElement>('#satisfaction-state')!.dataset.state).toBe('answered');
    expect(item.dataset.account).toBe('acc-sam');
    await namesArrive();
    expect(text(item, '.answer__who')).toBe('Sam Ortiz');
    expect(text(item, '.answer__rating')).toBe('★★☆☆☆ Rating 2 of 5');
    expect(text(item, '.answer__met')).toBe('Met what good looks like: Partly');
    expect(text(item, '.answer__comment')).toBe('Late, but right');
    expect(root.querySelector('#satisfaction-edit, #satisfaction-form')).toBeNull();
  });

  it('counts the answers when several people were asked', () => {
    const root = shown(issueSatisfaction({ current: answeredCheck({ asked: ['acc-sam', 'acc-lee', 'acc-kim'] }) }));

    expect(text(root, '#satisfaction-state')).toContain('1 of the 3 people asked answered.');
  });

  it('lists the earlier checks with the superseded one marked, the current one not among them', () => {
    const current = check({ id: 'check-2', resolvedAt: '2026-11-23T08:00:00Z' });
    const earlier = answeredCheck({ id: 'check-1', resolvedAt: '2026-11-20T08:00:00Z', superseded: true });
    const expired = check({ id: 'check-0', state: 'expired', resolvedAt: '2026-11-01T08:00:00Z' });
    const root = shown(issueSatisfaction({ current, history: [current, earlier, expired] }));
    const items = root.querySelectorAll<HTMLElement>('#satisfaction-history > li');

    expect(Array.from(items, (li) => li.dataset.check)).toEqual(['check-1', 'check-0']);
    expect(items[0]!.querySelector('[data-superseded]')!.textContent).toBe('Superseded');
    expect(items[0]!.textContent).toContain('a newer check replaced this one');
    expect(items[0]!.querySelector('.answer__rating')!.textContent).toContain('4 of 5');
    expect(items[1]!.querySelector('[data-superseded]')).toBeNull();
    expect(items[1]!.textContent).toContain('without an answer');
  });

  it('renders comments, messages, account ids and expectations with markup as text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const current = answeredCheck({
      asked: [markup],
      answers: [answer({ accountId: markup, comment: markup })],
      clarity: { accountId: markup, rating: 2, comment: markup, ratedAt: '2026-11-23T09:00:00Z', correctableUntil: '2026-11-24T09:00:00Z' },
      thanks: [{ from: markup, to: [markup], message: markup, at: '2026-11-23T09:30:00Z' }],
    });
    const old = answeredCheck({ id: 'old', superseded: true, answers: [answer({ comment: markup })] });
    const root = shown(issueSatisfaction({ current, history: [current, old] }), actions(), markup);

    expect(root.querySelector('img')).toBeNull();
    expect(text(root, '#satisfaction-answers .answer__comment')).toBe(markup);
    expect(text(root, '.yardstick__text')).toBe(markup);
    expect(text(root, '.clarity__comment')).toBe(markup);
    expect(text(root, '.thanks__message')).toBe(markup);
    expect(text(root, '#satisfaction-history .answer__comment')).toBe(markup);
  });

  it('offers Ask now only when the server says the viewer may, and shows the opened check after it', async () => {
    expect(shown(issueSatisfaction({ current: null, history: [] })).querySelector('#ask-now')).toBeNull();
    document.body.replaceChildren();

    const opened = check({ id: 'asked-now', trigger: 'ask-now', resolvedAt: '2026-11-24T10:00:00Z' });
    const askNow = vi.fn().mockResolvedValue(issueSatisfaction({ current: opened, history: [opened] }));
    const root = shown(issueSatisfaction({ current: null, history: [], canAskNow: true }), actions({ askNow }));

    const button = root.querySelector<HTMLButtonElement>('#ask-now')!;
    expect(button.textContent).toBe('Ask now');
    button.click();
    await vi.waitFor(() => expect(text(root, '#satisfaction-status')).toBe('Asked: the check is open.'));
    expect(askNow).toHaveBeenCalledWith('10001');
    expect(root.querySelector<HTMLElement>('#satisfaction-state')!.dataset.state).toBe('awaiting');
    expect(root.querySelector('#ask-now')).toBeNull();
  });

  it('shows why Ask now was refused, and names an earlier asked-now check as such', async () => {
    const askNow = vi.fn().mockRejectedValue(new ApiError(409, 'A satisfaction check of this issue is still to be asked or awaits answers.'));
    const earlier = answeredCheck({ id: 'old', trigger: 'ask-now', resolvedAt: '2026-11-20T10:00:00Z' });
    const root = shown(issueSatisfaction({ current: null, history: [earlier], canAskNow: true }), actions({ askNow }));

    expect(root.querySelector('#ask-now-form')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('#ask-now')!.click();
    await vi.waitFor(() => expect(root.querySelector('#ask-now-form')!.textContent).toContain('still to be asked or awaits answers'));
    expect(root.querySelector<HTMLButtonElement>('#ask-now')!.disabled).toBe(false);
  });
});
