import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { department, departmentThanks, thanksItem } from '../../testing/fixtures';
import { type DepartmentActions, parseProjects, renderDepartmentForm, renderDepartments } from './departments';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function actions(overrides: Partial<DepartmentActions> = {}): DepartmentActions {
  return {
    saveDepartment: vi.fn().mockResolvedValue(undefined),
    deleteDepartment: vi.fn().mockResolvedValue(undefined),
    thanksFor: vi.fn().mockResolvedValue(departmentThanks()),
    ...overrides,
  };
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

  it('lists departments with names as text, archived last, and asks before deleting', () => {
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

    expect(section.querySelectorAll('button:not([data-thanks-for])')).toHaveLength(0);
    expect(section.textContent).toContain('Sales');
  });

  it('opens a department’s thanks received on demand: the total and the latest five, as text', async () => {
    const section = document.body.appendChild(document.createElement('section'));
    const thanksFor = vi.fn().mockResolvedValue(departmentThanks());
    renderDepartments(section, [department('fin', 'Finance')], false, actions({ thanksFor }));
    expect(thanksFor).not.toHaveBeenCalled();
    expect(Array.from(section.querySelectorAll('thead th'), (th) => th.textContent)).toContain('Thanks received');

    const toggle = section.querySelector<HTMLButtonElement>('[data-thanks-for=fin]')!;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await flush();

    expect(thanksFor).toHaveBeenCalledWith('fin', 5);
    const panel = section.querySelector<HTMLElement>('[data-thanks=fin]')!;
    expect(panel.closest('tr')!.previousElementSibling!.getAttribute('data-department')).toBe('fin');
    expect(panel.querySelector('.thanks__total')!.textContent).toBe('Thanks received: 12 · the latest 2');
    const items = Array.from(panel.querySelectorAll('.thanks__item'), (li) => li.querySelector('.thanks__who')!.textContent);
    expect(items).toEqual(['acc-sam (Sales) thanked acc-ann for FIN-7', 'acc-lee thanked acc-ann']);
    expect(panel.querySelector('.thanks__message')!.textContent).toBe('Paid before the quarter closed');

    toggle.click();
    expect(section.querySelector('[data-thanks=fin]')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when a department received no thanks yet, or why they could not be loaded', async () => {
    const section = document.body.appendChild(document.createElement('section'));
    const thanksFor = vi.fn().mockResolvedValueOnce(departmentThanks({ total: 0, thanks: [] })).mockRejectedValueOnce(new ApiError(503, 'Service Unavailable'));
    renderDepartments(section, [department('a', 'A'), department('b', 'B')], true, actions({ thanksFor }));
    section.querySelector<HTMLButtonElement>('[data-thanks-for=a]')!.click();
    section.querySelector<HTMLButtonElement>('[data-thanks-for=b]')!.click();
    await flush();

    expect(section.querySelector('[data-thanks=a]')!.textContent).toBe('No thanks received yet.');
    expect(section.querySelector('[data-thanks=b] [role=alert]')!.textContent).toBe('The thanks could not be loaded: Service Unavailable');
    expect(section.querySelector('[data-thanks=a]')!.closest('td')!.getAttribute('colspan')).toBe('7');
  });

  it('renders thanks messages, names and issue keys with markup as text', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const section = document.body.appendChild(document.createElement('section'));
    const thanks = departmentThanks({ total: 1, thanks: [thanksItem({ from: markup, fromDepartment: { id: 'x', name: markup, archived: false }, issueKey: markup, message: markup })] });
    renderDepartments(section, [department('a', 'A')], false, actions({ thanksFor: vi.fn().mockResolvedValue(thanks) }));
    section.querySelector<HTMLButtonElement>('[data-thanks-for=a]')!.click();
    await flush();

    expect(section.querySelector('img')).toBeNull();
    expect(section.querySelector('.thanks__message')!.textContent).toBe(markup);
    expect(section.querySelector('.thanks__who')!.textContent).toContain(markup);
  });

  it('reads project keys with and without a component', () => {
    expect(parseProjects(' sales  HR/12 ')).toEqual([
      { projectKey: 'SALES', componentId: null },
      { projectKey: 'HR', componentId: '12' },
    ]);
  });
});
