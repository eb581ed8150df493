import { describe, expect, it, vi } from 'vitest';
import type { MatrixQuery } from '../../api/client';
import { cell, department, matrix } from '../../testing/fixtures';
import { renderMatrixPage, renderMatrixResult } from './view';

const quarters = ['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1'];
const query: MatrixQuery = { departments: [], metric: 'agreement', period: '2026-Q4' };
const departments = [department('sales', 'Sales'), department('marketing', 'Marketing'), department('it', 'IT')];

describe('Relationship matrix page', () => {
  it('offers departments, the six metrics and the current quarter with the seven before it', () => {
    const root = document.createElement('main');
    renderMatrixPage(root, departments, query, quarters, vi.fn());

    const options = (name: string) => Array.from(root.querySelectorAll(`select[name=${name}] option`), (o) => o.textContent);
    expect(options('departments')).toEqual(['IT', 'Marketing', 'Sales']);
    expect(options('metric')).toEqual(['Agreement', 'Satisfaction', 'Yes/no tab', 'Open requests', 'Service target met', 'Specification complete']);
    expect(options('period')).toHaveLength(8);
    expect(options('period')[0]).toBe('Q4 2026 (current)');
    expect(options('period')[7]).toBe('Q1 2025');
  });

  it('applies a filter change with the chosen departments, metric and period', () => {
    const root = document.createElement('main');
    const onChange = vi.fn();
    renderMatrixPage(root, departments, query, quarters, onChange);
    const form = root.querySelector('form')!;
    const select = form.querySelector<HTMLSelectElement>('select[name=departments]')!;
    select.options[0]!.selected = true; // IT
    select.options[2]!.selected = true; // Sales
    form.querySelector<HTMLSelectElement>('select[name=metric]')!.value = 'yesno';
    form.querySelector<HTMLSelectElement>('select[name=period]')!.value = '2026-Q2';
    form.dispatchEvent(new Event('change', { bubbles: true }));

    expect(onChange).toHaveBeenLastCalledWith({ departments: ['it', 'sales'], metric: 'yesno', period: '2026-Q2' });

    form.querySelector<HTMLButtonElement>('button')!.click(); // All departments
    expect(onChange).toHaveBeenLastCalledWith({ departments: [], metric: 'yesno', period: '2026-Q2' });
  });

  it('explains what to do when the site has no departments yet', () => {
    const root = document.createElement('main');
    const slot = renderMatrixPage(root, [], query, quarters, vi.fn());

    expect(slot).toBeNull();
    expect(root.querySelector('form')).toBeNull();
    expect(root.textContent).toContain('No departments yet');
    expect(root.textContent).toContain('An administrator defines the departments');
    expect(root.dataset.ready).toBe('true');
  });

  it('renders the matrix into its slot and marks the page ready', () => {
    const root = document.createElement('main');
    const slot = renderMatrixPage(root, departments, query, quarters, vi.fn())!;
    expect(root.dataset.ready).toBeUndefined();
    renderMatrixResult(root, slot, matrix(['Marketing', 'Sales'], [cell(0, 1, { label: 'Agreed' })], { metric: 'agreement' }), { loadRelationship: vi.fn() });

    expect(slot.querySelector('table caption')!.textContent).toContain('Agreement, Q4 2026');
    expect(slot.querySelector('td[data-cell]')!.textContent).toBe('Agreed');
    expect(root.dataset.ready).toBe('true');
  });

  it('shows department names with markup as text in the filter', () => {
    const root = document.createElement('main');
    renderMatrixPage(root, [department('x', '<img src=x onerror=alert(1)>')], query, quarters, vi.fn());

    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('option')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
