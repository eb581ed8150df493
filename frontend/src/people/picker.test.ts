import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { useLocale } from '../i18n';
import { stubPeople } from '../testing/people';
import { type Choice, type PickerSearch, SEARCH_DELAY_MS, picker } from './picker';

const ann: Choice = { id: 'acc-ann', label: 'Ann Lee', avatarUrl: 'https://avatars.example/ann.png' };
const bob: Choice = { id: 'acc-bob', label: 'Bob Roy', avatarUrl: null };

function searching(found: Choice[] = [ann, bob]) {
  return vi.fn<PickerSearch>().mockResolvedValue(found);
}

function press(input: HTMLInputElement, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  input.dispatchEvent(event);
  return event;
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
}

const chipNames = (element: HTMLElement) => Array.from(element.querySelectorAll('.picker__chip-label'), (c) => c.textContent);

describe('the picker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(async () => {
    vi.useRealTimers();
    await useLocale('en-US');
  });

  it('is a combobox that controls a listbox and is labelled', () => {
    const { element, input } = picker({ kind: 'user', name: 'leadAccountId', label: 'Lead', search: searching() });
    document.body.append(element);

    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const list = document.getElementById(input.getAttribute('aria-controls')!)!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.hidden).toBe(true);
    expect(element.querySelector(`label[for="${input.id}"]`)!.textContent).toBe('Lead');
    expect(element.querySelector('[role=status][aria-live=polite]')).not.toBeNull();
  });

  it('searches once the typing pauses, moves with the arrows, chooses with Enter and holds the id', async () => {
    const search = searching();
    const onChange = vi.fn();
    const { element, input, value } = picker({ kind: 'user', name: 'owner', label: 'Owner', search, onChange });
    document.body.append(element);
    input.focus();
    input.value = 'a';
    input.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(100);
    await type(input, 'an');

    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('an');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = Array.from(element.querySelectorAll<HTMLElement>('[role=option]'));
    expect(options.map((o) => o.textContent)).toEqual(['Ann Lee', 'Bob Roy']);
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false']);
    expect(element.querySelector('[role=status]')!.textContent).toBe('2 results available. Use the arrow keys to move, Enter to choose.');

    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    press(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    expect(options[1]!.getAttribute('aria-selected')).toBe('false');

    const enter = press(input, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(value()).toEqual(['acc-ann']);
    expect(chipNames(element)).toEqual(['Ann Lee']);
    expect(element.querySelector('.picker__chip img')!.getAttribute('alt')).toBe('');
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(onChange).toHaveBeenCalledWith([ann]);
  });

  it('closes with Escape, and lets Enter submit the form while closed', async () => {
    const { element, input } = picker({ kind: 'group', name: 'groups', label: 'Groups', search: searching([{ id: 'sales', label: 'sales', avatarUrl: null }]) });
    document.body.append(element);
    await type(input, 'sa');
    expect(input.getAttribute('aria-expanded')).toBe('true');

    expect(press(input, 'Escape').defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(press(input, 'Enter').defaultPrevented).toBe(false);
  });

  it('takes several choices as chips, each with a labelled remove button, and Backspace removes the last', async () => {
    const { element, input, value } = picker({ kind: 'user', name: 'toAccountIds', label: 'People', multiple: true, search: searching() });
    document.body.append(element);
    await type(input, 'a');
    press(input, 'ArrowDown');
    press(input, 'Enter');
    await type(input, 'b');
    expect(Array.from(element.querySelectorAll('[role=option]'), (o) => o.textContent)).toEqual(['Bob Roy']); // chosen ones are not offered again
    press(input, 'ArrowDown');
    press(input, 'Enter');

    expect(value()).toEqual(['acc-ann', 'acc-bob']);
    const removes = Array.from(element.querySelectorAll('.picker__chip button'), (b) => b.getAttribute('aria-label'));
    expect(removes).toEqual(['Remove Ann Lee', 'Remove Bob Roy']);

    element.querySelector<HTMLButtonElement>('[aria-label="Remove Ann Lee"]')!.click();
    expect(value()).toEqual(['acc-bob']);
    expect(document.activeElement).toBe(input);
    expect(element.querySelector('[role=status]')!.textContent).toBe('Ann Lee removed.');

    expect(press(input, 'Backspace').defaultPrevented).toBe(true);
    expect(value()).toEqual([]);
  });

  it('chooses a result clicked with the mouse, keeping the focus in the input', async () => {
    const { element, input, value } = picker({ kind: 'project', name: 'projects', label: 'Projects', multiple: true, search: searching([{ id: 'MKT', label: 'Marketing (MKT)', avatarUrl: null }]) });
    document.body.append(element);
    await type(input, 'mar');
    const option = element.querySelector<HTMLElement>('[role=option]')!;
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    option.dispatchEvent(down);
    option.click();

    expect(down.defaultPrevented).toBe(true);
    expect(value()).toEqual(['MKT']);
    expect(chipNames(element)).toEqual(['Marketing (MKT)']);
  });

  it('replaces the one choice of a single picker', async () => {
    const { element, input, value } = picker({ kind: 'user', name: 'owner', label: 'Owner', search: searching() });
    document.body.append(element);
    await type(input, 'a');
    press(input, 'ArrowDown');
    press(input, 'Enter');
    await type(input, 'b');
    press(input, 'ArrowDown');
    press(input, 'Enter');

    expect(value()).toEqual(['acc-bob']);
    expect(chipNames(element)).toEqual(['Bob Roy']);
  });

  it('names the people it was given as ids, never showing the ids', async () => {
    stubPeople({ 'acc-mia': 'Mia Park', 'acc-gone': null });
    const { element, value } = picker({ kind: 'user', name: 'owner', label: 'Owners', multiple: true, value: ['acc-mia', 'acc-gone'], search: searching() });
    await vi.advanceTimersByTimeAsync(1);

    expect(value()).toEqual(['acc-mia', 'acc-gone']);
    expect(chipNames(element)).toEqual(['Mia Park', 'Former user']);
    expect(element.textContent).not.toContain('acc-');
  });

  it('says in words when the search failed, and refuses more than the most it takes', async () => {
    const search = vi.fn<PickerSearch>().mockRejectedValueOnce(new ApiError(503, 'Jira did not answer.')).mockResolvedValue([ann, bob]);
    const { element, input, value } = picker({ kind: 'user', name: 'people', label: 'People', multiple: true, max: 1, search });
    document.body.append(element);
    await type(input, 'a');
    expect(element.querySelector('.picker__error')!.textContent).toBe('The search did not work: Jira did not answer.');

    await type(input, 'an');
    expect(element.querySelector('.picker__error')).toBeNull();
    press(input, 'ArrowDown');
    press(input, 'Enter');
    await type(input, 'b');
    press(input, 'ArrowDown');
    press(input, 'Enter');
    expect(value()).toEqual(['acc-ann']);
    expect(element.querySelector('.picker__error')!.textContent).toBe('You can choose at most 1.');
  });

  it('speaks German', async () => {
    await useLocale('de-DE');
    const { element, input } = picker({ kind: 'user', name: 'p', label: 'Personen', multiple: true, search: searching([ann]) });
    document.body.append(element);
    await type(input, 'a');
    expect(element.querySelector('[role=status]')!.textContent).toBe('1 Ergebnis verfügbar. Mit den Pfeiltasten wechseln, mit der Eingabetaste auswählen.');
    press(input, 'ArrowDown');
    press(input, 'Enter');
    expect(element.querySelector('.picker__chip button')!.getAttribute('aria-label')).toBe('Ann Lee entfernen');
    expect(input.placeholder).toBe('Personen nach Namen suchen');
  });

  it('asks a component search for the chosen project, and says to choose one first', async () => {
    let project: string | null = null;
    const { element, input } = picker({ kind: 'component', name: 'components', label: 'Components', multiple: true, project: () => project });
    document.body.append(element);
    await type(input, 'web');
    expect(element.querySelector('.picker__error')!.textContent).toBe('Choose the project first.');

    project = 'SALES';
    window.AP = { context: { getToken: (callback) => callback('token') } };
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify({ results: [{ id: '10042', label: 'Web', avatarUrl: null }] }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await type(input, 'we');
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/pickers/components?project=SALES&query=we');
    press(input, 'ArrowDown');
    press(input, 'Enter');
    expect(chipNames(element)).toEqual(['SALES · Web']);
  });
});
