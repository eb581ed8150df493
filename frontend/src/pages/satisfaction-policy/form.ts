// The satisfaction-check policy as a form: when a resolved request is asked about, whom, for how long,
// one reminder, which projects take part, and whether the assignee rates the request's clarity.
import { ApiError } from '../../api/client';
import type { AskedWho, SatisfactionPolicy } from '../../api/types';
import { el } from '../../dom';
import { choiceOf, field, radioGroup, submitting, textArea, textInput, valueOf } from '../../forms';
import { formatDate, t } from '../../i18n';

// The server's limits (satisfaction-contract.md), checked here too so that a mistake shows before a round trip.
export const DELAY_MAX = 10_080;
export const EXPIRY_MAX = 60;
export const PROJECTS_MAX = 200;
export const TRIGGER_STATUS_MAX = 255;
export const JQL_MAX = 2000;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,9}$/; // as core.ProjectKey: 2 to 10 characters

export interface PolicyActions {
  /** Stores the policy; answers it as stored. */
  save(policy: SatisfactionPolicy): Promise<SatisfactionPolicy>;
}

function numberField(name: string, id: string, value: number | null, min: number, max: number): HTMLInputElement {
  const input = el('input', { type: 'number', name, id, min: String(min), max: String(max), step: '1', inputmode: 'numeric' });
  input.value = value === null ? '' : String(value);
  return input;
}

function checkbox(name: string, id: string, checked: boolean, label: string, hint?: string): HTMLElement {
  const input = el('input', { type: 'checkbox', name, id });
  input.checked = checked;
  const hintElement = hint ? el('span', { class: 'field__hint', id: `${id}-hint` }, hint) : null;
  if (hintElement) input.setAttribute('aria-describedby', hintElement.id);
  return el('div', { class: 'field check' }, el('div', { class: 'check__row' }, input, el('label', { for: id }, label)), hintElement);
}

/** "it, HR  OPS" reads IT, HR, OPS: commas or spaces between keys, any case. */
export function parseProjectKeys(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .filter((key) => key !== '')
    .map((key) => key.toUpperCase());
}

/** A whole number within bounds, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

const checkedOf = (form: HTMLFormElement, id: string) => form.querySelector<HTMLInputElement>(`#${id}`)?.checked ?? false;

/** The policy the form says, exactly the contract's body; a client-side mistake throws a 400 naming its field. */
export function readPolicy(form: HTMLFormElement): SatisfactionPolicy {
  const delayMinutes = wholeNumber(valueOf(form, 'delayMinutes'), 0, DELAY_MAX);
  if (delayMinutes === null) throw new ApiError(400, t('policy.error.delay', { max: DELAY_MAX }), 'delayMinutes');
  const asked = choiceOf(form, 'asked');
  if (!asked) throw new ApiError(400, t('policy.error.asked'), 'asked');
  const expiryDays = wholeNumber(valueOf(form, 'expiryDays'), 1, EXPIRY_MAX);
  if (expiryDays === null) throw new ApiError(400, t('policy.error.expiry', { max: EXPIRY_MAX }), 'expiryDays');
  let reminderDays: number | null = null;
  if (checkedOf(form, 'reminder-on')) {
    if (expiryDays < 2) throw new ApiError(400, t('policy.error.no-room'), 'reminderDays');
    reminderDays = wholeNumber(valueOf(form, 'reminderDays'), 1, expiryDays - 1);
    if (reminderDays === null) throw new ApiError(400, t('policy.error.reminder', { max: expiryDays - 1 }), 'reminderDays');
  }
  const trigger = choiceOf(form, 'trigger') === 'status' ? 'status' : 'resolution';
  const status = valueOf(form, 'triggerStatus');
  if (trigger === 'status' && status === '') throw new ApiError(400, t('policy.error.trigger-status'), 'triggerStatus');
  if (status.length > TRIGGER_STATUS_MAX) throw new ApiError(400, t('policy.error.trigger-status-long', { max: TRIGGER_STATUS_MAX, count: status.length }), 'triggerStatus');
  const jqlFilter = valueOf(form, 'jqlFilter');
  if (jqlFilter.length > JQL_MAX) throw new ApiError(400, t('policy.error.jql-long', { max: JQL_MAX, count: jqlFilter.length }), 'jqlFilter');
  const projects = parseProjectKeys(valueOf(form, 'projects'));
  const wrong = projects.find((key) => !PROJECT_KEY.test(key));
  if (wrong !== undefined) throw new ApiError(400, t('policy.error.project-key', { key: wrong }), 'projects');
  if (projects.length > PROJECTS_MAX) throw new ApiError(400, t('policy.error.projects', { max: PROJECTS_MAX, count: projects.length }), 'projects');
  return { delayMinutes, asked: asked as AskedWho, expiryDays, reminderDays, projects, clarity: checkedOf(form, 'clarity'), trigger, triggerStatus: trigger === 'status' ? status : null, jqlFilter: jqlFilter === '' ? null : jqlFilter };
}

