// Builders for tests: a valid object with the parts a test cares about overridden.
import type {
  AgreementView,
  QuestionnaireView,
  AnswerView,
  CheckView,
  CheckViewer,
  ClarityView,
  DecisionSummary,
  DecisionView,
  DepartmentThanks,
  DepartmentThanksItem,
  DepartmentView,
  IssueSatisfactionView,
  MatrixCell,
  MatrixView,
  MeView,
  RelationshipView,
  RequestView,
  SatisfactionPolicy,
  SatisfactionQuarter,
  SatisfactionTrend,
  ServiceClock,
} from '../api/types';

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
    checklist: [],
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

/** The server's clock in every request fixture: 2026-11-23 10:00 UTC. */
export const NOW = '2026-11-23T10:00:00Z';

export function clock(overrides: Partial<ServiceClock> = {}): ServiceClock {
  return { targetHours: null, dueAt: null, doneAt: null, state: 'none', workingHours: false, ...overrides };
}

export function decision(overrides: Partial<DecisionView> = {}): DecisionView {
  return { outcome: 'accepted', reason: null, reasonLabel: null, note: '', byAccountId: 'acc-fin', at: '2026-11-23T09:00:00Z', ...overrides };
}

export const DECLINE_REASONS: RequestView['declineReasons'] = [
  { key: 'out-of-scope', label: 'Not what we provide' },
  { key: 'no-capacity', label: 'No capacity this period' },
  { key: 'incomplete-specification', label: 'Specification incomplete' },
  { key: 'duplicate', label: 'Duplicate' },
  { key: 'elsewhere', label: 'Done elsewhere' },
  { key: 'other', label: 'Other' },
];

/** An internal request from Sales to Finance, created 08:00, awaiting a decision, by a viewer who may decide and correct. */
export function requestView(overrides: Partial<RequestView> = {}): RequestView {
  return {
    issueId: '10001',
    issueKey: 'FIN-7',
    state: 'internal',
    explanation: null,
    provider: { id: 'finance', name: 'Finance', archived: false },
    providerSource: 'project',
    customer: { id: 'sales', name: 'Sales', archived: false },
    customerSource: 'reporter-groups',
    reporterAccountId: 'acc-sam',
    assigneeAccountId: null,
    relationship: { id: 'rel-fs', standing: 'agreed', agreement: agreement(1) },
    service: {
      firstResponse: clock({ targetHours: 4, dueAt: '2026-11-23T12:00:00Z', state: 'running' }),
      resolution: clock({ targetHours: 40, dueAt: '2026-11-25T00:00:00Z', state: 'running' }),
    },
    decision: null,
    history: [],
    viewer: { accountId: 'acc-fin', canDecide: true, canCorrect: true },
    declineReasons: DECLINE_REASONS,
    now: NOW,
    ...overrides,
  };
}

