import { describe, expect, it, vi } from 'vitest';
import { cell, matrix } from '../../testing/fixtures';
import { HOSTILE, review, siteAdmin, snapshotRow } from '../../testing/review-fixtures';
import { renderError, renderMacro, renderNoScope, renderReviewMacro } from './view';

describe('Matrix macro', () => {
  it('renders the heat-map table and tells the host its size when a cell opens', () => {
    const root = document.createElement('main');
    const onLayout = vi.fn();
    const view = matrix(['HR', 'IT', 'Sales'], [cell(0, 1, { label: '3 open' }), cell(1, 2, { label: '1 open', value: 0.1 })], { metric: 'open' });
    renderMacro(root, view, { departments: [], metric: 'open', period: '' }, { loadRelationship: vi.fn().mockResolvedValue(undefined), onLayout });

    const table = root.querySelector('table')!;
    expect(table.caption!.textContent).toContain('Open requests');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(Array.from(table.querySelectorAll('td[data-cell]'), (td) => td.textContent)).toEqual(['3 open', '1 open']);
    expect(root.dataset.ready).toBe('true');

    table.querySelector<HTMLElement>('td[data-cell]')!.click();
    expect(root.querySelector('.detail')).not.toBeNull();
    expect(onLayout).toHaveBeenCalled();
  });

  it('shows the departments that remain and says once that one it names is gone', () => {
    const root = document.createElement('main');
    const view = matrix(['HR', 'IT'], [cell(0, 1)], { missingDepartments: ['gone'] });
    renderMacro(root, view, { departments: ['hr', 'gone', 'it'], metric: 'agreement', period: '' }, { loadRelationship: vi.fn() });

    expect(root.querySelectorAll('[data-note=missing-departments]')).toHaveLength(1);
    expect(root.querySelector('[data-note=missing-departments]')!.textContent).toContain('A department this macro names no longer exists');
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('says that every department it names is gone rather than showing an error', () => {
    const root = document.createElement('main');
    renderMacro(root, matrix([], [], { missingDepartments: ['a', 'b'] }), { departments: ['a', 'b'], metric: 'agreement', period: '' }, { loadRelationship: vi.fn() });

    expect(root.textContent).toContain('None of the chosen departments exist');
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  it('shows the empty state when the site has no departments', () => {
    const root = document.createElement('main');
    renderMacro(root, matrix([], []), { departments: [], metric: 'agreement', period: '' }, { loadRelationship: vi.fn() });

    expect(root.textContent).toContain('No departments yet');
    expect(root.dataset.ready).toBe('true');
  });

  it('shows errors as an alert', () => {
    const root = document.createElement('main');
    renderError(root, 'The relationship matrix could not be loaded: Forbidden');

    expect(root.querySelector('[role=alert]')!.textContent).toContain('Forbidden');
    expect(root.dataset.ready).toBe('error');
  });

  it('renders the quarterly review read-only in review mode, even for an administrator', () => {
    const root = document.createElement('main');
    renderReviewMacro(root, review({ you: siteAdmin, snapshot: [snapshotRow({ providerName: HOSTILE })] }));

    expect(root.querySelector('h2')!.textContent).toBe('IT → HR · Q4 2026');
    expect(root.querySelectorAll('svg[role=img]')).toHaveLength(4);
    expect(root.querySelector('form, details, button')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
    expect(root.dataset.ready).toBe('true');
  });

  it('asks for a scope when a review macro was saved without one', () => {
    const root = document.createElement('main');
    renderNoScope(root);

    expect(root.querySelector('[data-empty=no-scope]')!.textContent).toContain('Edit the macro');
    expect(root.dataset.ready).toBe('true');
  });
});
