// The review's scope as one choice: a relationship, or a department with all its relationships. The Jira
// page's picker and the macro editor both offer it.
import type { DepartmentView, RelationshipView } from '../api/types';
import { el } from '../dom';
import { pairName } from '../relationship/agreement';
import type { ReviewParams } from './params';
import { t } from '../i18n';

export interface ScopeChoices {
  relationships: RelationshipView[];
  departments: DepartmentView[];
}

type Scope = Pick<ReviewParams, 'relationship' | 'department'>;

export function scopeValue(scope: Scope): string {
  return scope.relationship ? `relationship:${scope.relationship}` : scope.department ? `department:${scope.department}` : '';
}

export function scopeOf(value: string): Scope {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  return { relationship: kind === 'relationship' ? id : '', department: kind === 'department' ? id : '' };
}

export function scopeSelect(choices: ScopeChoices, chosen: Scope, attributes: Record<string, string>, placeholder?: string): HTMLSelectElement {
  const option = (value: string, label: string) => el('option', { value }, label);
  const relationships = [...choices.relationships].sort((a, b) => pairName(a).localeCompare(pairName(b)));
  const departments = [...choices.departments].sort((a, b) => a.name.localeCompare(b.name));
  const scope = el(
    'select',
    { name: 'scope', ...attributes },
    placeholder === undefined ? null : option('', placeholder),
    relationships.length > 0 ? el('optgroup', { label: t('review.scope.relationships') }, ...relationships.map((r) => option(`relationship:${r.id}`, pairName(r)))) : null,
    departments.length > 0 ? el('optgroup', { label: t('review.scope.departments') }, ...departments.map((d) => option(`department:${d.id}`, d.name))) : null,
  );
  const wanted = scopeValue(chosen);
  // A saved scope that is not in the lists (deleted, archived) is kept, so the review says what happened.
  if (wanted && !Array.from(scope.options).some((o) => o.value === wanted)) scope.append(option(wanted, chosen.relationship || chosen.department));
  scope.value = wanted;
  return scope;
}
