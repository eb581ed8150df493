import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { IssueSatisfactionView } from '../../api/types';
import { answer, answeredCheck, askedViewer, issueSatisfaction } from '../../testing/fixtures';
import { createSatisfactionSection } from './satisfaction';
import { namesArrive, stubPeople } from '../../testing/people';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function shown(view: IssueSatisfactionView, thank = vi.fn()): HTMLElement {
  const section = createSatisfactionSection({ answer: vi.fn(), rateClarity: vi.fn(), thank, askNow: vi.fn(), onLayout: vi.fn() });
  section.show(view);
  return document.body.appendChild(section.element);
}

/** The viewer answered 5, met, and may thank. */
function grateful(): IssueSatisfactionView {
  const yours = answer({ rating: 5 });
  return issueSatisfaction({ current: answeredCheck({ answers: [yours], you: askedViewer({ answer: yours, canThank: true }) }) });
}

function thanked(message = ''): IssueSatisfactionView {
  const yours = answer({ rating: 5 });
  return issueSatisfaction({
    current: answeredCheck({
      answers: [yours],
      thanks: [{ from: 'acc-sam', to: ['acc-ann'], message, at: '2026-11-23T09:30:00Z' }],
      you: askedViewer({ answer: yours, thanked: true }),
    }),
  });
}

describe('Thanking the people who did the work', () => {
  afterEach(() => document.body.replaceChildren());

  it('thanks in one click with an empty message, then shows Thanked', async () => {
    stubPeople({ 'acc-sam': 'Sam Ortiz', 'acc-ann': 'Ann Berg', 'acc-lee': 'Lee Chan', 'acc-fin': 'Fin Olsen', 'acc-kim': 'Kim Wu' });
    const thank = vi.fn().mockResolvedValue(thanked());
    const root = shown(grateful(), thank);
    const button = root.querySelector<HTMLButtonElement>('#thank')!;
    expect(button.textContent).toBe('Thank the people who did the work');
    expect(root.querySelector('#thank-message')!.getAttribute('maxlength')).toBe('500');

    button.click();
    expect(button.disabled).toBe(true);
    await flush();

    expect(thank).toHaveBeenCalledWith('check-1', { message: '' });
    expect(root.querySelector('#thank')).toBeNull();
    expect(root.querySelector('#thanked')!.textContent).toContain('Thanked');
    await namesArrive();
    expect(root.querySelector('.thanks__who')!.textContent).toBe('Sam Ortiz thanked Ann Berg');
    expect(root.querySelector('.thanks__who')!.textContent).not.toContain('acc-');
    expect(root.querySelector('#satisfaction-status')!.textContent).toBe('Thanked: the people who did the work will hear it.');
  });

  it('sends the optional message', async () => {
    const thank = vi.fn().mockResolvedValue(thanked('You saved the quarter'));
    const root = shown(grateful(), thank);
    root.querySelector<HTMLInputElement>('#thank-message')!.value = ' You saved the quarter ';
    root.querySelector<HTMLButtonElement>('#thank')!.click();
    await flush();

    expect(thank).toHaveBeenCalledWith('check-1', { message: 'You saved the quarter' });
    expect(root.querySelector('.thanks__message')!.textContent).toBe('You saved the quarter');
  });

  it('says so when they thanked already (409) or may not thank (403)', async () => {
    const thank = vi.fn().mockRejectedValueOnce(new ApiError(409, 'Conflict')).mockRejectedValueOnce(new ApiError(403, 'Forbidden'));
    const root = shown(grateful(), thank);
    root.querySelector<HTMLButtonElement>('#thank')!.click();
    await flush();
    expect(root.querySelector('#thank-form [role=alert]')!.textContent).toBe('You have thanked them already.');
    expect(root.querySelector<HTMLButtonElement>('#thank')!.disabled).toBe(false);

    root.querySelector<HTMLButtonElement>('#thank')!.click();
    await flush();
    expect(root.querySelector('#thank-form [role=alert]')!.textContent).toContain('Only someone who rated the work 4 or 5');
  });

  it('offers no thank button to anyone else, but lists the thanks given, as text', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const view = thanked(markup);
    view.current!.you = askedViewer({ canAnswer: false });
    const root = shown(view);

    expect(root.querySelector('#thank, #thanked')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.thanks__message')!.textContent).toBe(markup);
  });
});
