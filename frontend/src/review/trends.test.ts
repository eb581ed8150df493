import { describe, expect, it } from 'vitest';
import { trend } from '../testing/review-fixtures';
import { renderTrends } from './trends';

describe('Review trends', () => {
  it('draws four accessible charts: role img, a name and a title that say every quarter', () => {
    const charts = Array.from(renderTrends(trend()).querySelectorAll('svg'));

    expect(charts.map((c) => c.getAttribute('data-chart'))).toEqual(['satisfaction', 'met', 'yes', 'service']);
    for (const chart of charts) {
      expect(chart.getAttribute('role')).toBe('img');
      expect(chart.querySelector(':scope > title')!.textContent).toBe(chart.getAttribute('aria-label'));
    }
    expect(charts[0]!.getAttribute('aria-label')).toBe(
      'Satisfaction, average rating 1 to 5: Q1 2026 3.1 of 5; Q2 2026 no data; Q3 2026 3.8 of 5; Q4 2026 4.2 of 5.',
    );
    expect(charts[3]!.getAttribute('aria-label')).toBe('Service target met, 0 to 100 %: Q1 2026 60%; Q2 2026 no data; Q3 2026 no data; Q4 2026 90%.');
  });

  it('leaves a gap for a quarter without data: no point, and the line breaks there', () => {
    const charts = renderTrends(trend()).querySelectorAll('svg');
    const satisfaction = charts[0]!;
    const service = charts[3]!;

    expect(Array.from(satisfaction.querySelectorAll('circle'), (c) => c.getAttribute('data-period'))).toEqual(['2026-Q1', '2026-Q3', '2026-Q4']);
    expect(satisfaction.querySelectorAll('polyline')).toHaveLength(1); // Q3 to Q4; Q1 stands alone
    expect(satisfaction.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(2);
    expect(Array.from(service.querySelectorAll('circle'), (c) => c.getAttribute('data-period'))).toEqual(['2026-Q1', '2026-Q4']);
    expect(service.querySelectorAll('polyline')).toHaveLength(0);
  });

  it('puts shares on a fixed 0–100 scale and ratings on 1–5: higher values sit higher', () => {
    const charts = renderTrends(trend()).querySelectorAll('svg');
    const ys = (chart: Element) => Array.from(chart.querySelectorAll('circle'), (c) => Number(c.getAttribute('cy')));

    const [q1, q3, q4] = ys(charts[0]!);
    expect(q4!).toBeLessThan(q3!);
    expect(q3!).toBeLessThan(q1!);
    expect(Array.from(charts[1]!.querySelectorAll('.trend__axis'), (t) => t.textContent)).toEqual(expect.arrayContaining(['0', '50', '100']));
    expect(Array.from(charts[1]!.querySelectorAll('circle title'), (t) => t.textContent)).toEqual(['Q1 2026: 40%', 'Q3 2026: 70%', 'Q4 2026: 70%']);
  });

  it('has every figure in a visually hidden table, a dash where there is no data', () => {
    const table = renderTrends(trend()).querySelector('table[data-trend-table]')!;

    expect(table.className).toBe('visually-hidden');
    expect(Array.from(table.querySelectorAll('tbody tr'), (tr) => Array.from(tr.children, (c) => c.textContent))).toEqual([
      ['Q1 2026', '3.1', '40%', '50%', '60%', '5 of 8'],
      ['Q2 2026', '–', '–', '–', '–', '0 of 0'],
      ['Q3 2026', '3.8', '70%', '80%', '–', '5 of 8'],
      ['Q4 2026', '4.2', '70%', '75%', '90%', '5 of 8'],
    ]);
  });

  it('draws no point at all when every quarter is empty', () => {
    const empty = trend().map((p) => ({ ...p, satisfaction: null, met: null, yes: null, service: null }));
    const element = renderTrends(empty);

    expect(element.querySelectorAll('circle, polyline')).toHaveLength(0);
    expect(element.querySelectorAll('svg')).toHaveLength(4);
  });
});
