import { afterEach, describe, expect, it, vi } from 'vitest';
import { cell, matrix } from '../testing/fixtures';
import { heatLevel, renderMatrixTable } from './table';

function texts(nodes: Iterable<Element>): string[] {
  return Array.from(nodes, (n) => n.textContent ?? '');
}

describe('Matrix table', () => {
  afterEach(() => vi.restoreAllMocks());

  it('puts providers in rows and customers in columns, with a caption and header scopes', () => {
    const view = matrix(['Marketing', 'Sales', 'IT'], [cell(0, 1, { label: '90% satisfied' }), cell(2, 0, { label: '40% satisfied', value: 0.4 })]);
    const table = renderMatrixTable(view).querySelector('table')!;

    expect(table.caption?.textContent).toContain('Satisfaction, Q4 2026');
    expect(texts(table.querySelectorAll('thead th[scope=col]'))).toEqual(['Marketing', 'Sales', 'IT']);
    expect(texts(table.querySelectorAll('tbody th[scope=row]'))).toEqual(['Marketing', 'Sales', 'IT']);
    const rows = table.tBodies[0]!.rows;
    expect(rows[0]!.cells[2]!.textContent).toBe('90% satisfied'); // Marketing serves Sales
    expect(rows[2]!.cells[1]!.textContent).toBe('40% satisfied'); // IT serves Marketing
    expect(rows[1]!.cells[1]!.textContent).toBe('–'); // Sales serves nobody: a dash
    expect(rows[0]!.cells[1]!.classList.contains('cell--self')).toBe(true);
    expect(rows[0]!.cells[1]!.textContent).toBe(''); // the diagonal stays blank
  });

  it('always writes the label in the cell and colours it by value', () => {
    const view = matrix(
      ['A', 'B'],
      [cell(0, 1, { value: 0.95, label: 'Agreed' }), cell(1, 0, { value: null, noData: true, label: '' })],
      { metric: 'agreement' },
    );
    const table = renderMatrixTable(view);
    const [good, none] = Array.from(table.querySelectorAll<HTMLElement>('td[data-cell]'));

    expect(good!.textContent).toBe('Agreed');
    expect(good!.className).toContain('heat--4');
    expect(none!.textContent).toBe('No data yet');
    expect(none!.className).toContain('heat--nodata');
    expect(good!.tabIndex).toBe(0);
    expect(none!.tabIndex).toBe(-1); // one tab stop for the grid
  });

  it('colours satisfaction by its value (the rating 1 to 5 mapped to 0 to 1), writes its label, and a dash for an empty figure', () => {
    const view = matrix(
      ['A', 'B', 'C'],
      [
        cell(0, 1, { value: 0.8, label: '4.2 of 5 · 60 % met · 5 of 8 answered', counts: { sent: 8, answered: 5, yes: 3, partly: 1, no: 1 } }),
        cell(0, 2, { value: 0.25, label: '2.0 of 5 · 0 % met · 2 of 2 answered' }),
        cell(1, 0, { value: null, label: '', counts: { sent: 3, answered: 0 } }),
      ],
      { metric: 'satisfaction' },
    );
    const [good, poor, empty] = Array.from(renderMatrixTable(view).querySelectorAll<HTMLElement>('td[data-cell]'));

    expect(good!.textContent).toBe('4.2 of 5 · 60 % met · 5 of 8 answered');
    expect(good!.className).toContain('heat--4');
    expect(poor!.className).toContain('heat--1');
    expect(empty!.textContent).toBe('–');
    expect(empty!.className).toContain('heat--nodata');
    expect(heatLevel(cell(0, 1, { value: 1 }))).toBe('4');
    expect(heatLevel(cell(0, 1, { value: 0 }))).toBe('0');
  });

  it('maps values to five heat levels', () => {
    expect([0, 0.19, 0.2, 0.5, 0.79, 0.8, 1, 1.4].map((value) => heatLevel(cell(0, 1, { value })))).toEqual(['0', '0', '1', '2', '3', '4', '4', '4']);
    expect(heatLevel(cell(0, 1, { value: 0.7, noData: true }))).toBe('nodata');
  });

  it('shows markup in department names as text', () => {
    const view = matrix(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'], [cell(0, 1, { label: '<b>bold</b>' })]);
    const table = renderMatrixTable(view);

    expect(table.querySelector('script, img, b')).toBeNull();
    expect(table.querySelector('thead th[scope=col]')!.textContent).toBe('<script>alert(1)</script>');
    expect(table.querySelector('td[data-cell]')!.textContent).toBe('<b>bold</b>');
  });

  it('opens a cell on click and on Enter through one listener on the table', () => {
    const cellListener = vi.spyOn(HTMLTableCellElement.prototype, 'addEventListener');
    const opened: string[] = [];
    const view = matrix(['A', 'B', 'C'], [cell(0, 1), cell(1, 2)]);
    const scroll = renderMatrixTable(view, (c) => opened.push(`${c.provider}-${c.customer}`));
    document.body.append(scroll);
    const [first, second] = Array.from(scroll.querySelectorAll<HTMLElement>('td[data-cell]'));

    first!.click();
    second!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    scroll.querySelector<HTMLElement>('.cell--none')!.click();

    expect(opened).toEqual(['0-1', '1-2']);
    expect(second!.getAttribute('aria-current')).toBe('true');
    expect(first!.hasAttribute('aria-current')).toBe(false);
    expect(cellListener).not.toHaveBeenCalled();
    scroll.remove();
  });

  it('moves the focus with the arrow keys to the nearest cell with a relationship', () => {
    const view = matrix(['A', 'B', 'C', 'D'], [cell(0, 1), cell(0, 3), cell(2, 1), cell(3, 2)]);
    const scroll = renderMatrixTable(view, vi.fn());
    document.body.append(scroll);
    const at = (p: number, c: number) => scroll.querySelector<HTMLTableCellElement>(`td[data-cell="${view.cells.findIndex((x) => x.provider === p && x.customer === c)}"]`)!;
    const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    at(0, 1).focus();

    press('ArrowRight'); // skips the empty C column
    expect(document.activeElement).toBe(at(0, 3));
    press('ArrowLeft');
    press('ArrowDown'); // skips B's own row cell
    expect(document.activeElement).toBe(at(2, 1));
    expect(scroll.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    press('ArrowDown'); // nothing below in this column: stays
    expect(document.activeElement).toBe(at(2, 1));
    scroll.remove();
  });

  // jsdom is far slower than a browser (Chromium renders this in about 0.3 s); the timeout catches a
  // per-cell search through all cells, which would take minutes.
  it('renders 300 departments with 20,000 relationships: the first rows at once, the rest in chunks', { timeout: 30_000 }, async () => {
    const names = Array.from({ length: 300 }, (_, i) => `Department ${i}`);
    const cells = [];
    for (let p = 0; p < 300 && cells.length < 20_000; p++) {
      for (let c = 0; c < 300 && cells.length < 20_000; c++) if (p !== c && (p + c) % 4 !== 0) cells.push(cell(p, c, { value: (p % 10) / 10, label: `${p}/${c}` }));
    }
    const table = renderMatrixTable(matrix(names, cells)).querySelector('table')!;
    expect(table.tBodies[0]!.rows).toHaveLength(20);
    expect(table.dataset.complete).toBeUndefined();

    await vi.waitFor(() => expect(table.dataset.complete).toBe('true'), { timeout: 20_000 });
    expect(table.tBodies[0]!.rows).toHaveLength(300);
    expect(table.querySelectorAll('td[data-cell]')).toHaveLength(20_000);
    expect(table.tBodies[0]!.rows[299]!.cells).toHaveLength(301);
    expect(table.tBodies[0]!.rows[5]!.cells[7]!.textContent).toBe('5/6'); // column 0 holds the row header
    expect(table.tBodies[0]!.rows[5]!.cells[8]!.textContent).toBe('–'); // 5 + 7 is a multiple of 4: no relationship
  });
});
