import { describe, expect, it } from 'vitest';
import { macroModeOf, reviewParamsFrom, reviewQueryOf } from './params';

describe('Review parameters', () => {
  it('reads relationship, department and quarter, also as Jira’s ac. parameters', () => {
    expect(reviewParamsFrom(new URLSearchParams('relationship=rel-1&quarter=2026-Q3'))).toEqual({ relationship: 'rel-1', department: '', quarter: '2026-Q3' });
    expect(reviewParamsFrom(new URLSearchParams('ac.department=it&ac.quarter=2025-Q1'))).toEqual({ relationship: '', department: 'it', quarter: '2025-Q1' });
  });

  it('takes the first source that names a scope, and ignores a malformed quarter', () => {
    const iframe = new URLSearchParams('relationship=&department=&quarter=Q4');
    const host = new URLSearchParams('department=hr&quarter=2026-Q2');
    expect(reviewParamsFrom(iframe, host)).toEqual({ relationship: '', department: 'hr', quarter: '2026-Q2' });
    expect(reviewParamsFrom({ relationship: 'r', department: 'd', quarter: '' })).toEqual({ relationship: 'r', department: '', quarter: '' });
  });

  it('builds the API query, the current quarter when none is saved, nothing without a scope', () => {
    const now = new Date(2026, 10, 23);
    expect(reviewQueryOf({ relationship: 'r', department: '', quarter: '' }, now)).toEqual({ kind: 'relationship', id: 'r', quarter: '2026-Q4' });
    expect(reviewQueryOf({ relationship: '', department: 'd', quarter: '2026-Q1' }, now)).toEqual({ kind: 'department', id: 'd', quarter: '2026-Q1' });
    expect(reviewQueryOf({ relationship: '', department: '', quarter: '2026-Q1' }, now)).toBeNull();
  });

  it('knows the macro’s mode: review, or the matrix for anything else', () => {
    expect(macroModeOf({ mode: 'review' })).toBe('review');
    expect(macroModeOf({ mode: '' })).toBe('matrix');
    expect(macroModeOf(new URLSearchParams('mode=<b>'))).toBe('matrix');
  });
});
