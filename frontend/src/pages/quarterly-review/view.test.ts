import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { department, relationship } from '../../testing/fixtures';
import { HOSTILE, customerMember, review, siteAdmin } from '../../testing/review-fixtures';
import type { ReviewActions } from './edit';
import { reviewEditing } from './editing';
import { defaultParams, openingParams } from './picker';
import type { ReviewExports } from './toolbar';
import { renderReviewError, renderReviewPage, renderReviewResult } from './view';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const quarters = ['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1'];
const choices = {
  relationships: [relationship({ id: 'rel-1' }), relationship({ id: 'rel-2', provider: { id: 'it', name: 'IT', archived: false } })],
  departments: [department('sales', 'Sales'), department('it', HOSTILE)],
};
const noEdits = { actions: { objectives: vi.fn().mockResolvedValue([]) } as unknown as ReviewActions, changed: vi.fn() };

function exportsMock() {
  return {
    measuresCsv: vi.fn<ReviewExports['measuresCsv']>().mockResolvedValue(new Blob(['m'])),
    reviewItemsCsv: vi.fn<ReviewExports['reviewItemsCsv']>().mockResolvedValue(new Blob(['i'])),
    download: vi.fn<ReviewExports['download']>(),
    print: vi.fn<ReviewExports['print']>(),
  };
}

