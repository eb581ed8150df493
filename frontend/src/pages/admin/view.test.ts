import { describe, expect, it, vi } from 'vitest';
import { admin, department, member, relationship } from '../../testing/fixtures';
import { type AdminActions, renderAdmin, renderError } from './view';

function actions(): AdminActions {
  const ok = vi.fn().mockResolvedValue(undefined);
  return {
    saveDepartment: ok,
    deleteDepartment: ok,
    saveRelationship: ok,
    deleteRelationship: ok,
    openRelationship: ok,
    closeRelationship: vi.fn(),
    confirmAgreement: ok,
    checkImport: vi.fn(),
    runImport: vi.fn(),
    exportCsv: ok,
    thanksFor: vi.fn(),
  };
}

const departments = [department('marketing', 'Marketing'), department('sales', 'Sales')];

describe('Admin page', () => {
  it('lets an administrator add departments and relationships and import', () => {
    const root = document.createElement('main');
    renderAdmin(root, { me: admin, departments, relationships: [relationship()], opened: null }, actions());

    const buttons = Array.from(root.querySelectorAll('button'), (b) => b.textContent);
    expect(buttons).toContain('Add department');
    expect(buttons).toContain('Add relationship');
    expect(buttons).toContain('Import');
    expect(root.querySelector('[data-read-only]')).toBeNull();
    expect(root.dataset.ready).toBe('true');
  });

  it('shows everything read-only, with a short explanation, to someone who is not an administrator', () => {
    const root = document.createElement('main');
    renderAdmin(root, { me: member, departments, relationships: [relationship()], opened: null }, actions());

    expect(root.querySelector('[data-read-only]')!.textContent).toContain('only administrators');
    const buttons = Array.from(root.querySelectorAll('button'), (b) => b.textContent);
    expect(buttons).not.toContain('Add department');
    expect(buttons).not.toContain('Edit');
    expect(buttons).not.toContain('Import');
    expect(root.textContent).toContain('Marketing → Sales');
    expect(root.querySelector('a')!.textContent).toBe('Export CSV');
  });

  it('opens the agreement panel of a relationship', () => {
    const root = document.createElement('main');
    renderAdmin(root, { me: admin, departments, relationships: [relationship()], opened: relationship() }, actions());

    expect(root.querySelector('section[data-relationship="rel-1"] .agreement')).not.toBeNull();
  });

  it('shows a loading failure as an alert', () => {
    const root = document.createElement('main');
    renderError(root, 'The departments and relationships could not be loaded: Unauthorized');

    expect(root.querySelector('[role=alert]')!.textContent).toContain('Unauthorized');
    expect(root.dataset.ready).toBe('error');
  });
});
