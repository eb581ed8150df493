import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { IssueSatisfactionView } from '../../api/types';
import { answer, answeredCheck, askedViewer, check, issueSatisfaction } from '../../testing/fixtures';
import { createSatisfactionSection, type SatisfactionActions } from './satisfaction';
import { namesArrive, stubPeople } from '../../testing/people';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function actions(overrides: Partial<SatisfactionActions> = {}): SatisfactionActions {
  return {
    answer: vi.fn().mockResolvedValue(issueSatisfaction()),
    rateClarity: vi.fn(),
    thank: vi.fn(),
    askNow: vi.fn(),
    onLayout: vi.fn(),
    ...overrides,
  };
}

function shown(view: IssueSatisfactionView, given = actions()): HTMLElement {
  const section = createSatisfactionSection(given);
  section.show(view);
  return document.body.appendChild(section.element);
}

/** The current check awaiting the viewer's answer. */
const asked = () => issueSatisfaction({ current: check({ you: askedViewer() }) });

/** The viewer answered an hour ago and may still change it. */
function answeredByYou(): IssueSatisfactionView {
  const yours = answer({ rating: 3, met: 'partly', comment: 'Two days late' });
  return issueSatisfaction({ current: answeredCheck({ answers: [yours], you: askedViewer({ answer: yours }) }) });
}

function rate(root: HTMLElement, rating: number | null, met: string | null, comment = ''): void {
  if (rating !== null) root.querySelector<HTMLInputElement>(`#rating-${rating}`)!.click();
  if (met !== null) root.querySelector<HTMLInputElement>(`#met-${met}`)!.click();
  root.querySelector<HTMLTextAreaElement>('#satisfaction-comment')!.value = comment;
}

const submit = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('#satisfaction-submit')!.click();
const alertOf = (root: HTMLElement) => root.querySelector('#satisfaction-form [role=alert]')?.textContent ?? null;