describe('Quarterly review page', () => {
  afterEach(() => document.body.replaceChildren());

  it('preselects the URL’s scope and quarter; without one, the first relationship', () => {
    const root = document.createElement('main');
    renderReviewPage(root, choices, { relationship: '', department: 'sales', quarter: '2026-Q2' }, quarters, vi.fn());

    expect(root.querySelector<HTMLSelectElement>('#review-scope')!.value).toBe('department:sales');
    expect(root.querySelector<HTMLSelectElement>('#review-quarter')!.value).toBe('2026-Q2');
    expect(Array.from(root.querySelectorAll('#review-quarter option'), (o) => o.textContent)[0]).toBe('Q4 2026 (current)');
    expect(defaultParams(choices, { relationship: '', department: '', quarter: '' }).relationship).toBe('rel-2'); // "IT → Sales" before "Marketing → Sales"
    // By name: "<img …" sorts before "Sales".
    expect(defaultParams({ relationships: [], departments: choices.departments }, { relationship: '', department: '', quarter: '' }).department).toBe('it');
  });

  it('opens where the app says there is most to read, and on the first by name when it cannot say', async () => {
    const none = { relationship: '', department: '', quarter: '2026-Q3' };
    const opening = vi.fn().mockResolvedValue({ kind: 'relationship', id: 'rel-9', name: 'Legal → IT' });

    expect(await openingParams(choices, none, opening)).toEqual({ relationship: 'rel-9', department: '', quarter: '2026-Q3' });
    expect(opening).toHaveBeenCalledWith('2026-Q3');
    expect(await openingParams(choices, none, vi.fn().mockResolvedValue({ kind: 'department', id: 'it', name: 'IT' }))).toEqual({ relationship: '', department: 'it', quarter: '2026-Q3' });
    expect((await openingParams(choices, none, vi.fn().mockRejectedValue(new Error('offline')))).relationship).toBe('rel-2');
    const chosen = { relationship: 'rel-1', department: '', quarter: '' };
    const unused = vi.fn();
    expect(await openingParams(choices, chosen, unused)).toBe(chosen);
    expect(unused).not.toHaveBeenCalled();
  });

  it('applies a new scope or quarter at once', () => {
    const root = document.createElement('main');
    const onChange = vi.fn();
    renderReviewPage(root, choices, { relationship: 'rel-1', department: '', quarter: '' }, quarters, onChange);
    const scope = root.querySelector<HTMLSelectElement>('#review-scope')!;
    scope.value = 'department:it';
    scope.dispatchEvent(new Event('change', { bubbles: true }));

    expect(onChange).toHaveBeenLastCalledWith({ relationship: '', department: 'it', quarter: '2026-Q4' });
  });

  it('shows names with markup as text in the picker', () => {
    const root = document.createElement('main');
    renderReviewPage(root, choices, { relationship: '', department: '', quarter: '' }, quarters, vi.fn());

    expect(root.querySelector('img')).toBeNull();
    expect(Array.from(root.querySelectorAll('#review-scope option'), (o) => o.textContent)).toContain(HOSTILE);
  });

  it('explains what to do on a site without departments', () => {
    const root = document.createElement('main');
    expect(renderReviewPage(root, { relationships: [], departments: [] }, { relationship: '', department: '', quarter: '' }, quarters, vi.fn())).toBeNull();
    expect(root.textContent).toContain('No departments yet');
    expect(root.dataset.ready).toBe('true');
  });

  it('renders the review with a notice, exports and only the forms the viewer may use', () => {
    const root = document.createElement('main');
    const slot = renderReviewPage(root, choices, { relationship: 'rel-1', department: '', quarter: '' }, quarters, vi.fn())!;
    const query = { kind: 'relationship' as const, id: 'rel-1', quarter: '2026-Q4' };
    renderReviewResult(root, slot, review({ you: customerMember }), query, exportsMock(), reviewEditing(noEdits), { text: 'Saved.' });

    expect(root.dataset.ready).toBe('true');
    expect(slot.querySelector('#review-notice')!.textContent).toBe('Saved.');
    const edits = Array.from(slot.querySelectorAll<HTMLElement>('[data-edit]'), (e) => e.dataset.edit);
    expect(edits).toEqual(expect.arrayContaining(['link-form', 'measure-form', 'value-form', 'item-form', 'thanks-form', 'item-edit-item-1']));
    expect(edits).not.toContain('objective-form');
    expect(edits).not.toContain('note-form');

    renderReviewResult(root, slot, review({ you: siteAdmin }), query, exportsMock(), reviewEditing(noEdits));
    expect(slot.querySelector('[data-edit=objective-form]')).not.toBeNull();
    expect(slot.querySelector('[data-edit=note-form]')).toBeNull(); // only the sponsor writes the note

    renderReviewResult(root, slot, review({ you: { ...customerMember, sponsorOf: ['rel-1'] } }), query, exportsMock(), reviewEditing(noEdits));
    expect(slot.querySelector('[data-edit=note-form]')).not.toBeNull();
  });

  it('downloads the CSVs of the relationship with the context token’s calls, and prints', async () => {
    const root = document.createElement('main');
    const slot = renderReviewPage(root, choices, { relationship: 'rel-1', department: '', quarter: '' }, quarters, vi.fn())!;
    const exports = exportsMock();
    renderReviewResult(root, slot, review(), { kind: 'relationship', id: 'rel-1', quarter: '2026-Q4' }, exports, reviewEditing(noEdits));
    slot.querySelector<HTMLButtonElement>('#export-measures')!.click();
    slot.querySelector<HTMLButtonElement>('#export-items')!.click();
    slot.querySelector<HTMLButtonElement>('#review-print')!.click();
    await flush();

    expect(exports.measuresCsv).toHaveBeenCalledWith('2026-Q4', 'rel-1');
    expect(exports.reviewItemsCsv).toHaveBeenCalledWith('rel-1');
    expect(exports.download.mock.calls.map((c) => c[1])).toEqual(['measures-2026-Q4.csv', 'review-items.csv']);
    expect(exports.print).toHaveBeenCalledTimes(1);
  });

  it('says why an export failed, and exports the whole quarter for a department', async () => {
    const root = document.createElement('main');
    const slot = renderReviewPage(root, choices, { relationship: '', department: 'it', quarter: '' }, quarters, vi.fn())!;
    const exports = exportsMock();
    exports.measuresCsv.mockRejectedValue(new ApiError(403, 'Forbidden'));
    renderReviewResult(root, slot, review(), { kind: 'department', id: 'it', quarter: '2026-Q3' }, exports, reviewEditing(noEdits));
    slot.querySelector<HTMLButtonElement>('#export-measures')!.click();
    await flush();

    expect(exports.measuresCsv).toHaveBeenCalledWith('2026-Q3', undefined);
    expect(slot.querySelector('.review-toolbar [role=alert]')!.textContent).toBe('The export failed: Forbidden');
    expect(slot.querySelector<HTMLButtonElement>('#export-measures')!.disabled).toBe(false);
  });

  it('shows a failed load as an alert', () => {
    const root = document.createElement('main');
    const slot = renderReviewPage(root, choices, { relationship: 'gone', department: '', quarter: '' }, quarters, vi.fn())!;
    renderReviewError(root, slot, 'The review could not be loaded: No relationship gone on this site.');

    expect(slot.querySelector('[role=alert]')!.textContent).toContain('No relationship gone');
    expect(root.dataset.ready).toBe('error');
    expect(root.querySelector<HTMLSelectElement>('#review-scope')!.value).toBe('relationship:gone');
  });

  it('says what a save did in the section of its form', () => {
    const root = document.createElement('main');
    const slot = renderReviewPage(root, choices, { relationship: 'rel-1', department: '', quarter: '' }, quarters, vi.fn())!;
    renderReviewResult(root, slot, review({ you: customerMember }), { kind: 'relationship', id: 'rel-1', quarter: '2026-Q4' }, exportsMock(),
      reviewEditing(noEdits), { text: 'Raised.', section: 'items' });

    expect(slot.querySelector('[data-section=items] > h3 + #review-notice')!.textContent).toBe('Raised.');
    expect(slot.querySelectorAll('#review-notice')).toHaveLength(1);
  });
});
