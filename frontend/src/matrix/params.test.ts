import { describe, expect, it } from 'vitest';
import { macroDataOf, paramsFrom, queryOf } from './params';
import { quarterLabel, quarterOf, recentQuarters } from './period';

describe('Matrix parameters and periods', () => {
  it('lists the current quarter and the seven before it, across a year boundary', () => {
    expect(recentQuarters(new Date(2026, 1, 10))).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3', '2024-Q2']);
    expect(quarterOf(new Date(2026, 11, 31))).toBe('2026-Q4');
    expect(quarterLabel('2026-Q4')).toBe('Q4 2026');
  });

  it('reads empty macro parameters as all departments, agreement and the current quarter', () => {
    const params = paramsFrom(new URLSearchParams('departments=&metric=&period='));

    expect(params).toEqual({ departments: [], metric: 'agreement', period: '' });
    expect(queryOf(params, new Date(2026, 10, 5))).toEqual({ departments: [], metric: 'agreement', period: '2026-Q4', unknownDepartments: 'omit' });
  });

  it('reads chosen parameters and refuses unknown metrics and periods', () => {
    expect(paramsFrom(new URLSearchParams('departments=a,%20b,,c&metric=yesno&period=2025-Q2'))).toEqual({
      departments: ['a', 'b', 'c'],
      metric: 'yesno',
      period: '2025-Q2',
    });
    expect(paramsFrom({ metric: 'profit', period: 'last year' })).toEqual({ departments: [], metric: 'agreement', period: '' });
  });

  it('writes parameters back as the macro stores them', () => {
    expect(macroDataOf({ departments: ['a', 'b'], metric: 'service', period: '' })).toEqual({ departments: 'a,b', metric: 'service', period: '' });
  });
});