export function decisionSummary(overrides: Partial<DecisionSummary> = {}): DecisionSummary {
  return {
    relationshipId: 'rel-1',
    period: { key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
    yes: 12,
    no: 4,
    undecided: 2,
    reasons: [
      { reason: 'no-capacity', label: 'No capacity this period', count: 3 },
      { reason: 'duplicate', label: 'Duplicate', count: 1 },
    ],
    declined: [
      { issueId: '2', issueKey: 'MKT-9', reason: 'no-capacity', reasonLabel: 'No capacity this period', note: 'Next quarter', at: '2026-11-20T09:00:00Z' },
      { issueId: '1', issueKey: null, reason: 'duplicate', reasonLabel: 'Duplicate', note: '', at: '2026-11-02T09:00:00Z' },
    ],
    ...overrides,
  };
}

// ---- satisfaction checks ------------------------------------------------------------------------------

export function satisfactionPolicy(overrides: Partial<SatisfactionPolicy> = {}): SatisfactionPolicy {
  return { delayMinutes: 0, asked: 'reporter', expiryDays: 7, reminderDays: 3, projects: [], clarity: false, trigger: 'resolution', triggerStatus: null, jqlFilter: null, ...overrides };
}

/** The built-in questionnaire (1 to 5, no extra questions) unless overridden. */
export function questionnaire(overrides: Partial<QuestionnaireView> = {}): QuestionnaireView {
  return { id: null, number: 0, scope: 'built-in', inherited: false, scale: '1-5', questions: [], createdBy: null, createdAt: null, ...overrides };
}

/** acc-sam's answer at 09:00: 4 of 5, met, correctable until tomorrow 09:00. */
export function answer(overrides: Partial<AnswerView> = {}): AnswerView {
  return {
    accountId: 'acc-sam',
    rating: 4,
    met: 'yes',
    comment: 'Paid on time',
    answeredAt: '2026-11-23T09:00:00Z',
    correctableUntil: '2026-11-24T09:00:00Z',
    scale: '1-5',
    answers: {},
    ...overrides,
  };
}

export function clarity(overrides: Partial<ClarityView> = {}): ClarityView {
  return {
    accountId: 'acc-ann',
    rating: 3,
    comment: 'The PO number was missing',
    ratedAt: '2026-11-23T09:30:00Z',
    correctableUntil: '2026-11-24T09:30:00Z',
    ...overrides,
  };
}

/** A viewer who was not asked and may do nothing on the check. */
export function onlooker(overrides: Partial<CheckViewer> = {}): CheckViewer {
  return { asked: false, canAnswer: false, answer: null, canRateClarity: false, canThank: false, thanked: false, ...overrides };
}

/** The person asked, before answering. */
export function askedViewer(overrides: Partial<CheckViewer> = {}): CheckViewer {
  return onlooker({ asked: true, canAnswer: true, ...overrides });
}

/** A check opened by the resolution at 08:00, asked at once, awaiting acc-sam's answer, seen by an onlooker. */
export function check(overrides: Partial<CheckView> = {}): CheckView {
  return {
    id: 'check-1',
    resolvedAt: '2026-11-23T08:00:00Z',
    trigger: 'resolution',
    state: 'awaiting',
    cancelReason: null,
    superseded: false,
    askAt: '2026-11-23T08:00:00Z',
    askedAt: '2026-11-23T08:00:00Z',
    remindAt: '2026-11-26T08:00:00Z',
    remindedAt: null,
    expiresAt: '2026-11-30T08:00:00Z',
    asked: ['acc-sam'],
    answers: [],
    clarity: null,
    thanks: [],
    you: onlooker(),
    questionnaire: questionnaire(),
    ...overrides,
  };
}

/** An answered check: acc-sam's answer, thanks not yet given. */
export function answeredCheck(overrides: Partial<CheckView> = {}): CheckView {
  return check({ state: 'answered', answers: [answer()], remindAt: null, ...overrides });
}

/** The issue's checks with `current` as the only one, unless a history is given. */
export function issueSatisfaction(overrides: Partial<IssueSatisfactionView> = {}): IssueSatisfactionView {
  const current = overrides.current === undefined ? check() : overrides.current;
  return { issueId: '10001', clarityEnabled: false, current, history: current ? [current] : [], canAskNow: false, ...overrides };
}

export function satisfactionQuarter(period: string, overrides: Partial<SatisfactionQuarter> = {}): SatisfactionQuarter {
  return {
    period,
    sent: 8,
    answered: 5,
    responseRate: 0.625,
    averageRating: 4.2,
    met: { yes: 3, partly: 1, no: 1 },
    metShare: 0.7,
    clarity: 3.5,
    clarityRatings: 2,
    ratings: 5,
    nps: { answers: 0, promoters: 0, detractors: 0, score: null },
    ...overrides,
  };
}

/** Four quarters up to 2026-Q4: improving, with an empty 2026-Q2. */
export function satisfactionTrend(overrides: Partial<SatisfactionTrend> = {}): SatisfactionTrend {
  return {
    relationshipId: 'rel-1',
    period: '2026-Q4',
    quarters: [
      satisfactionQuarter('2026-Q1', { averageRating: 3.1, responseRate: 0.5, metShare: 0.4, clarity: 2.5 }),
      satisfactionQuarter('2026-Q2', {
        sent: 0,
        answered: 0,
        responseRate: null,
        averageRating: null,
        met: { yes: 0, partly: 0, no: 0 },
        metShare: null,
        clarity: null,
        clarityRatings: 0,
      }),
      satisfactionQuarter('2026-Q3', { averageRating: 3.8, clarity: null, clarityRatings: 0 }),
      satisfactionQuarter('2026-Q4'),
    ],
    ...overrides,
  };
}

export function thanksItem(overrides: Partial<DepartmentThanksItem> = {}): DepartmentThanksItem {
  return {
    from: 'acc-sam',
    fromDepartment: { id: 'sales', name: 'Sales', archived: false },
    to: ['acc-ann'],
    issueKey: 'FIN-7',
    message: 'Paid before the quarter closed',
    at: '2026-11-23T10:00:00Z',
    ...overrides,
  };
}

export function departmentThanks(overrides: Partial<DepartmentThanks> = {}): DepartmentThanks {
  return { total: 12, thanks: [thanksItem(), thanksItem({ from: 'acc-lee', fromDepartment: null, issueKey: null, message: '', at: '2026-11-20T10:00:00Z' })], ...overrides };
}
