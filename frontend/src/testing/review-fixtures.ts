// Builders for the quarterly review's tests, shaped like /api/reviews answers (the alignment contract).
import type { Appreciation, Measure, Objective, Review, ReviewItem, ReviewViewer, SnapshotRow, SponsorNote, TrendPoint } from '../api/types';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function objective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'obj-1',
    quarter: '2026-Q4',
    title: 'New hires productive in their first week',
    description: null,
    ownerAccountId: 'acc-ceo',
    relationshipIds: ['rel-1'],
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: null,
    updatedByAccountId: null,
    ...overrides,
  };
}

export function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'm-1',
    relationshipId: 'rel-1',
    objectiveId: 'obj-1',
    name: 'Laptops ready on day one',
    unit: 'laptops',
    source: 'manual',
    direction: 'higher',
    target: 10,
    months: [
      { month: '2026-10', value: 8 },
      { month: '2026-11', value: null },
      { month: '2026-12', value: 9 },
    ],
    latest: { month: '2026-12', value: 9 },
    score: 0.9,
    status: 'on-track',
    updatedAt: '2026-12-02T09:00:00Z',
    updatedByAccountId: 'acc-ivan',
    ...overrides,
  };
}

export function item(overrides: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id: 'item-1',
    relationshipId: 'rel-1',
    side: 'customer',
    departmentId: 'hr',
    departmentName: 'HR',
    kind: 'frustration',
    text: 'Accounts arrive a day after the new hire',
    status: 'open',
    ownerAccountId: null,
    action: null,
    createdByAccountId: 'acc-hana',
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
    updatedByAccountId: 'acc-hana',
    closedAt: null,
    ...overrides,
  };
}

export function appreciation(overrides: Partial<Appreciation> = {}): Appreciation {
  return {
    id: 'thx-1',
    fromAccountId: 'acc-hana',
    fromDepartmentId: 'hr',
    fromDepartmentName: 'HR',
    toDepartmentId: 'it',
    toDepartmentName: 'IT',
    toAccountIds: ['acc-ivan'],
    message: 'The laptops were ready at eight',
    issueKey: null,
    source: 'direct',
    createdAt: '2026-11-20T09:00:00Z',
    ...overrides,
  };
}

export function sponsorNote(overrides: Partial<SponsorNote> = {}): SponsorNote {
  return {
    relationshipId: 'rel-1',
    relationshipName: 'IT → HR',
    quarter: '2026-Q4',
    text: 'Good progress; keep the onboarding checklist shared.',
    byAccountId: 'acc-eve',
    updatedAt: '2026-12-01T09:00:00Z',
    ...overrides,
  };
}

export function snapshotRow(overrides: Partial<SnapshotRow> = {}): SnapshotRow {
  return {
    relationshipId: 'rel-1',
    providerId: 'it',
    providerName: 'IT',
    customerId: 'hr',
    customerName: 'HR',
    standing: 'agreed',
    satisfaction: { value: 0.84, label: '4.2 of 5' },
    yesno: { value: 0.75, label: '3 yes · 1 no' },
    service: null,
    specification: { value: 0.75, label: '3 of 4 complete · met 88% vs 50%' },
    open: 2,
    ...overrides,
  };
}

/** Four quarters; Q2 without any data (every figure null). */
export function trend(): TrendPoint[] {
  return [
    { quarter: '2026-Q1', satisfaction: 3.1, met: 0.4, yes: 0.5, service: 0.6, sent: 8, answered: 5 },
    { quarter: '2026-Q2', satisfaction: null, met: null, yes: null, service: null, sent: 0, answered: 0 },
    { quarter: '2026-Q3', satisfaction: 3.8, met: 0.7, yes: 0.8, service: null, sent: 8, answered: 5 },
    { quarter: '2026-Q4', satisfaction: 4.2, met: 0.7, yes: 0.75, service: 0.9, sent: 8, answered: 5 },
  ];
}

export const reader: ReviewViewer = { administrator: false, sides: {}, sponsorOf: [] };
export const customerMember: ReviewViewer = { administrator: false, sides: { 'rel-1': ['customer'] }, sponsorOf: [] };
export const siteAdmin: ReviewViewer = { administrator: true, sides: {}, sponsorOf: [] };

export function review(overrides: Partial<Review> = {}): Review {
  return {
    scope: { kind: 'relationship', id: 'rel-1', name: 'IT → HR' },
    quarter: '2026-Q4',
    quarters: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
    snapshot: [snapshotRow()],
    trend: trend(),
    objectives: [objective()],
    measures: [measure()],
    items: [
      item(),
      item({ id: 'item-2', side: 'provider', departmentId: 'it', departmentName: 'IT', kind: 'suggestion', text: 'Tell us about new hires two weeks ahead' }),
      item({ id: 'item-3', side: 'customer', kind: 'assumption', text: 'IT knows the start dates', status: 'agreed-action', ownerAccountId: 'acc-ivan', action: 'HR shares the start list weekly' }),
    ],
    appreciation: [appreciation()],
    sponsorNotes: [sponsorNote()],
    you: reader,
    generatedAt: '2026-12-03T10:00:00Z',
    ...overrides,
  };
}