/** Shows a policy in the form: after loading, and again as the server stored it after a save. */
export function fillPolicy(form: HTMLFormElement, policy: SatisfactionPolicy): void {
  const set = (id: string, value: string) => {
    const input = form.querySelector<HTMLInputElement>(`#${id}`);
    if (input) input.value = value;
  };
  set('delay', String(policy.delayMinutes));
  set('expiry', String(policy.expiryDays));
  set('reminder-days', policy.reminderDays === null ? '' : String(policy.reminderDays));
  set('projects', policy.projects.join(', '));
  set('trigger-status', policy.triggerStatus ?? '');
  const jql = form.querySelector<HTMLTextAreaElement>('#jql-filter');
  if (jql) jql.value = policy.jqlFilter ?? '';
  form.querySelector('#filter-problem')?.replaceWith(filterProblem(policy));
  for (const id of ['trigger-resolution', 'trigger-status-choice']) {
    const radio = form.querySelector<HTMLInputElement>(`#${id}`);
    if (radio) radio.checked = radio.value === (policy.trigger ?? 'resolution');
  }
  for (const id of ['asked-reporter', 'asked-members']) {
    const radio = form.querySelector<HTMLInputElement>(`#${id}`);
    if (radio) radio.checked = radio.value === policy.asked;
  }
  form.querySelector<HTMLInputElement>('#reminder-on')!.checked = policy.reminderDays !== null;
  form.querySelector<HTMLInputElement>('#clarity')!.checked = policy.clarity;
  syncReminder(form);
  syncTrigger(form);
}

/** What Jira said the last time it rejected the filter when a check was due; an empty slot when all is well. */
function filterProblem(policy: SatisfactionPolicy): HTMLElement {
  const problem = policy.filterProblem;
  if (!problem) return el('div', { id: 'filter-problem', hidden: '' });
  return el(
    'p',
    { id: 'filter-problem', class: 'error', role: 'alert' },
    t('policy.filter-problem', { date: formatDate(problem.at, { dateStyle: 'medium', timeStyle: 'short' }), issue: problem.issueKey ?? '—', message: problem.message }),
  );
}

/** The status counts only while it is the trigger. */
function syncTrigger(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLInputElement>('#trigger-status')!;
  status.disabled = choiceOf(form, 'trigger') !== 'status' || form.dataset.readOnly === 'true';
}

/** The reminder's days count only while the reminder is on. */
function syncReminder(form: HTMLFormElement): void {
  const days = form.querySelector<HTMLInputElement>('#reminder-days')!;
  const on = form.querySelector<HTMLInputElement>('#reminder-on')!.checked;
  days.disabled = !on || form.dataset.readOnly === 'true';
  if (on && days.value === '') {
    const expiry = Number(valueOf(form, 'expiryDays')) || 2;
    days.value = String(Math.max(1, Math.min(3, expiry - 1)));
  }
}

