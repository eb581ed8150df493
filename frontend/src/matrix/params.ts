import type { MatrixQuery, MacroData } from '../api/client';
import { isMetric } from './metric';
import { isQuarter, quarterOf } from './period';

/**
 * The macro's parameters (from the macro URL's query or from the editor): empty departments mean all,
 * an empty metric means agreement, an empty period the current quarter.
 */
export interface MatrixParams {
  departments: string[];
  metric: MatrixQuery['metric'];
  /** A quarter, or '' for whichever quarter is current when the page is viewed. */
  period: string;
}

export function paramsFrom(data: MacroData | URLSearchParams): MatrixParams {
  const get = (name: string) => ((data instanceof URLSearchParams ? data.get(name) : data[name]) ?? '').trim();
  const metric = get('metric');
  const period = get('period');
  return {
    departments: get('departments')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
    metric: isMetric(metric) ? metric : 'agreement',
    period: isQuarter(period) ? period : '',
  };
}

export function macroDataOf(params: MatrixParams): MacroData {
  return { departments: params.departments.join(','), metric: params.metric, period: params.period };
}

/** The page stored these departments, perhaps before one was deleted: the rest still show. */
export function queryOf(params: MatrixParams, now: Date): MatrixQuery {
  return { departments: params.departments, metric: params.metric, period: params.period || quarterOf(now), unknownDepartments: 'omit' };
}
