// The review's scope (a relationship, or a department with all its relationships) and quarter; every change
// applies at once.
import { el } from '../../dom';
import { field } from '../../forms';
import { quarterLabel } from '../../matrix/period';
import { pairName } from '../../relationship/agreement';
import type { ReviewScope } from '../../api/types';
import type { ReviewParams } from '../../review/params';
import { type ScopeChoices, scopeOf, scopeSelect } from '../../review/scope';
import { t } from '../../i18n';

export type ReviewChoices = ScopeChoices;

/**
 * What the page shows when its URL chose nothing: where the app says there is most to read (the reader's
 * busiest relationship of the quarter, else the site's), or, when it cannot say, the first by name.
 */
export function openingParams(choices: ReviewChoices, params: ReviewParams, opening: (quarter: string) => Promise<ReviewScope | null>): Promise<ReviewParams> {
  if (params.relationship || params.department) return Promise.resolve(params);
  return opening(params.quarter)
    .then((scope) => (scope ? { ...params, relationship: scope.kind === 'relationship' ? scope.id : '', department: scope.kind === 'department' ? scope.id : '' } : params))
    .catch(() => defaultParams(choices, params));
}

/** The first relationship by name, else the first department. */
export function defaultParams(choices: ReviewChoices, params: ReviewParams): ReviewParams {
  if (params.relationship || params.department) return params;
  const relationship = [...choices.relationships].sort((a, b) => pairName(a).localeCompare(pairName(b)))[0];
  if (relationship) return { ...params, relationship: relationship.id };
  const department = [...choices.departments].sort((a, b) => a.name.localeCompare(b.name))[0];
  return department ? { ...params, department: department.id } : params;
}

function quarterSelect(quarters: string[], chosen: string): HTMLSelectElement {
  const all = chosen && !quarters.includes(chosen) ? [...quarters, chosen] : quarters;
  const quarter = el(
    'select',
    { name: 'quarter', id: 'review-quarter' },
    ...all.map((q, i) => el('option', { value: q }, i === 0 ? t('filters.current', { quarter: quarterLabel(q) }) : quarterLabel(q))),
  );
  quarter.value = chosen || quarters[0] || '';
  return quarter;
}

export function paramsOf(form: HTMLFormElement): ReviewParams {
  return { ...scopeOf((form.elements.namedItem('scope') as HTMLSelectElement).value), quarter: (form.elements.namedItem('quarter') as HTMLSelectElement).value };
}

export function renderPicker(choices: ReviewChoices, params: ReviewParams, quarters: string[], onChange: (params: ReviewParams) => void): HTMLFormElement {
  const form = el(
    'form',
    { class: 'filters review-picker', 'aria-label': t('review.picker') },
    field(t('editor.scope'), scopeSelect(choices, params, { id: 'review-scope' })),
    field(t('review.trend.col.quarter'), quarterSelect(quarters, params.quarter)),
  );
  form.addEventListener('change', () => onChange(paramsOf(form)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange(paramsOf(form));
  });
  return form;
}