/** Everything stays readable, nothing can be changed or saved. */
export function makeReadOnly(form: HTMLFormElement): void {
  form.dataset.readOnly = 'true';
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) control.disabled = true;
  form.querySelector('#policy-save')?.remove();
}

/**
 * `onSaved` gets the policy as stored; `onForbidden` runs on a 403, when the page turns read-only (only
 * Jira administrators change the policy).
 */
export function renderPolicyForm(policy: SatisfactionPolicy, actions: PolicyActions, onSaved: (stored: SatisfactionPolicy) => void, onForbidden: () => void): HTMLFormElement {
  const form = el(
    'form',
    { id: 'policy-form', class: 'policy', 'aria-label': t('policy.form'), novalidate: '' },
    el(
      'fieldset',
      { class: 'policy__group' },
      el('legend', {}, t('policy.when')),
      radioGroup(
        'trigger',
        t('policy.trigger'),
        [
          { value: 'resolution', id: 'trigger-resolution', label: t('policy.trigger.resolution') },
          { value: 'status', id: 'trigger-status-choice', label: t('policy.trigger.status') },
        ],
        policy.trigger ?? 'resolution',
        'trigger',
      ),
      field(
        t('policy.trigger-status'),
        textInput('triggerStatus', policy.triggerStatus ?? '', { id: 'trigger-status', autocomplete: 'off', maxlength: String(TRIGGER_STATUS_MAX) }),
        t('policy.trigger-status-hint'),
      ),
      field(
        t('policy.jql-filter'),
        textArea('jqlFilter', policy.jqlFilter ?? '', 2, { id: 'jql-filter', autocomplete: 'off', spellcheck: 'false', maxlength: String(JQL_MAX) }),
        t('policy.jql-filter-hint'),
      ),
      filterProblem(policy),
      field(t('policy.delay'), numberField('delayMinutes', 'delay', policy.delayMinutes, 0, DELAY_MAX), t('policy.delay-hint', { max: DELAY_MAX })),
      field(t('policy.expiry'), numberField('expiryDays', 'expiry', policy.expiryDays, 1, EXPIRY_MAX), t('policy.expiry-hint', { max: EXPIRY_MAX })),
      checkbox('reminderOn', 'reminder-on', policy.reminderDays !== null, t('policy.reminder-on')),
      field(t('policy.reminder'), numberField('reminderDays', 'reminder-days', policy.reminderDays, 1, EXPIRY_MAX - 1), t('policy.reminder-hint')),
    ),
    radioGroup(
      'asked',
      t('policy.who'),
      [
        { value: 'reporter', id: 'asked-reporter', label: t('policy.who.reporter') },
        { value: 'customer-members', id: 'asked-members', label: t('policy.who.members') },
      ],
      policy.asked,
      'asked',
    ),
    field(
      t('policy.projects'),
      textInput('projects', policy.projects.join(', '), { id: 'projects', autocomplete: 'off', spellcheck: 'false' }),
      t('policy.projects-hint'),
    ),
    checkbox('clarity', 'clarity', policy.clarity, t('policy.clarity'), t('policy.clarity-hint')),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', id: 'policy-save', class: 'button button--primary' }, t('common.save'))),
  );
  form.querySelector('#reminder-on')!.addEventListener('change', () => syncReminder(form));
  for (const radio of form.querySelectorAll('input[name=trigger]')) radio.addEventListener('change', () => syncTrigger(form));
  syncReminder(form);
  syncTrigger(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const stored = await actions.save(readPolicy(form)).catch((error: unknown) => {
        if (!(error instanceof ApiError)) throw error;
        if (error.status === 403) {
          onForbidden();
          throw new ApiError(403, t('policy.error.forbidden'));
        }
        if (error.status === 503) throw new ApiError(503, t('policy.error.unreachable'));
        throw error;
      });
      fillPolicy(form, stored);
      onSaved(stored);
    });
  });
  return form;
}
