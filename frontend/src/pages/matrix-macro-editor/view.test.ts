import { afterEach, describe, expect, it, vi } from 'vitest';
import { macroEditor } from '../../api/client';
import { paramsFrom } from '../../matrix/params';
import { department, relationship } from '../../testing/fixtures';
import { HOSTILE } from '../../testing/review-fixtures';
import { renderEditor } from './view';

/** A matrix macro saves the review's parameters empty: the macro URL keeps one shape. */
const matrixMode = { mode: 'matrix', relationship: '', department: '', quarter: '' };
const relationships = [relationship({ id: 'rel-1' }), relationship({ id: 'rel-2', provider: { id: 'it', name: HOSTILE, archived: false } })];

const quarters = ['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1'];
const departments = [department('sales', 'Sales'), department('marketing', 'Marketing'), department('it', 'IT')];

function mockBridge(data: Record<string, string> | undefined) {
  const confluence = {
    getMacroData: vi.fn((callback: (d: Record<string, string> | undefined) => void) => callback(data)),
    saveMacro: vi.fn(),
    closeMacroEditor: vi.fn(),
  };
  window.AP = { context: { getToken: vi.fn() }, confluence };
  return confluence;
}

describe('Matrix macro editor', () => {
  afterEach(() => {
    delete window.AP;
    document.body.replaceChildren();
  });

  it('loads the macro parameters and ticks the saved departments', async () => {
    mockBridge({ departments: 'sales,it', metric: 'yesno', period: '2026-Q3' });
    const data = await macroEditor.data();
    const root = document.createElement('main');
    renderEditor(root, departments, paramsFrom(data), quarters, macroEditor);

    const ticked = Array.from(root.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'), (box) => box.value);
    expect(ticked.sort()).toEqual(['it', 'sales']);
    expect(root.querySelector<HTMLSelectElement>('select[name=metric]')!.value).toBe('yesno');
    expect(root.querySelector<HTMLSelectElement>('select[name=period]')!.value).toBe('2026-Q3');
    expect(root.dataset.ready).toBe('true');
  });

  it('saves the chosen departments, metric and period, then closes the editor', () => {
    const confluence = mockBridge(undefined);
    const root = document.body.appendChild(document.createElement('main'));
    renderEditor(root, departments, { departments: [], metric: 'agreement', period: '' }, quarters, macroEditor);

    for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = box.value !== 'it';
    root.querySelector<HTMLSelectElement>('select[name=metric]')!.value = 'satisfaction';
    root.querySelector<HTMLSelectElement>('select[name=period]')!.value = '2025-Q4';
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    expect(confluence.saveMacro).toHaveBeenCalledWith({ ...matrixMode, departments: 'marketing,sales', metric: 'satisfaction', period: '2025-Q4' });
    expect(confluence.closeMacroEditor).toHaveBeenCalledTimes(1);
    expect(confluence.saveMacro.mock.invocationCallOrder[0]!).toBeLessThan(confluence.closeMacroEditor.mock.invocationCallOrder[0]!);
  });

  it('saves "all departments" and "current quarter" as empty parameters', () => {
    const confluence = mockBridge(undefined);
    const root = document.body.appendChild(document.createElement('main'));
    renderEditor(root, departments, { departments: [], metric: 'agreement', period: '' }, quarters, macroEditor);
    expect(root.querySelector<HTMLSelectElement>('select[name=period]')!.selectedOptions[0]!.textContent).toContain('Current quarter');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    expect(confluence.saveMacro).toHaveBeenCalledWith({ ...matrixMode, departments: '', metric: 'agreement', period: '' });
  });

  it('only closes on Cancel', () => {
    const confluence = mockBridge(undefined);
    const root = document.body.appendChild(document.createElement('main'));
    renderEditor(root, departments, { departments: ['sales'], metric: 'open', period: '' }, quarters, macroEditor);
    Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Cancel')!.click();

    expect(confluence.closeMacroEditor).toHaveBeenCalledTimes(1);
    expect(confluence.saveMacro).not.toHaveBeenCalled();
  });

  it('shows department names with markup as text', () => {
    mockBridge(undefined);
    const root = document.createElement('main');
    renderEditor(root, [department('x', '<script>alert(1)</script>')], { departments: [], metric: 'agreement', period: '' }, quarters, macroEditor);

    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.checklist label')!.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps a saved period older than the listed quarters', () => {
    mockBridge(undefined);
    const root = document.createElement('main');
    renderEditor(root, departments, { departments: [], metric: 'agreement', period: '2023-Q1' }, quarters, macroEditor);

    expect(root.querySelector<HTMLSelectElement>('select[name=period]')!.value).toBe('2023-Q1');
  });

  it('opens in review mode with the saved relationship and quarter, the matrix fields hidden', () => {
    mockBridge(undefined);
    const root = document.createElement('main');
    renderEditor(root, departments, { departments: [], metric: 'agreement', period: '' }, quarters, macroEditor, {
      mode: 'review',
      params: { relationship: 'rel-1', department: '', quarter: '2026-Q3' },
      relationships,
    });

    expect(root.querySelector<HTMLSelectElement>('#macro-mode')!.value).toBe('review');
    expect(root.querySelector<HTMLElement>('[data-part=matrix]')!.hidden).toBe(true);
    expect(root.querySelector<HTMLElement>('[data-part=review]')!.hidden).toBe(false);
    expect(root.querySelector<HTMLSelectElement>('#macro-scope')!.value).toBe('relationship:rel-1');
    expect(root.querySelector<HTMLSelectElement>('#macro-quarter')!.value).toBe('2026-Q3');
    expect(Array.from(root.querySelectorAll('#macro-scope option'), (o) => o.textContent)).toEqual(['Choose…', `${HOSTILE} → Sales`, 'Marketing → Sales', 'IT', 'Marketing', 'Sales']);
    expect(root.querySelector('img')).toBeNull();
  });

  it('saves review mode with a department and the current quarter, the matrix parameters empty', () => {
    const confluence = mockBridge(undefined);
    const root = document.body.appendChild(document.createElement('main'));
    renderEditor(root, departments, { departments: ['sales'], metric: 'open', period: '2026-Q1' }, quarters, macroEditor, {
      mode: 'matrix',
      params: { relationship: '', department: '', quarter: '' },
      relationships,
    });
    const mode = root.querySelector<HTMLSelectElement>('#macro-mode')!;
    mode.value = 'review';
    mode.dispatchEvent(new Event('change'));
    expect(root.querySelector<HTMLElement>('[data-part=matrix]')!.hidden).toBe(true);
    root.querySelector<HTMLSelectElement>('#macro-scope')!.value = 'department:it';
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    expect(confluence.saveMacro).toHaveBeenCalledWith({ mode: 'review', departments: '', metric: 'agreement', period: '', relationship: '', department: 'it', quarter: '' });
    expect(confluence.closeMacroEditor).toHaveBeenCalledTimes(1);
  });

  it('refuses to save a review without a relationship or department and says why', () => {
    const confluence = mockBridge(undefined);
    const root = document.body.appendChild(document.createElement('main'));
    renderEditor(root, departments, { departments: [], metric: 'agreement', period: '' }, quarters, macroEditor, {
      mode: 'review',
      params: { relationship: '', department: '', quarter: '' },
      relationships,
    });
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    expect(confluence.saveMacro).not.toHaveBeenCalled();
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Choose a relationship or a department for the review.');
  });
});