describe('Answering a satisfaction check', () => {
  afterEach(() => document.body.replaceChildren());

  it('offers the person asked a 1–5 scale, met yes/partly/no and a comment of at most 2000 characters', () => {
    const root = shown(asked());
    const form = root.querySelector<HTMLFormElement>('#satisfaction-form')!;

    const ratings = Array.from(form.querySelectorAll<HTMLInputElement>('input[name=rating]'));
    expect(ratings.map((r) => [r.id, r.type, r.value, r.checked])).toEqual([1, 2, 3, 4, 5].map((n) => [`rating-${n}`, 'radio', String(n), false]));
    expect(form.querySelector('label[for=rating-1]')!.textContent).toBe('1 very dissatisfied');
    expect(form.querySelector('#rating-group')!.getAttribute('role')).toBe('radiogroup');
    expect(form.querySelector('#rating-legend')!.textContent).toBe('How satisfied are you with the work?');
    expect(Array.from(form.querySelectorAll<HTMLInputElement>('input[name=met]'), (m) => m.id)).toEqual(['met-yes', 'met-partly', 'met-no']);
    expect(form.querySelector('#satisfaction-comment')!.getAttribute('maxlength')).toBe('2000');
    expect(form.querySelector('.field__count')!.textContent).toBe('0 of 2,000 characters');
    expect(form.querySelector('#satisfaction-submit')!.textContent).toBe('Send rating');
    expect(form.querySelector('#satisfaction-cancel')).toBeNull();
  });

  it('counts the comment’s characters as they are typed', () => {
    const root = shown(asked());
    const comment = root.querySelector<HTMLTextAreaElement>('#satisfaction-comment')!;
    comment.value = 'Quick and right';
    comment.dispatchEvent(new Event('input'));

    expect(root.querySelector('.field__count')!.textContent).toBe('15 of 2,000 characters');
  });

  it('sends exactly the contract’s body, disables the button while saving, and shows the answer with until when it can change', async () => {
    let resolve: (view: IssueSatisfactionView) => void = () => undefined;
    const answerCheck = vi.fn().mockReturnValue(new Promise((r) => (resolve = r)));
    const given = actions({ answer: answerCheck });
    const root = shown(asked(), given);
    rate(root, 4, 'partly', '  A day late \n');
    submit(root);

    expect(answerCheck).toHaveBeenCalledWith('check-1', { rating: 4, met: 'partly', comment: 'A day late' });
    expect(root.querySelector<HTMLButtonElement>('#satisfaction-submit')!.disabled).toBe(true);

    const yours = answer({ rating: 4, met: 'partly', comment: 'A day late' });
    stubPeople({ 'acc-sam': 'Sam Ortiz', 'acc-ann': 'Ann Berg', 'acc-lee': 'Lee Chan', 'acc-fin': 'Fin Olsen', 'acc-kim': 'Kim Wu' });
    resolve(issueSatisfaction({ current: answeredCheck({ answers: [yours], you: askedViewer({ answer: yours }) }) }));
    await flush();

    expect(root.querySelector('#satisfaction-form')).toBeNull();
    expect(root.querySelector('#satisfaction-status')!.textContent).toBe('Thank you: your answer is saved.');
    expect(document.activeElement).toBe(root.querySelector('#satisfaction-status'));
    await namesArrive();
    expect(root.querySelector('#satisfaction-answers .answer__who')!.textContent).toBe('Sam Ortiz (you)');
    const until = root.querySelector('#satisfaction-correctable')!;
    expect(until.textContent).toMatch(/^You can change it until .+\.$/);
    expect(until.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-24T09:00:00Z');
    expect(root.querySelector('#satisfaction-edit')).not.toBeNull();
    expect(given.onLayout).toHaveBeenCalled();
  });

  it('sends an empty comment as ""', async () => {
    const answerCheck = vi.fn().mockResolvedValue(asked());
    const root = shown(asked(), actions({ answer: answerCheck }));
    rate(root, 5, 'yes');
    submit(root);
    await flush();

    expect(answerCheck).toHaveBeenCalledWith('check-1', { rating: 5, met: 'yes', comment: '' });
  });

  it('asks for a rating and for met before asking the server, at the group', async () => {
    const answerCheck = vi.fn();
    const root = shown(asked(), actions({ answer: answerCheck }));
    submit(root);
    await flush();

    expect(answerCheck).not.toHaveBeenCalled();
    const group = root.querySelector('#rating-group')!;
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(group.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toBe('Choose a rating from 1 to 5.');
    expect(document.activeElement).toBe(root.querySelector('#rating-1'));

    rate(root, 3, null);
    submit(root);
    await flush();
    expect(root.querySelector('#rating-group')!.hasAttribute('aria-invalid')).toBe(false);
    expect(root.querySelector('#met-group')!.getAttribute('aria-invalid')).toBe('true');
    expect(alertOf(root)).toBe('Say whether it met what good looks like: yes, partly or no.');
  });

  it('shows the server’s 400 at the field it names', async () => {
    const answerCheck = vi.fn().mockRejectedValue(new ApiError(400, 'The comment is too long.', 'comment'));
    const root = shown(asked(), actions({ answer: answerCheck }));
    rate(root, 2, 'no', 'x');
    submit(root);
    await flush();

    const comment = root.querySelector('#satisfaction-comment')!;
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(comment.nextElementSibling!.textContent).toBe('The comment is too long.');
    expect(alertOf(root)).toBe('The comment is too long.');
    expect(root.querySelector<HTMLButtonElement>('#satisfaction-submit')!.disabled).toBe(false);
  });

  it('says clearly when the viewer was not asked (403) or the check closed (409), keeping what they wrote', async () => {
    const answerCheck = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(403, 'Forbidden'))
      .mockRejectedValueOnce(new ApiError(409, 'Conflict'))
      .mockRejectedValueOnce(new ApiError(503, 'Service Unavailable'));
    const root = shown(asked(), actions({ answer: answerCheck }));
    rate(root, 5, 'yes', 'Great');
    submit(root);
    await flush();
    expect(alertOf(root)).toBe('Only the people asked can rate this request. Nothing was saved.');

    submit(root);
    await flush();
    expect(alertOf(root)).toContain('This check takes no answer any more: it has closed, or the 24 hours to change your answer are over. Nothing was saved.');

    submit(root);
    await flush();
    expect(alertOf(root)).toBe('Jira could not be reached just now. Nothing was saved. Try again in a moment.');
    expect(root.querySelector<HTMLInputElement>('#rating-5')!.checked).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('#satisfaction-comment')!.value).toBe('Great');
  });

  it('opens the form again from the given answer to change it within 24 hours, and closes it on Cancel', async () => {
    const answerCheck = vi.fn().mockResolvedValue(answeredByYou());
    const root = shown(answeredByYou(), actions({ answer: answerCheck }));
    expect(root.querySelector('#satisfaction-form')).toBeNull();

    root.querySelector<HTMLButtonElement>('#satisfaction-edit')!.click();
    expect(root.querySelector<HTMLInputElement>('#rating-3')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#met-partly')!.checked).toBe(true);
    expect(root.querySelector<HTMLTextAreaElement>('#satisfaction-comment')!.value).toBe('Two days late');
    expect(root.querySelector('#satisfaction-submit')!.textContent).toBe('Save changes');
    expect(document.activeElement).toBe(root.querySelector('#rating-3'));

    root.querySelector<HTMLButtonElement>('#satisfaction-cancel')!.click();
    expect(root.querySelector('#satisfaction-form')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('#satisfaction-edit'));

    root.querySelector<HTMLButtonElement>('#satisfaction-edit')!.click();
    root.querySelector<HTMLInputElement>('#rating-4')!.click();
    submit(root);
    await flush();
    expect(answerCheck).toHaveBeenCalledWith('check-1', { rating: 4, met: 'partly', comment: 'Two days late' });
    expect(root.querySelector('#satisfaction-status')!.textContent).toBe('Your answer is changed.');
  });

  it('offers no change once the 24 hours are over', async () => {
    stubPeople({ 'acc-sam': 'Sam Ortiz', 'acc-ann': 'Ann Berg', 'acc-lee': 'Lee Chan', 'acc-fin': 'Fin Olsen', 'acc-kim': 'Kim Wu' });
    const yours = answer();
    const root = shown(issueSatisfaction({ current: answeredCheck({ answers: [yours], you: askedViewer({ canAnswer: false, answer: yours }) }) }));

    expect(root.querySelector('#satisfaction-edit, #satisfaction-form, #satisfaction-correctable')).toBeNull();
    await namesArrive();
    expect(root.querySelector('#satisfaction-answers .answer__who')!.textContent).toBe('Sam Ortiz (you)');
  });
});
