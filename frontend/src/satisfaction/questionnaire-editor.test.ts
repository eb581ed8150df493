import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { QuestionnaireInput } from '../api/types';
import { questionnaire } from '../testing/fixtures';
import { renderQuestionnaireEditor } from './questionnaire-editor';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const own = questionnaire({
  id: 'v-2',
  number: 2,
  scope: 'relationship',
  scale: '0-10',
  questions: [
    { id: 'channel', label: 'How did you reach us?', kind: 'choice', options: ['Email', 'Portal'], required: true },
    { id: 'again', label: 'Would you ask us again?', kind: 'yes-partly-no', options: [], required: false },
  ],
});

function shown(element: HTMLElement): HTMLElement {
  return document.body.appendChild(element);
}

describe('The questionnaire editor', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows where the questionnaire comes from and its questions, read-only to non-administrators', () => {
    const root = shown(renderQuestionnaireEditor(own, false, { save: vi.fn() }));
    expect(root.querySelector('[data-questionnaire-source]')!.textContent).toBe("This relationship's own questionnaire, version 2.");
    expect(root.querySelector('form')).toBeNull();
    expect(Array.from(root.querySelectorAll('[data-question]'), (q) => q.textContent)).toEqual([
      'How did you reach us? · one choice out of a list (Email, Portal) · Required',
      'Would you ask us again? · yes, partly or no · Optional',
    ]);
  });

  it('saves the scale and the questions as a new version, keeping the ids, options one a line', async () => {
    const save = vi.fn().mockResolvedValue({ ...own, number: 3 });
    const root = shown(renderQuestionnaireEditor(own, true, { save }, 'q'));
    expect(root.querySelector<HTMLInputElement>('#q-scale-0-10')!.checked).toBe(true);
    root.querySelector<HTMLInputElement>('#q-scale-1-5')!.click();
    root.querySelector<HTMLTextAreaElement>('[name="questions[0].options"]')!.value = 'Email\nPortal\n\nPhone';
    root.querySelector<HTMLButtonElement>('#q-add')!.click();
    const label = root.querySelector<HTMLInputElement>('[name="questions[2].label"]')!;
    expect(document.activeElement).toBe(label);
    label.value = 'What should we keep doing?';
    const kind = root.querySelector<HTMLSelectElement>('[name="questions[2].kind"]')!;
    kind.value = 'text';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLButtonElement>('#q-save')!.click();
    await flush();

    expect(save).toHaveBeenCalledWith({
      scale: '1-5',
      questions: [
        { id: 'channel', label: 'How did you reach us?', kind: 'choice', options: ['Email', 'Portal', 'Phone'], required: true },
        { id: 'again', label: 'Would you ask us again?', kind: 'yes-partly-no', options: null, required: false },
        { id: null, label: 'What should we keep doing?', kind: 'text', options: null, required: false },
      ],
    } satisfies QuestionnaireInput);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Saved as version 3. Checks opened from now on ask it.');
  });

  it('allows five questions at most, and removes one keeping the others in order', () => {
    const root = shown(renderQuestionnaireEditor(own, true, { save: vi.fn() }, 'q'));
    const add = root.querySelector<HTMLButtonElement>('#q-add')!;
    for (let i = 0; i < 3; i++) add.click();
    expect(root.querySelectorAll('[data-question-index]')).toHaveLength(5);
    expect(add.disabled).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-remove-question="0"]')!.click();
    expect(root.querySelectorAll('[data-question-index]')).toHaveLength(4);
    expect(root.querySelector<HTMLInputElement>('[name="questions[0].label"]')!.value).toBe('Would you ask us again?');
    expect(root.querySelector<HTMLButtonElement>('#q-add')!.disabled).toBe(false);
  });

  it('marks a mistake at its field as it is made, and before sending anything', async () => {
    const save = vi.fn();
    const root = shown(renderQuestionnaireEditor(own, true, { save }, 'q'));
    const options = root.querySelector<HTMLTextAreaElement>('[name="questions[0].options"]')!;
    options.value = 'Email\nEmail';
    options.dispatchEvent(new Event('change', { bubbles: true }));
    expect(options.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('.field__error')!.textContent).toBe('"Email" is given twice.');
    options.value = 'Email';
    options.dispatchEvent(new Event('change', { bubbles: true }));
    expect(root.querySelector('.field__error')!.textContent).toBe('A choice needs 2 to 10 options, one a line.');
    root.querySelector<HTMLButtonElement>('#q-save')!.click();
    await flush();
    expect(save).not.toHaveBeenCalled();
    options.value = 'Email\nPortal';
    options.dispatchEvent(new Event('change', { bubbles: true }));
    expect(options.hasAttribute('aria-invalid')).toBe(false);
  });

  it("shows the server's refusal at the field it names", async () => {
    const save = vi.fn().mockRejectedValue(new ApiError(400, 'questions[1].label: must be at most 200 characters', 'questions[1].label'));
    const root = shown(renderQuestionnaireEditor(own, true, { save }, 'q'));
    root.querySelector<HTMLButtonElement>('#q-save')!.click();
    await flush();
    await flush();
    expect(root.querySelector('[name="questions[1].label"]')!.getAttribute('aria-invalid')).toBe('true');
  });

  it("takes a relationship back to the site's questionnaire", async () => {
    const remove = vi.fn().mockResolvedValue(questionnaire({ id: 'v-site', number: 4, scope: 'site', inherited: true }));
    const root = shown(renderQuestionnaireEditor(own, true, { save: vi.fn(), remove }, 'q'));
    root.querySelector<HTMLButtonElement>('#q-remove')!.click();
    await flush();
    expect(remove).toHaveBeenCalled();
    expect(root.querySelector('[data-questionnaire-source]')!.textContent).toBe("The site's questionnaire, version 4: this relationship has none of its own.");
    expect(root.querySelector('#q-remove')).toBeNull();
    expect(root.querySelector('[role=status]')!.textContent).toBe("This relationship asks the site's questionnaire again.");
  });
});
