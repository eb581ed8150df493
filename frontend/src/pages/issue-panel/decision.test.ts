import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { RequestView } from '../../api/types';
import { decision, requestView } from '../../testing/fixtures';
import { type DecisionActions, renderDecision } from './decision';
import { namesArrive, stubPeople } from '../../testing/people';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function section(decide: DecisionActions['decide'], changed = vi.fn(), view: RequestView = requestView()): HTMLElement {
  return document.body.appendChild(renderDecision(view, { decide, onLayout: vi.fn() }, changed));
}

function openDecline(root: HTMLElement): HTMLFormElement {
  root.querySelector<HTMLButtonElement>('#decline')!.click();
  return root.querySelector<HTMLFormElement>('#decline-form')!;
}

function choose(root: HTMLElement, reason: string, note = ''): void {
  root.querySelector<HTMLSelectElement>('#decline-reason')!.value = reason;
  root.querySelector<HTMLTextAreaElement>('#decline-note')!.value = note;
}

const errorAt = (root: HTMLElement, id: string) => {
  const control = root.querySelector(`#${id}`)!;
  return control.getAttribute('aria-invalid') === 'true' ? control.nextElementSibling?.textContent : null;
};

describe('Decision', () => {
  afterEach(() => document.body.replaceChildren());

  it('opens the decline form with the view’s reasons, a note of at most 1,000 characters and a confirm button', () => {
    const root = section(vi.fn());
    expect(root.querySelector('#decline-form')).toBeNull();
    const form = openDecline(root);

    expect(root.querySelector('#decline')!.getAttribute('aria-expanded')).toBe('true');
    expect(Array.from(form.querySelectorAll('#decline-reason option'), (o) => o.textContent)).toEqual([
      'Choose a reason',
      'Not what we provide',
      'No capacity this period',
      'Specification incomplete',
      'Duplicate',
      'Done elsewhere',
      'Other',
    ]);
    expect(form.querySelector('#decline-note')!.getAttribute('maxlength')).toBe('1000');
    expect(form.querySelector('#decline-confirm')).not.toBeNull();
    expect(document.activeElement).toBe(form.querySelector('#decline-reason'));

    form.querySelector<HTMLButtonElement>('#decline-cancel')!.click();
    expect(root.querySelector('#decline-form')).toBeNull();
    expect(root.querySelector('#decline')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('requires a reason before asking the server', async () => {
    const decide = vi.fn();
    const root = section(decide);
    openDecline(root);
    root.querySelector<HTMLButtonElement>('#decline-confirm')!.click();
    await flush();

    expect(decide).not.toHaveBeenCalled();
    expect(errorAt(root, 'decline-reason')).toBe('Choose why you decline.');
    expect(document.activeElement).toBe(root.querySelector('#decline-reason'));
  });

  it('requires a note for the reason Other, and at most 1,000 characters of it', async () => {
    const decide = vi.fn();
    const root = section(decide);
    openDecline(root);
    choose(root, 'other', '   ');
    root.querySelector<HTMLButtonElement>('#decline-confirm')!.click();
    await flush();

    expect(decide).not.toHaveBeenCalled();
    expect(errorAt(root, 'decline-reason')).toBeNull();
    expect(errorAt(root, 'decline-note')).toBe('Say why in the note: the reason is “Other”.');

    choose(root, 'duplicate', 'x'.repeat(1001));
    root.querySelector<HTMLButtonElement>('#decline-confirm')!.click();
    await flush();
    expect(decide).not.toHaveBeenCalled();
    expect(errorAt(root, 'decline-note')).toContain('at most 1,000 characters');
  });

  it('sends a decline with its reason and note, and hands on the answer', async () => {
    const answer = requestView({ decision: decision({ outcome: 'declined', reason: 'other' }) });
    const decide = vi.fn().mockResolvedValue(answer);
    const changed = vi.fn();
    const root = section(decide, changed);
    openDecline(root);
    choose(root, 'other', ' Done by the vendor \n');
    root.querySelector<HTMLButtonElement>('#decline-confirm')!.click();
    await flush();

    expect(decide).toHaveBeenCalledWith({ outcome: 'declined', reason: 'other', note: 'Done by the vendor' });
    expect(changed).toHaveBeenCalledWith(answer, 'Declined: Other.');
  });

  it('sends no note when none was written', async () => {
    const decide = vi.fn().mockResolvedValue(requestView());
    const root = section(decide);
    openDecline(root);
    choose(root, 'no-capacity');
    root.querySelector<HTMLButtonElement>('#decline-confirm')!.click();
    await flush();

    expect(decide).toHaveBeenCalledWith({ outcome: 'declined', reason: 'no-capacity', note: null });
  });

  it('shows the server’s 400 at the field it names', async () => {
    const decide = vi.fn().mockRejectedValue(new ApiError(400, 'The note is too long.', 'note'));
    const changed = vi.fn();
    const root = section(decide, changed);
    openDecline(root);
    choose(root, 'duplicate', 'A note');
    root.querySelector<HTMLButtonElement>('#decline-confirm')!.click();
    await flush();

    expect(changed).not.toHaveBeenCalled();
    expect(errorAt(root, 'decline-note')).toBe('The note is too long.');
    expect(root.querySelector('#decline-form [role=alert]')!.textContent).toBe('The note is too long.');
    expect(root.querySelector<HTMLButtonElement>('#decline-confirm')!.disabled).toBe(false);
  });

  it('says clearly when the viewer may not decide (403) or Jira is down (503)', async () => {
    const decide = vi.fn().mockRejectedValueOnce(new ApiError(403, 'Forbidden')).mockRejectedValueOnce(new ApiError(503, 'Service Unavailable'));
    const root = section(decide);
    openDecline(root);
    choose(root, 'duplicate');
    root.querySelector<HTMLButtonElement>('#decline-confirm')!.click();
    await flush();
    expect(root.querySelector('#decline-form [role=alert]')!.textContent).toBe(
      'You may not decide on this request: only people of the providing department can. Nothing was saved.',
    );

    root.querySelector<HTMLButtonElement>('#accept')!.click();
    await flush();
    expect(root.querySelector('.decision__alert [role=alert]')!.textContent).toBe('Jira could not be reached just now. Nothing was saved. Try again in a moment.');
    expect(root.querySelector<HTMLButtonElement>('#accept')!.disabled).toBe(false);
  });

  it('lists every decision newest first: who, when, outcome, reason and note', async () => {
    stubPeople({ 'acc-sam': 'Sam Ortiz', 'acc-ann': 'Ann Berg', 'acc-lee': 'Lee Chan', 'acc-fin': 'Fin Olsen', 'acc-kim': 'Kim Wu' });
    const history = [
      decision({ outcome: 'declined', reason: 'other', reasonLabel: 'Other', note: 'Handled by the vendor', byAccountId: 'acc-lee', at: '2026-11-23T09:30:00Z' }),
      decision({ outcome: 'accepted', byAccountId: 'acc-fin', at: '2026-11-22T09:00:00Z' }),
    ];
    const root = section(vi.fn(), vi.fn(), requestView({ decision: history[0]!, history }));
    const items = root.querySelectorAll('#decision-history li');

    expect(items).toHaveLength(2);
    await namesArrive();
    expect(items[0]!.querySelector('.history__outcome')!.textContent).toBe('Declined');
    expect(items[0]!.querySelector('.history__who')!.textContent).toBe('by Lee Chan');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-23T09:30:00Z');
    expect(items[0]!.querySelector('.history__reason')!.textContent).toBe('Other');
    expect(items[0]!.querySelector('.history__note')!.textContent).toBe('Handled by the vendor');
    expect(items[1]!.querySelector('.history__outcome')!.textContent).toBe('Accepted');
    expect(items[1]!.querySelector('.history__reason, .history__note')).toBeNull();
  });

  it('once accepted, offers only Decline, and no longer as a choice between two primary actions', () => {
    const accepted = decision({ outcome: 'accepted' });
    const root = section(vi.fn(), vi.fn(), requestView({ decision: accepted, history: [accepted] }));

    expect(root.querySelector('#accept')).toBeNull();
    expect(root.querySelector('#decline')!.textContent).toBe('Decline');
    expect(root.querySelector('.button--primary')).toBeNull();
    expect(root.querySelector('.decision__hint')!.textContent).toContain('Decline it with a reason');
  });

  it('once declined, offers Accept and a change of reason, starting from the current reason and note', () => {
    const declined = decision({ outcome: 'declined', reason: 'duplicate', reasonLabel: 'Duplicate', note: 'Same as FIN-3' });
    const decide = vi.fn().mockResolvedValue(requestView());
    const root = section(decide, vi.fn(), requestView({ decision: declined, history: [declined] }));

    expect(root.querySelector('#accept')!.className).toBe('button');
    expect(root.querySelector('#decline')!.textContent).toBe('Change reason');
    const form = openDecline(root);
    expect(form.querySelector<HTMLSelectElement>('#decline-reason')!.value).toBe('duplicate');
    expect(form.querySelector<HTMLTextAreaElement>('#decline-note')!.value).toBe('Same as FIN-3');
  });

  it('offers Accept as the primary action while nothing is decided', () => {
    const root = section(vi.fn());

    expect(root.querySelector('#accept')!.className).toBe('button button--primary');
    expect(root.querySelector('#decline')!.textContent).toBe('Decline');
    expect(root.querySelector('.decision__hint')).toBeNull();
  });

  it('says when nothing was decided yet', () => {
    const root = section(vi.fn());

    expect(root.querySelector('#decision-history')).toBeNull();
    expect(root.textContent).toContain('No decision yet.');
  });
});
