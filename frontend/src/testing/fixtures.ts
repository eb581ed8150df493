// Builders for tests: a valid object with the parts a test cares about overridden.
import type { AgreementView, DepartmentView, MatrixCell, MatrixView, MeView, RelationshipView } from '../api/types';

export function department(id: string, name: string, overrides: Partial<DepartmentView> = {}): DepartmentView {
  return {
    id,
    name,
    description: '',
    leadAccountId: null,
    projects: [],
    groups: [],
    archived: false,
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    ...overrides,
  };
}

export function agreement(version: number, overrides: Partial<AgreementView> = {}): AgreementView {
  return {
    version,
    status: 'agreed',
    deliverables: ['Qualified leads every week'],
    expectations: 'Budget, need and timing known',
    customerGivesBack: 'Feedback on every lead within two days',
    serviceTarget: { firstResponseHours: 4, resolutionHours: 40 },
    createdBy: 'acc-author',
    createdAt: '2026-10-02T09:00:00Z',
    providerConfirmedBy: 'acc-mia',
    providerConfirmedAt: '2026-10-03T09:00:00Z',
    customerConfirmedBy: 'acc-sam',
    customerConfirmedAt: '2026-10-04T09:00:00Z',
    ...overrides,
  };
}

export function relationship(overrides: Partial<RelationshipView> = {}): RelationshipView {
  const agreed = agreement(1);
  return {
    id: 'rel-1',
    provider: { id: 'marketing', name: 'Marketing', archived: false },
    customer: { id: 'sales', name: 'Sales', archived: false },
    providerOwnerAccountId: 'acc-mia',
    customerOwnerAccountId: 'acc-sam',
    executiveSponsorAccountId: 'acc-eve',
    standing: 'agreed',
    agreed,
    draft: null,
    versions: [agreed],
    createdAt: '2026-10-01T09:00:00Z',
    ...overrides,
  };
}

export function cell(provider: number, customer: number, overrides: Partial<MatrixCell> = {}): MatrixCell {
  return {
    provider,
    customer,
    value: 0.9,
    label: '90% satisfied',
    noData: false,
    counts: { answeredChecks: 10, satisfiedChecks: 9 },
    ...overrides,
  };
}

export function matrix(names: string[], cells: MatrixCell[], overrides: Partial<MatrixView> = {}): MatrixView {
  return {
    metric: 'satisfaction',
    period: { key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
    departments: names.map((name, i) => ({ id: `d${i}`, name })),
    cells,
    ...overrides,
  };
}

export const admin: MeView = { accountId: 'acc-admin', administrator: true };
export const member: MeView = { accountId: 'acc-sam', administrator: false };
