// A picker: an accessible combobox (the WAI-ARIA 1.2 combobox pattern with a listbox popup) that searches Jira's
// users, groups, projects or a project's components as the reader types, and holds the ids of what was chosen
// (the API takes ids), shown as chips with names and avatars. Keyboard: type to search, Down/Up to move, Enter
// to choose, Escape to close, Backspace in the empty input to remove the last chip. A polite live region says
// how many results there are. The chips stay when a form is refused: the picker is never rebuilt by a save.
import './people.css';
import { api } from '../api/client';
import type { PickerResult } from '../api/types';
import { el } from '../dom';
import { type MessageKey, t } from '../i18n';
import { avatar, nameOf } from './person';
import { people } from './resolver';

export type PickerKind = 'user' | 'group' | 'project' | 'component';

/** Something chosen or offered: a user's account id, a group's name, a project's key or a component's id. */
export interface Choice extends PickerResult {
  /** A component's project key. */
  project?: string;
}

export type PickerSearch = (query: string) => Promise<Choice[]>;

export interface PickerOptions {
  kind: PickerKind;
  /** The request property it fills: a 400 naming it marks this picker's input. */
  name: string;
  label: string;
  id?: string;
  hint?: string;
  multiple?: boolean;
  /** The most choices a multiple picker takes. */
  max?: number;
  /** What is chosen already: ids (names are looked up) or whole choices. */
  value?: (string | Choice)[];
  /** A component picker's project: the project key chosen elsewhere in the form, or null when none is. */
  project?: () => string | null;
  /** How to search; by default the app's picker endpoint of the kind. */
  search?: PickerSearch;
  onChange?: (chosen: Choice[]) => void;
}

export interface Picker {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The chosen ids, in the order chosen. */
  value(): string[];
  chosen(): Choice[];
  clear(): void;
}

export const SEARCH_DELAY_MS = 250;

let nextId = 0;

/** A search the picker cannot make yet (a component picker without its project): its message is shown as it is. */
class NotYet extends Error {}

const PLACEHOLDERS = {
  user: 'picker.user.placeholder',
  group: 'picker.group.placeholder',
  project: 'picker.project.placeholder',
  component: 'picker.component.placeholder',
} as const satisfies Record<PickerKind, MessageKey>;

function defaultSearch(kind: PickerKind, project: () => string | null): PickerSearch {
  const results = (answer: { results: PickerResult[] }) => answer.results;
  switch (kind) {
    case 'user':
      return (query) => api.pickUsers(query).then(results);
    case 'group':
      return (query) => api.pickGroups(query).then(results);
    case 'project':
      return (query) => api.pickProjects(query).then(results);
    case 'component':
      return async (query) => {
        const key = project();
        if (!key) throw new NotYet(t('picker.component.no-project'));
        return (await api.pickComponents(key, query)).results.map((result) => ({ ...result, project: key }));
      };
  }
}

/** What a choice given as an id looks like before its name is known: a group's name is its id. */
function choiceOf(value: string | Choice, kind: PickerKind, project: string | null): Choice {
  if (typeof value !== 'string') return value;
  const label = kind === 'user' ? t('common.loading') : value;
  return { id: value, label, avatarUrl: null, ...(kind === 'component' && project ? { project } : {}) };
}

