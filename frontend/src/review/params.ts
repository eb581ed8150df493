// Which review to show: a relationship or a department, and a quarter. The Jira page takes them from its URL
// (`relationship=`, `department=`, `quarter=`; Jira hands a page URL's own parameters on as `ac.<name>`),
// the Confluence macro from its saved parameters.
import type { MacroData, ReviewQuery } from '../api/client';
import { isQuarter, quarterOf } from '../matrix/period';

export interface ReviewParams {
  relationship: string;
  department: string;
  /** A quarter, or '' for whichever quarter is current when the review is viewed. */
  quarter: string;
}

export type MacroMode = 'matrix' | 'review';

type Source = MacroData | URLSearchParams;

function read(source: Source, name: string): string {
  const value = source instanceof URLSearchParams ? (source.get(name) ?? source.get(`ac.${name}`)) : (source[name] ?? source[`ac.${name}`]);
  return (value ?? '').trim();
}

/** The first source that names a scope wins; a relationship wins over a department of the same source. */
export function reviewParamsFrom(...sources: Source[]): ReviewParams {
  const scoped = sources.find((s) => read(s, 'relationship') !== '' || read(s, 'department') !== '');
  const dated = sources.find((s) => isQuarter(read(s, 'quarter')));
  const relationship = scoped ? read(scoped, 'relationship') : '';
  return {
    relationship,
    department: scoped && relationship === '' ? read(scoped, 'department') : '',
    quarter: dated ? read(dated, 'quarter') : '',
  };
}

export function macroModeOf(data: Source): MacroMode {
  return read(data, 'mode') === 'review' ? 'review' : 'matrix';
}

/** The API's query, or null when no scope was chosen. */
export function reviewQueryOf(params: ReviewParams, now: Date): ReviewQuery | null {
  const quarter = params.quarter || quarterOf(now);
  if (params.relationship) return { kind: 'relationship', id: params.relationship, quarter };
  if (params.department) return { kind: 'department', id: params.department, quarter };
  return null;
}
