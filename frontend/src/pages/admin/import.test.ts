import { describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../api/types';
import { type ImportActions, renderImportPanel, renderImportReport } from './import';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const clean: ImportReport = { dryRun: true, departmentsCreated: 2, relationshipsCreated: 1, relationshipsUpdated: 0, errors: [] };
const failed: ImportReport = {
  ...clean,
  errors: [
    { line: 3, field: 'customer', message: 'No department called "Sals".' },
    { line: 7, field: 'firstResponseHours', message: 'Not a number: "soon".' },
  ],
};

function actions(overrides: Partial<ImportActions> = {}): ImportActions {
  return { checkImport: vi.fn().mockResolvedValue(clean), runImport: vi.fn().mockResolvedValue(clean), exportCsv: vi.fn().mockResolvedValue(undefined), ...overrides };
}

describe('CSV import', () => {
  it('lists every error by line and field', () => {
    const report = renderImportReport(failed);
    const rows = Array.from(report.querySelectorAll<HTMLTableRowElement>('tbody tr'), (row) => Array.from(row.cells, (c) => c.textContent));

    expect(rows).toEqual([
      ['3', 'customer', 'No department called "Sals".'],
      ['7', 'firstResponseHours', 'Not a number: "soon".'],
    ]);
    expect(report.querySelector('[role=alert]')!.textContent).toContain('2 problems');
  });

  it('says what a clean check would do and what an import did', () => {
    expect(renderImportReport(clean).textContent).toContain('The check passed. Importing would give: 2 departments created, 1 relationship created, 0 relationships updated.');
    expect(renderImportReport({ ...clean, dryRun: false }).textContent).toContain('Imported: 2 departments created');
    expect(renderImportReport({ ...failed, dryRun: false }).textContent).toContain('Nothing was imported');
  });

  it('checks the pasted CSV with a dry run and shows the report', async () => {
    const checkImport = vi.fn().mockResolvedValue(failed);
    const runImport = vi.fn();
    const panel = renderImportPanel(true, actions({ checkImport, runImport }));
    panel.querySelector('textarea')!.value = 'provider,customer\nMarketing,Sals';
    Array.from(panel.querySelectorAll('button')).find((b) => b.textContent === 'Check')!.click();
    await flush();

    expect(checkImport).toHaveBeenCalledWith('provider,customer\nMarketing,Sals', expect.any(Function));
    expect(runImport).not.toHaveBeenCalled();
    expect(panel.querySelector('.import-report tbody')!.textContent).toContain('Sals');
  });

  it('imports with Import and asks for CSV when there is none', async () => {
    const runImport = vi.fn().mockResolvedValue({ ...clean, dryRun: false });
    const panel = renderImportPanel(true, actions({ runImport }));
    const importButton = Array.from(panel.querySelectorAll('button')).find((b) => b.textContent === 'Import')!;
    importButton.click();
    expect(runImport).not.toHaveBeenCalled();
    expect(panel.querySelector('[role=alert]')!.textContent).toContain('Choose a CSV file');

    panel.querySelector('textarea')!.value = 'a,b';
    importButton.click();
    await flush();
    expect(runImport).toHaveBeenCalledWith('a,b', expect.any(Function));
    expect(panel.textContent).toContain('Imported:');
  });

  it('shows a large import’s progress as it goes, then its report', async () => {
    let finish: (report: ImportReport) => void = () => {};
    const runImport = vi.fn((_csv: string, onProgress: (done: number, total: number) => void) => {
      onProgress(12_400, 50_000);
      return new Promise<ImportReport>((resolve) => (finish = resolve));
    });
    const panel = renderImportPanel(true, actions({ runImport }));
    panel.querySelector('textarea')!.value = 'a,b';
    Array.from(panel.querySelectorAll('button')).find((b) => b.textContent === 'Import')!.click();

    const progress = panel.querySelector('progress')!;
    expect(progress.value).toBe(12_400);
    expect(progress.max).toBe(50_000);
    expect(panel.querySelector('.import-progress')!.textContent).toBe('Importing: 12,400 of 50,000 rows…');
    expect(panel.querySelector('.import-progress')!.getAttribute('role')).toBe('status');

    finish({ ...clean, dryRun: false });
    await flush();
    expect(panel.querySelector('progress')).toBeNull();
    expect(panel.textContent).toContain('Imported:');
  });

  it('offers only the export when read-only', () => {
    const exportCsv = vi.fn().mockResolvedValue(undefined);
    const panel = renderImportPanel(false, actions({ exportCsv }));

    expect(panel.querySelector('textarea')).toBeNull();
    const link = panel.querySelector('a')!;
    expect(link.textContent).toBe('Export CSV');
    link.click();
    expect(exportCsv).toHaveBeenCalled();
  });
});