export function picker(options: PickerOptions): Picker {
  const uid = ++nextId;
  const inputId = options.id ?? `picker-${uid}`;
  const listId = `${inputId}-list`;
  const labelId = `${inputId}-label`;
  const project = options.project ?? (() => null);
  const search = options.search ?? defaultSearch(options.kind, project);
  const multiple = options.multiple ?? false;
  let chosen: Choice[] = (options.value ?? []).map((v) => choiceOf(v, options.kind, project()));
  let results: Choice[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const input = el('input', {
    type: 'text',
    id: inputId,
    name: options.name,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    class: 'picker__input',
    placeholder: t(PLACEHOLDERS[options.kind]),
  });
  const list = el('ul', { id: listId, role: 'listbox', class: 'picker__list', 'aria-labelledby': labelId, hidden: '' });
  const chips = el('ul', { class: 'picker__chips', 'aria-label': t('picker.chosen', { label: options.label }) });
  const message = el('div', { class: 'picker__message' });
  const live = el('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const hint = options.hint ? el('span', { class: 'field__hint', id: `${inputId}-hint` }, options.hint) : null;
  if (hint) input.setAttribute('aria-describedby', hint.id);

  const announce = (text: string) => {
    live.textContent = text;
  };
  const changed = () => options.onChange?.(chosen.slice());

  function chip(choice: Choice): HTMLElement {
    const remove = el('button', { type: 'button', class: 'picker__remove', 'aria-label': t('picker.remove', { name: choice.label }) }, el('span', { 'aria-hidden': 'true' }, '×'));
    remove.addEventListener('click', () => {
      unchoose(choice.id);
      input.focus();
    });
    const shown = options.kind === 'group' ? null : avatar(choice.avatarUrl);
    const label = choice.project && options.kind === 'component' ? `${choice.project} · ${choice.label}` : choice.label;
    return el('li', { class: 'picker__chip' }, shown, el('span', { class: 'picker__chip-label' }, label), remove);
  }

  function renderChips(): void {
    chips.replaceChildren(...chosen.map(chip));
    chips.hidden = chosen.length === 0;
  }

  function close(): void {
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    list.hidden = true;
    active = -1;
  }

  function activate(index: number): void {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      option.classList.toggle('picker__option--active', i === index);
      if (i === index) option.scrollIntoView?.({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function open(found: Choice[]): void {
    results = found.filter((r) => !chosen.some((c) => c.id === r.id));
    list.replaceChildren(
      ...results.map((result, index) => {
        const option = el(
          'li',
          { id: `${listId}-${index}`, role: 'option', 'aria-selected': 'false', class: 'picker__option' },
          options.kind === 'group' || options.kind === 'component' ? null : avatar(result.avatarUrl),
          el('span', {}, result.label),
        );
        // keeps the focus in the input, where the keyboard works
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => choose(result));
        return option;
      }),
    );
    message.replaceChildren(results.length === 0 ? el('p', { class: 'muted picker__none' }, t('picker.no-results')) : '');
    announce(results.length === 0 ? t('picker.no-results') : t('picker.results', { count: results.length }));
    if (results.length === 0) {
      close();
      return;
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    activate(-1);
  }

  function fail(error: unknown): void {
    close();
    const reason = error instanceof Error ? error.message : String(error);
    const text = error instanceof NotYet ? reason : t('picker.search-failed', { reason });
    message.replaceChildren(el('p', { class: 'picker__error', role: 'alert' }, text));
  }

  function ask(query: string, then?: () => void): void {
    const mine = ++asked;
    input.setAttribute('aria-busy', 'true');
    search(query).then(
      (found) => {
        if (mine !== asked) return;
        input.removeAttribute('aria-busy');
        if (document.activeElement !== input) return;
        open(found);
        then?.();
      },
      (error: unknown) => {
        if (mine !== asked) return;
        input.removeAttribute('aria-busy');
        fail(error);
      },
    );
  }

  function choose(choice: Choice): void {
    if (multiple && options.max !== undefined && chosen.length >= options.max) {
      message.replaceChildren(el('p', { class: 'picker__error', role: 'alert' }, t('picker.max', { count: options.max })));
      close();
      return;
    }
    chosen = multiple ? [...chosen, choice] : [choice];
    input.value = '';
    message.replaceChildren();
    close();
    renderChips();
    announce(t('picker.added', { name: choice.label }));
    changed();
  }

  function unchoose(id: string): void {
    const gone = chosen.find((c) => c.id === id);
    if (!gone) return;
    chosen = chosen.filter((c) => c.id !== id);
    message.replaceChildren();
    renderChips();
    announce(t('picker.removed', { name: gone.label }));
    changed();
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    message.replaceChildren();
    const query = input.value.trim();
    if (query === '') {
      asked++;
      close();
      return;
    }
    timer = setTimeout(() => ask(query), SEARCH_DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const expanded = input.getAttribute('aria-expanded') === 'true';
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (expanded) activate((active + 1) % results.length);
        else ask(input.value.trim(), () => activate(0));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (expanded) activate(active <= 0 ? results.length - 1 : active - 1);
        else ask(input.value.trim(), () => activate(results.length - 1));
        break;
      case 'Enter': {
        const result = expanded ? results[active] : undefined;
        if (result) {
          event.preventDefault();
          choose(result);
        }
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          event.stopPropagation();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
        }
        break;
      case 'Backspace':
        if (input.value === '' && chosen.length > 0) {
          event.preventDefault();
          unchoose(chosen[chosen.length - 1]!.id);
        }
        break;
      default:
    }
  });
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    asked++;
    input.removeAttribute('aria-busy');
    close();
  });

  /** Names for choices given as ids: a user's from the page's people, a project's or component's from a search. */
  function nameTheGiven(): void {
    for (const choice of chosen) {
      if (options.kind === 'user') {
        void people()
          .resolve(choice.id)
          .then(
            (found) => Object.assign(choice, { label: nameOf(found), avatarUrl: found.former ? null : found.avatarUrl }),
            () => Object.assign(choice, { label: t('people.unavailable') }),
          )
          .then(renderChips);
      }
    }
    const unnamed = chosen.filter((c) => (options.kind === 'project' || options.kind === 'component') && c.label === c.id);
    const byProject = new Map<string, Choice[]>();
    for (const choice of unnamed) byProject.set(choice.project ?? '', [...(byProject.get(choice.project ?? '') ?? []), choice]);
    for (const [key, waiting] of byProject) {
      const lookup: Promise<Choice[]> =
        options.kind === 'project' ? Promise.all(waiting.map((c) => search(c.id))).then((all) => all.flat()) : api.pickComponents(key, '').then((a) => a.results);
      lookup
        .then((found) => {
          for (const choice of waiting) {
            const match = found.find((f) => f.id === choice.id);
            if (match) Object.assign(choice, { label: match.label, avatarUrl: match.avatarUrl });
          }
          renderChips();
        })
        // the key or id stays: nothing is lost
        .catch(() => undefined);
    }
  }

  renderChips();
  nameTheGiven();
  const label = el('label', { id: labelId, for: inputId }, options.label);
  const element = el('div', { class: 'field picker', 'data-picker': options.kind }, label, chips, el('div', { class: 'picker__box' }, input, list), hint, message, live);
  return {
    element,
    input,
    value: () => chosen.map((c) => c.id),
    chosen: () => chosen.slice(),
    clear: () => {
      chosen = [];
      renderChips();
    },
  };
}
