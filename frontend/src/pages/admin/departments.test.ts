import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { department } from '../../testing/fixtures';
import { type DepartmentActions, parseProjects, renderDepartmentForm, renderDepartments } from './departments';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function actions(overrides: Partial<DepartmentActions> = {}): DepartmentActions {
  return { saveDepartment: vi.fn().mockResolvedValue(undefined), deleteDepartment: vi.fn().mockResolvedValue(undefined), ...overrides };
}

function fill(form: HTMLFormElement, name: string, value: string): void {
  (form.elements.namedItem(name) as HTMLInputElement).value = value;
}

describe('Departments on the admin page', () => {
  afterEach(() => document.body.replaceChildren());

  it('sends the form as a DepartmentRequest with projects and groups as lists', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    fill(form, 'name', ' Marketing ');
    fill(form, 'description', 'Brings in leads');
    fill(form, 'leadAccountId', 'acc-mia');
    fill(form, 'projects', 'MKT\nweb/10042, ads');
    fill(form, 'groups', 'marketing-team\n\nMarketing Leads');
    form.requestSubmit();
    await flush();

    expect(onSave).toHaveBeenCalledWith({
      name: 'Marketing',
      description: 'Brings in leads',
      leadAccountId: 'acc-mia',
      projects: [
        { projectKey: 'MKT', componentId: null },
        { projectKey: 'WEB', componentId: '10042' },
        { projectKey: 'ADS', componentId: null },
      ],
      groups: ['marketing-team', 'Marketing Leads'],
    });
  });

  it('shows a 400 message at the field the server named', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'A department called Sales exists already.', 'name'));
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    fill(form, 'name', 'Sales');
    form.requestSubmit();
    await flush();

    const name = form.elements.namedItem('name') as HTMLInputElement;
    expect(form.querySelector('[role=alert]')!.textContent).toBe('A department called Sales exists already.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(name.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(message!.textContent).toBe('A department called Sales exists already.');
    expect(document.activeElement).toBe(name);
    expect((form.elements.namedItem('description') as HTMLElement).hasAttribute('aria-invalid')).toBe(false);
  });

  it('highlights a list field for an error on one of its items', async () => {
    const onSave = vi.fn().mockRejectedValue(new ApiError(400, 'Project key "1X" is not a Jira project key.', 'projects[0].projectKey'));
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    fill(form, 'name', 'IT');
    form.requestSubmit();
    await flush();

    expect((form.elements.namedItem('projects') as HTMLElement).getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses an empty name before asking the server', async () => {
    const onSave = vi.fn();
    const form = document.body.appendChild(renderDepartmentForm(null, onSave, vi.fn()));
    form.requestSubmit();
    await flush();

    expect(onSave).not.toHaveBeenCalled();
    expect((form.elements.namedItem('name') as HTMLElement).getAttribute('aria-invalid')).toBe('true');
  });

  it('lists departments with names as text, archived last, and asks before deleting', async () => {
    const section = document.body.appendChild(document.createElement('section'));
    const deleteDepartment = vi.fn().mockResolvedValue(undefined);
    const list = [department('old', 'Archive team', { archived: true }), department('x', '<script>alert(1)</script>', { projects: [{ projectKey: 'IT', componentId: '7' }] })];
    renderDepartments(section, list, true, actions({ deleteDepartment }));

    expect(section.querySelector('script')).toBeNull();
    const rows = section.querySelectorAll('tbody tr');
    expect(rows[0]!.querySelector('th')!.textContent).toBe('<script>alert(1)</script>');
    expect(rows[0]!.textContent).toContain('IT/7');
    expect(rows[1]!.textContent).toContain('Archived');

    const remove = Array.from(rows[0]!.querySelectorAll('button')).find((b) => b.textContent === 'Delete')!;
    remove.click();
    expect(deleteDepartment).not.toHaveBeenCalled();
    expect(rows[0]!.textContent).toContain('archived instead');
    rows[0]!.querySelector<HTMLButtonElement>('.button--danger')!.click();
    expect(deleteDepartment).toHaveBeenCalledWith(list[1]);
  });

  it('shows no buttons to change anything when read-only', () => {
    const section = document.createElement('section');
    renderDepartments(section, [department('s', 'Sales')], false, actions());

    expect(section.querySelectorAll('button')).toHaveLength(0);
    expect(section.textContent).toContain('Sales');
  });

  it('reads project keys with and without a component', () => {
    expect(parseProjects(' sales  HR/12 ')).toEqual([
      { projectKey: 'SALES', componentId: null },
      { projectKey: 'HR', componentId: '12' },
    ]);
  });
});
