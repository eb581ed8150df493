import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { SatisfactionPolicy } from '../../api/types';
import { satisfactionPolicy } from '../../testing/fixtures';
import { parseProjectKeys } from './form';
import { renderError, renderPolicyPage } from './view';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(policy = satisfactionPolicy(), save = vi.fn((p: SatisfactionPolicy) => Promise.resolve(p)), canChange = true): HTMLElement {
  const root = document.body.appendChild(document.createElement('main'));
  renderPolicyPage(root, policy, canChange, { save });
  return root;
}

const input = (root: HTMLElement, id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;

function type(root: HTMLElement, id: string, value: string): void {
  input(root, id).value = value;
}

const save = (root: HTMLElement) => input(root, 'policy-save').click();
const alertOf = (root: HTMLElement) => root.querySelector('#policy-form [role=alert]')?.textContent ?? null;
/** The message shown next to a control (or its radio group), or null. */
function errorAt(root: HTMLElement, id: string): string | null {
  const control = input(root, id);
  const marked = control.type === 'radio' ? control.closest('[role=radiogroup]')! : control;
  if (marked.getAttribute('aria-invalid') !== 'true') return null;
  return document.getElementById(marked.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent;
}

describe('Satisfaction checks admin page', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the policy in the form: delay, who is asked, expiry, reminder, projects, clarity', () => {
    const root = page(satisfactionPolicy({ delayMinutes: 60, asked: 'customer-members', expiryDays: 10, reminderDays: 4, projects: ['IT', 'HR'], clarity: true }));

    expect(root.querySelector('h1')!.textContent).toBe('Satisfaction checks');
    expect(input(root, 'delay').value).toBe('60');
    expect(root.querySelector('#delay-hint')!.textContent).toContain('0 = ask at once');
    expect(input(root, 'asked-reporter').checked).toBe(false);
    expect(input(root, 'asked-members').checked).toBe(true);
    expect(input(root, 'expiry').value).toBe('10');
    expect(input(root, 'reminder-on').checked).toBe(true);
    expect(input(root, 'reminder-days').value).toBe('4');
    expect(input(root, 'reminder-days').disabled).toBe(false);
    expect(input(root, 'projects').value).toBe('IT, HR');
    expect(root.textContent).toContain('Empty = every project mapped to a department');
    expect(input(root, 'clarity').checked).toBe(true);
    expect(root.querySelector('#policy-save')).not.toBeNull();
    expect(root.querySelector('[data-read-only]')).toBeNull();
    expect(root.dataset.ready).toBe('true');
  });

  it('saves exactly the contract’s body and shows the policy as stored', async () => {
    const stored = satisfactionPolicy({ delayMinutes: 30, asked: 'customer-members', expiryDays: 14, reminderDays: 5, projects: ['IT', 'HR_OPS'], clarity: true });
    const saveSpy = vi.fn().mockResolvedValue(stored);
    const root = page(satisfactionPolicy(), saveSpy);
    type(root, 'delay', '30');
    input(root, 'asked-members').click();
    type(root, 'expiry', '14');
    type(root, 'reminder-days', '5');
    type(root, 'projects', 'it, hr_ops');
    input(root, 'clarity').click();
    save(root);
    expect(input(root, 'policy-save').disabled).toBe(true);
    await flush();

    expect(saveSpy).toHaveBeenCalledWith({ delayMinutes: 30, asked: 'customer-members', expiryDays: 14, reminderDays: 5, projects: ['IT', 'HR_OPS'], clarity: true, trigger: 'resolution', triggerStatus: null, jqlFilter: null });
    expect(JSON.stringify(saveSpy.mock.calls[0]![0])).toBe(
      '{"delayMinutes":30,"asked":"customer-members","expiryDays":14,"reminderDays":5,"projects":["IT","HR_OPS"],"clarity":true,"trigger":"resolution","triggerStatus":null,"jqlFilter":null}',
    );
    expect(root.querySelector('#policy-status')!.textContent).toBe('Saved: checks opened from now on follow this policy.');
    expect(input(root, 'projects').value).toBe('IT, HR_OPS');
    expect(input(root, 'policy-save').disabled).toBe(false);
  });

  it('sends no reminder (null) and all projects ([]) when so chosen; the days only count while the reminder is on', async () => {
    const saveSpy = vi.fn((p: SatisfactionPolicy) => Promise.resolve(p));
    const root = page(satisfactionPolicy({ projects: ['IT'] }), saveSpy);
    input(root, 'reminder-on').click();
    expect(input(root, 'reminder-days').disabled).toBe(true);
    type(root, 'projects', '  ');
    save(root);
    await flush();

    expect(saveSpy).toHaveBeenCalledWith({ delayMinutes: 0, asked: 'reporter', expiryDays: 7, reminderDays: null, projects: [], clarity: false, trigger: 'resolution', triggerStatus: null, jqlFilter: null });
  });

  it('starts the reminder at a few days before expiry when it is turned on', () => {
    const root = page(satisfactionPolicy({ reminderDays: null, expiryDays: 2 }));
    expect(input(root, 'reminder-days').disabled).toBe(true);

    input(root, 'reminder-on').click();
    expect(input(root, 'reminder-days').disabled).toBe(false);
    expect(input(root, 'reminder-days').value).toBe('1');
  });

  it('checks the limits before asking the server, at the field', async () => {
    const saveSpy = vi.fn();
    const root = page(satisfactionPolicy(), saveSpy);
    type(root, 'delay', '10081');
    save(root);
    await flush();
    expect(errorAt(root, 'delay')).toBe('The delay is a whole number of minutes from 0 to 10,080 (a week).');

    type(root, 'delay', '0');
    type(root, 'expiry', '5');
    type(root, 'reminder-days', '5');
    save(root);
    await flush();
    expect(errorAt(root, 'delay')).toBeNull();
    expect(errorAt(root, 'reminder-days')).toBe('The reminder goes out 1 to 4 days after asking, before the check expires.');

    type(root, 'reminder-days', '2');
    type(root, 'projects', 'IT, 9X');
    save(root);
    await flush();
    expect(errorAt(root, 'projects')).toBe('“9X” is not a Jira project key: a letter, then letters, digits or _.');
    expect(saveSpy).not.toHaveBeenCalled();
  });

  it('shows the server’s 400 next to the field it names, a radio group too', async () => {
    const saveSpy = vi
      .fn()
      .mockRejectedValueOnce(new ApiError(400, 'expiryDays must be between 1 and 60', 'expiryDays'))
      .mockRejectedValueOnce(new ApiError(400, 'Unknown value', 'asked'))
      .mockRejectedValueOnce(new ApiError(400, 'No such project: NOPE', 'projects[1]'));
    const root = page(satisfactionPolicy(), saveSpy);

    save(root);
    await flush();
    expect(errorAt(root, 'expiry')).toBe('expiryDays must be between 1 and 60');
    expect(alertOf(root)).toBe('expiryDays must be between 1 and 60');
    expect(document.activeElement).toBe(input(root, 'expiry'));

    save(root);
    await flush();
    expect(errorAt(root, 'expiry')).toBeNull();
    expect(errorAt(root, 'asked-reporter')).toBe('Unknown value');

    save(root);
    await flush();
    expect(errorAt(root, 'projects')).toBe('No such project: NOPE');
  });

  it('turns read-only with "Only Jira administrators can change this" on a 403', async () => {
    const saveSpy = vi.fn().mockRejectedValue(new ApiError(403, 'Forbidden'));
    const root = page(satisfactionPolicy(), saveSpy);
    save(root);
    await flush();

    expect(root.querySelector('[data-read-only]')!.textContent).toContain('Only Jira administrators can change this.');
    expect(alertOf(root)).toBe('Only Jira administrators can change this. Nothing was saved.');
    expect(root.querySelector('#policy-save')).toBeNull();
    expect(Array.from(root.querySelectorAll<HTMLInputElement>('#policy-form input'), (i) => i.disabled).every(Boolean)).toBe(true);
    expect(input(root, 'delay').value).toBe('0'); // still readable
  });

  it('shows the policy read-only from the start to someone who is not a Jira administrator', () => {
    const root = page(satisfactionPolicy(), vi.fn(), false);

    expect(root.querySelector('[data-read-only]')!.textContent).toContain('Only Jira administrators can change this.');
    expect(root.querySelector('#policy-save')).toBeNull();
    expect(input(root, 'clarity').disabled).toBe(true);
    expect(input(root, 'reminder-days').disabled).toBe(true);
  });

  it('reads project keys separated by commas or spaces, in any case', () => {
    expect(parseProjectKeys(' it,hr  ops ,, ')).toEqual(['IT', 'HR', 'OPS']);
    expect(parseProjectKeys('')).toEqual([]);
  });

  it('shows a load failure as an alert', () => {
    const root = document.createElement('main');
    renderError(root, 'The satisfaction-check policy could not be loaded: Unauthorized');

    expect(root.querySelector('[role=alert]')!.textContent).toContain('Unauthorized');
    expect(root.dataset.ready).toBe('error');
  });

  it('opens checks on a workflow status when so chosen: the status is required, named in its field, and sent', async () => {
    const saveSpy = vi.fn((p: SatisfactionPolicy) => Promise.resolve(p));
    const root = page(satisfactionPolicy(), saveSpy);
    expect(input(root, 'trigger-resolution').checked).toBe(true);
    expect(input(root, 'trigger-status').disabled).toBe(true);

    input(root, 'trigger-status-choice').click();
    expect(input(root, 'trigger-status').disabled).toBe(false);
    save(root);
    await flush();
    expect(saveSpy).not.toHaveBeenCalled();
    expect(errorAt(root, 'trigger-status')).toBe('Name the workflow status that opens a check.');

    type(root, 'trigger-status', '  In Review ');
    save(root);
    await flush();
    expect(saveSpy).toHaveBeenCalledWith(expect.objectContaining({ trigger: 'status', triggerStatus: 'In Review' }));
  });

  it('shows a stored status trigger, and the server’s refusal of the status next to its field', async () => {
    const saveSpy = vi.fn().mockRejectedValue(new ApiError(400, 'triggerStatus: must be at most 255 characters', 'triggerStatus'));
    const root = page(satisfactionPolicy({ trigger: 'status', triggerStatus: 'Waiting for sign-off' }), saveSpy);
    expect(input(root, 'trigger-status-choice').checked).toBe(true);
    expect(input(root, 'trigger-status').value).toBe('Waiting for sign-off');

    save(root);
    await flush();
    expect(errorAt(root, 'trigger-status')).toBe('triggerStatus: must be at most 255 characters');
  });

  it('sends the JQL filter, refuses one past 2000 characters naming the field, and shows what Jira said of the filter', async () => {
    const saveSpy = vi.fn((p: SatisfactionPolicy) => Promise.resolve({ ...p, filterProblem: null }));
    const root = page(
      satisfactionPolicy({ jqlFilter: 'priority = High', filterProblem: { message: "Field 'priority' does not exist.", at: '2026-12-01T09:30:00Z', issueKey: 'IT-7' } }),
      saveSpy,
    );
    const problem = root.querySelector('#filter-problem')!;
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.textContent).toContain("Field 'priority' does not exist.");
    expect(problem.textContent).toContain('IT-7');
    expect(root.querySelector<HTMLTextAreaElement>('#jql-filter')!.value).toBe('priority = High');

    root.querySelector<HTMLTextAreaElement>('#jql-filter')!.value = 'x'.repeat(2001);
    save(root);
    await flush();
    expect(saveSpy).not.toHaveBeenCalled();
    expect(root.querySelector('#jql-filter')!.getAttribute('aria-invalid')).toBe('true');

    root.querySelector<HTMLTextAreaElement>('#jql-filter')!.value = '  project = IT AND component = Payroll ';
    save(root);
    await flush();
    expect(saveSpy.mock.calls[0]![0].jqlFilter).toBe('project = IT AND component = Payroll');
    // saved with a new filter: the old filter's problem is gone
    expect(root.querySelector('#filter-problem')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('#filter-problem')!.textContent).toBe('');
  });
});
