// The answer form of a check whose relationship has its own questionnaire: 0 to 10 and extra questions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answer, answeredCheck, askedViewer, check, issueSatisfaction, questionnaire } from '../../testing/fixtures';
import { createSatisfactionSection, type SatisfactionActions } from './satisfaction';
import type { IssueSatisfactionView } from '../../api/types';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const custom = questionnaire({
  id: 'v-1',
  number: 1,
  scope: 'relationship',
  scale: '0-10',
  questions: [
    { id: 'channel', label: 'How did you reach us?', kind: 'choice', options: ['Email', 'Portal'], required: true },
    { id: 'again', label: 'Would you ask us again?', kind: 'yes-partly-no', options: [], required: false },
    { id: 'speed', label: 'How fast was it?', kind: 'rating', options: [], required: false },
    { id: 'keep', label: 'What should we keep doing?', kind: 'text', options: [], required: false },
  ],
});

function actions(overrides: Partial<SatisfactionActions> = {}): SatisfactionActions {
  return { answer: vi.fn().mockResolvedValue(issueSatisfaction()), rateClarity: vi.fn(), thank: vi.fn(), askNow: vi.fn(), onLayout: vi.fn(), ...overrides };
}

function shown(view: IssueSatisfactionView, given = actions()): HTMLElement {
  const section = createSatisfactionSection(given);
  section.show(view);
  return document.body.appendChild(section.element);
}

describe("Answering a check with its relationship's questionnaire", () => {
  afterEach(() => document.body.replaceChildren());

  it('offers 0 to 10 and every extra question, the required one marked', () => {
    const root = shown(issueSatisfaction({ current: check({ you: askedViewer(), questionnaire: custom }) }));
    const form = root.querySelector<HTMLFormElement>('#satisfaction-form')!;
    expect(Array.from(form.querySelectorAll<HTMLInputElement>('input[name=rating]'), (r) => r.value)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(form.querySelector('#rating-hint')!.textContent).toBe('0 very dissatisfied · 10 very satisfied');
    expect(form.querySelector('#question-0-legend')!.textContent).toBe('How did you reach us? (required)');
    expect(Array.from(form.querySelectorAll<HTMLInputElement>('input[name="answers.channel"]'), (r) => r.value)).toEqual(['Email', 'Portal']);
    expect(form.querySelector('#question-1-legend')!.textContent).toBe('Would you ask us again? (optional)');
    expect(form.querySelectorAll('input[name="answers.speed"]')).toHaveLength(5);
    expect(form.querySelector<HTMLTextAreaElement>('textarea[name="answers.keep"]')!.maxLength).toBe(500);
  });

  it('refuses to send without the required answer, then sends the extra answers by question id', async () => {
    const given = actions();
    const root = shown(issueSatisfaction({ current: check({ you: askedViewer(), questionnaire: custom }) }), given);
    root.querySelector<HTMLInputElement>('#rating-9')!.click();
    root.querySelector<HTMLInputElement>('#met-yes')!.click();
    root.querySelector<HTMLButtonElement>('#satisfaction-submit')!.click();
    await flush();
    expect(given.answer).not.toHaveBeenCalled();
    expect(root.querySelector('#question-0-group')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#satisfaction-form [role=alert]')!.textContent).toBe('Answer "How did you reach us?": it is required.');

    root.querySelector<HTMLInputElement>('#question-0-1')!.click();
    root.querySelector<HTMLInputElement>('#question-1-partly')!.click();
    root.querySelector<HTMLTextAreaElement>('textarea[name="answers.keep"]')!.value = ' The portal ';
    root.querySelector<HTMLButtonElement>('#satisfaction-submit')!.click();
    await flush();
    expect(given.answer).toHaveBeenCalledWith('check-1', { rating: 9, met: 'yes', comment: '', answers: { channel: 'Portal', again: 'partly', keep: 'The portal' } });
  });

  it('shows an answer on 0 to 10 without stars, with its extra answers under their questions', () => {
    const given = answer({ rating: 9, scale: '0-10', answers: { channel: 'Email', again: 'no', speed: '4' } });
    const root = shown(issueSatisfaction({ current: answeredCheck({ answers: [given], questionnaire: custom }) }));
    const item = root.querySelector('#satisfaction-answers .answer')!;
    expect(item.querySelector('.answer__rating')!.textContent).toBe('Rating 9 of 10');
    expect(item.querySelector('.stars')).toBeNull();
    expect(Array.from(item.querySelectorAll('.answer__extra dt, .answer__extra dd'), (e) => e.textContent)).toEqual([
      'How did you reach us?',
      'Email',
      'Would you ask us again?',
      'No',
      'How fast was it?',
      '4 of 5',
    ]);
  });
});
