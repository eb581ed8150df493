// Form building and the display of a 400's message on the field the server named.
import { ApiError } from './api/client';
import { el } from './dom';
import { t } from './i18n';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
let nextId = 0;

/** A labelled control; its `name` is the request property it fills (e.g. `agreement.expectations`). */
export function field(label: string, control: Control, hint?: string): HTMLElement {
  control.id ||= `field-${++nextId}`;
  const hintElement = hint ? el('span', { class: 'field__hint', id: `${control.id}-hint` }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control, hintElement);
}

export function textInput(name: string, value: string, attributes: Record<string, string> = {}): HTMLInputElement {
  const input = el('input', { type: 'text', name, ...attributes });
  input.value = value;
  return input;
}

export function textArea(name: string, value: string, rows = 3, attributes: Record<string, string> = {}): HTMLTextAreaElement {
  const area = el('textarea', { name, rows: String(rows), ...attributes });
  area.value = value;
  return area;
}

export function numberInput(name: string, value: number | null): HTMLInputElement {
  const input = el('input', { type: 'number', name, min: '0', step: 'any', inputmode: 'decimal' });
  input.value = value === null ? '' : String(value);
  return input;
}

export function select(name: string, options: { value: string; label: string }[], selected: string, attributes: Record<string, string> = {}): HTMLSelectElement {
  const element = el('select', { name, ...attributes }, ...options.map((o) => el('option', { value: o.value }, o.label)));
  element.value = selected;
  return element;
}

/**
 * Radio buttons under a legend, as one group: arrow keys move between them, Tab leaves the group. Each has
 * its own id, or `${idPrefix}-${value}`; `name` is the request property. The group is a radiogroup so that a 400
 * about it can mark the group as invalid and point at the message.
 */
export function radioGroup(
  name: string,
  legend: string,
  options: { value: string; label: string; description?: string; id?: string }[],
  checked: string,
  idPrefix: string,
  hint?: string,
): HTMLFieldSetElement {
  const legendId = `${idPrefix}-legend`;
  const hintElement = hint ? el('span', { class: 'field__hint', id: `${idPrefix}-hint` }, hint) : null;
  const group = el(
    'fieldset',
    { id: `${idPrefix}-group`, class: 'field choice', role: 'radiogroup', 'aria-labelledby': legendId },
    el('legend', { id: legendId }, legend),
    el(
      'div',
      { class: 'choice__options' },
      ...options.flatMap((option) => {
        const input = el('input', { type: 'radio', name, id: option.id ?? `${idPrefix}-${option.value}`, value: option.value });
        input.checked = option.value === checked;
        const label = el('label', { for: input.id }, option.label, option.description ? el('span', { class: 'visually-hidden' }, ` ${option.description}`) : null);
        return [input, label];
      }),
    ),
    hintElement,
  );
  if (hintElement) group.setAttribute('aria-describedby', hintElement.id);
  return group;
}

/** A text area's field whose hint counts the characters against the server's limit as the user types. */
export function countedField(label: string, area: HTMLTextAreaElement, max: number): HTMLElement {
  area.maxLength = max;
  const count = () => t('form.characters', { length: area.value.length, count: max });
  const wrapper = field(label, area, count());
  const hint = wrapper.querySelector('.field__hint')!;
  hint.classList.add('field__count');
  area.addEventListener('input', () => {
    hint.textContent = count();
  });
  return wrapper;
}

/** The value of the checked radio button of a group; '' when none is. */
export function choiceOf(form: HTMLFormElement, name: string): string {
  return form.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"]:checked`)?.value ?? '';
}

export function valueOf(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name) as Control | null;
  return control ? control.value.trim() : '';
}

export function numberOf(form: HTMLFormElement, name: string): number | null {
  const value = valueOf(form, name);
  return value === '' ? null : Number(value);
}

/** One entry per line, blank lines dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function controls(form: HTMLFormElement): Control[] {
  return Array.from(form.elements).filter((e): e is Control => 'name' in e && typeof e.name === 'string' && e.name !== '');
}

/**
 * The control a server's `field` means: the same name, a list item of it (`projects[0].projectKey`), the
 * same last segment (`expectations` for `agreement.expectations`) or an id reference (`provider`).
 */
export function controlFor(form: HTMLFormElement, name: string): Control | null {
  const all = controls(form);
  return (
    all.find((c) => c.name === name) ??
    all.find((c) => name.startsWith(`${c.name}.`) || name.startsWith(`${c.name}[`)) ??
    all.find((c) => c.name.endsWith(`.${name}`)) ??
    all.find((c) => c.name === `${name}Id`) ??
    null
  );
}

export function clearFormErrors(form: HTMLFormElement): void {
  for (const message of form.querySelectorAll('.field__error')) message.remove();
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.endsWith('-error'));
    if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
  form.querySelector('.form__alert')?.replaceChildren();
}

/** Shows the error's message at the top of the form and, for a 400 naming a field, at that field. */
export function showFormError(form: HTMLFormElement, error: unknown): void {
  clearFormErrors(form);
  const message = error instanceof Error ? error.message : String(error);
  let alert = form.querySelector('.form__alert');
  if (!alert) {
    alert = el('div', { class: 'form__alert' });
    const heading = form.querySelector('h1, h2, h3');
    if (heading) heading.after(alert);
    else form.prepend(alert);
  }
  alert.replaceChildren(el('p', { class: 'error', role: 'alert' }, message));
  const control = error instanceof ApiError && error.field ? controlFor(form, error.field) : null;
  if (!control) return;
  // A radio button stands for its whole group: the group is marked, the message goes below its options.
  const group = control instanceof HTMLInputElement && control.type === 'radio' ? control.closest<HTMLElement>('[role=radiogroup]') : null;
  const marked = group ?? control;
  const id = `${group?.id || control.id || control.name}-error`;
  marked.setAttribute('aria-invalid', 'true');
  marked.setAttribute('aria-describedby', [marked.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  const text = el('span', { class: 'field__error', id }, message);
  if (group) group.append(text);
  else control.after(text);
  control.focus();
}

/** Runs a form's async save with its submit button busy, showing a failure on the form. */
export async function submitting(form: HTMLFormElement, save: () => Promise<void>): Promise<void> {
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  if (button) button.disabled = true;
  clearFormErrors(form);
  try {
    await save();
  } catch (error) {
    showFormError(form, error);
  } finally {
    if (button) button.disabled = false;
  }
}
