// Mirrors of the server's View records. Keep in step with the Java records named in each comment.

/** com.icr.tenant.SiteView.ProductView */
export interface ProductView {
  installed: boolean;
  enabled: boolean;
  baseUrl: string | null;
  installedAt: string | null;
}

/** com.icr.tenant.SiteView */
export interface SiteView {
  siteUrl: string;
  viewedFrom: 'jira' | 'confluence';
  jira: ProductView;
  confluence: ProductView;
  linked: boolean;
}

// ---- departments and relationships (issue 3) -------------------------------------------------------

/** com.icr.department.ProjectMapping: a Jira project (and optionally one of its components) a department provides. */
export interface ProjectMapping {
  projectKey: string;
  componentId: string | null;
}

/** com.icr.department.DepartmentView */
export interface DepartmentView {
  id: string;
  name: string;
  description: string;
  leadAccountId: string | null;
  projects: ProjectMapping[];
  groups: string[];
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** com.icr.department.DepartmentRequest (POST /api/departments, PUT /api/departments/{id}) */
export interface DepartmentRequest {
  name: string;
  description?: string;
  leadAccountId?: string | null;
  projects?: ProjectMapping[];
  groups?: string[];
}

export interface ServiceTarget {
  firstResponseHours: number | null;
  resolutionHours: number | null;
}

export type AgreementStatus = 'draft' | 'agreed' | 'superseded';

/** com.icr.relationship.AgreementView: one version of a relationship's agreement. */
export interface AgreementView {
  version: number;
  status: AgreementStatus;
  deliverables: string[];
  expectations: string;
  customerGivesBack: string;
  serviceTarget: ServiceTarget;
  createdBy: string | null;
  createdAt: string;
  providerConfirmedBy: string | null;
  providerConfirmedAt: string | null;
  customerConfirmedBy: string | null;
  customerConfirmedAt: string | null;
}

/** com.icr.relationship.AgreementRequest */
export interface AgreementRequest {
  deliverables: string[];
  expectations: string;
  customerGivesBack: string;
  serviceTarget: ServiceTarget;
}

export interface DepartmentRef {
  id: string;
  name: string;
  archived: boolean;
}

/** The relationship's standing: no agreement yet, a draft only, agreed, or agreed with a newer draft pending. */
export type RelationshipStanding = 'none' | 'draft' | 'agreed' | 'agreed-draft-pending';

/** com.icr.relationship.RelationshipView (GET /api/relationships/{id} adds `versions`, newest first) */
export interface RelationshipView {
  id: string;
  provider: DepartmentRef;
  customer: DepartmentRef;
  providerOwnerAccountId: string | null;
  customerOwnerAccountId: string | null;
  executiveSponsorAccountId: string | null;
  standing: RelationshipStanding;
  agreed: AgreementView | null;
  draft: AgreementView | null;
  versions?: AgreementView[];
  createdAt: string;
}

/** com.icr.relationship.RelationshipRequest (POST /api/relationships, PUT /api/relationships/{id}) */
export interface RelationshipRequest {
  providerId: string;
  customerId: string;
  providerOwnerAccountId?: string | null;
  customerOwnerAccountId?: string | null;
  executiveSponsorAccountId?: string | null;
  agreement: AgreementRequest;
}

export type MatrixMetric = 'agreement' | 'satisfaction' | 'yesno' | 'open' | 'service';

/**
 * com.icr.relationship.MatrixView (GET /api/matrix?metric=&period=&departments=id,id).
 * Cells reference departments by their index in `departments` to keep 20,000 cells small; a cell is its
 * ordered pair of departments (one relationship per pair), opened with GET /api/relationships?provider=&customer=.
 * `value` is a number from 0 to 1 for the heat map (null: no data yet); `label` is what the cell says
 * (always present, so the map reads without colour); `counts` are the figures behind it.
 */
export interface MatrixView {
  metric: MatrixMetric;
  period: { key: string; from: string; to: string };
  departments: { id: string; name: string }[];
  cells: MatrixCell[];
}

export interface MatrixCell {
  provider: number;
  customer: number;
  value: number | null;
  label: string;
  /** Present (true) only for figures a later feature produces. */
  noData?: boolean;
  /** Present only when there are figures behind the value. */
  counts?: Record<string, number>;
}

/** com.icr.relationship.ImportReport (POST /api/matrix/import?dryRun=true|false, body text/csv) */
export interface ImportReport {
  dryRun: boolean;
  departmentsCreated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  errors: { line: number; field: string; message: string }[];
}

/** com.icr.relationship.Permissions (GET /api/me): what the caller may change. */
export interface MeView {
  accountId: string | null;
  administrator: boolean;
}

// ---- internal requests: the issue panels and the yes/no tab (issue 4, /work/shared/panel-contract.md) ----

/** Whether an issue is an internal request: one department asking another. */
export type RequestState = 'internal' | 'not-internal' | 'looking-up' | 'deleted';
export type DeclineReason = 'out-of-scope' | 'no-capacity' | 'incomplete-specification' | 'duplicate' | 'elsewhere' | 'other';
export type DecisionOutcome = 'accepted' | 'declined';
/** none: no target; running: not done, before due; overdue: not done, past due; met: done by due; missed: done after due. */
export type ServiceState = 'none' | 'running' | 'overdue' | 'met' | 'missed';

export interface ServiceClock {
  /** null: the agreement sets no target. */
  targetHours: number | null;
  /** The issue's creation plus targetHours. */
  dueAt: string | null;
  /** When the first response or the resolution happened. */
  doneAt: string | null;
  state: ServiceState;
}

export interface DecisionView {
  outcome: DecisionOutcome;
  /** Only for a decline. */
  reason: DeclineReason | null;
  /** e.g. "No capacity this period". */
  reasonLabel: string | null;
  /** Free text, may be ''. */
  note: string;
  byAccountId: string;
  at: string;
}

/** GET /api/requests/{issueId}; also the answer of both writes on it. */
export interface RequestView {
  issueId: string;
  issueKey: string | null;
  state: RequestState;
  /** For every state but 'internal': one sentence for the user (why it is not an internal request, etc.). */
  explanation: string | null;
  provider: DepartmentRef | null;
  providerSource: 'project' | 'component' | 'corrected' | null;
  customer: DepartmentRef | null;
  customerSource: 'reporter-groups' | 'corrected' | null;
  reporterAccountId: string | null;
  assigneeAccountId: string | null;
  /** The relationship provider -> customer, when one exists; agreement = the AGREED version (null if none agreed yet). */
  relationship: { id: string; standing: RelationshipStanding; agreement: AgreementView | null } | null;
  service: { firstResponse: ServiceClock; resolution: ServiceClock };
  /** The current decision. */
  decision: DecisionView | null;
  /** Every decision, newest first (includes the current one). */
  history: DecisionView[];
  viewer: { accountId: string | null; canDecide: boolean; canCorrect: boolean };
  declineReasons: { key: DeclineReason; label: string }[];
  /** Server time, to compute "time remaining" without trusting the browser clock. */
  now: string;
}

/** PUT /api/requests/{issueId}/decision */
export interface DecisionRequest {
  outcome: DecisionOutcome;
  reason?: DeclineReason | null;
  note?: string | null;
}

/** PUT /api/requests/{issueId}/departments. null for either: back to the automatic department (project mapping / reporter's groups). */
export interface DepartmentsCorrection {
  providerId: string | null;
  customerId: string | null;
}

/** GET /api/relationships/{relationshipId}/decisions?period=2026-Q4 */
export interface DecisionSummary {
  relationshipId: string;
  period: { key: string; from: string; to: string };
  yes: number;
  no: number;
  /** Internal requests created in the period with no decision yet. */
  undecided: number;
  /** Noes by reason, largest first. */
  reasons: { reason: DeclineReason; label: string; count: number }[];
  /** Newest first, at most 50. */
  declined: { issueId: string; issueKey: string | null; reason: DeclineReason; reasonLabel: string; note: string; at: string }[];
}

// ---- satisfaction checks (issue 5, /work/shared/satisfaction-contract.md) ----------------------------

/** reporter: the issue's reporter; customer-members: the reporter and the issue's watchers who belong to the customer department. */
export type AskedWho = 'reporter' | 'customer-members';

/** GET and PUT /api/satisfaction/policy (the same body both ways): the site's satisfaction-check policy. */
export interface SatisfactionPolicy {
  /** 0..10080: how long after the resolution the check is asked; 0 asks at once. */
  delayMinutes: number;
  asked: AskedWho;
  /** 1..60 */
  expiryDays: number;
  /** null: no reminder; else 1..expiryDays-1. */
  reminderDays: number | null;
  /** Project keys taking part; empty: every project mapped to a department. */
  projects: string[];
  /** Also ask the assignee how clear the request was. */
  clarity: boolean;
}

export type CheckState = 'scheduled' | 'awaiting' | 'answered' | 'expired' | 'cancelled';
export type CancelReason = 'reopened' | 'deleted' | 'not-internal' | 'nobody-to-ask';
/** Whether the work met what good looks like (the agreed expectations). */
export type ExpectationMet = 'yes' | 'partly' | 'no';

export interface AnswerView {
  accountId: string;
  /** 1..5 */
  rating: number;
  met: ExpectationMet;
  comment: string;
  answeredAt: string;
  correctableUntil: string;
}

/** The assignee's rating of how clear the request was when the work started. */
export interface ClarityView {
  accountId: string;
  rating: number;
  comment: string;
  ratedAt: string;
  correctableUntil: string;
}

export interface ThanksView {
  from: string;
  to: string[];
  message: string;
  at: string;
}

/** What the viewer may do on a check. */
export interface CheckViewer {
  asked: boolean;
  /** Asked, and the check is awaiting, or they answered less than 24 h ago. */
  canAnswer: boolean;
  answer: AnswerView | null;
  canRateClarity: boolean;
  canThank: boolean;
  thanked: boolean;
}

/** One satisfaction check of an issue, opened by a resolution. */
export interface CheckView {
  id: string;
  resolvedAt: string;
  state: CheckState;
  cancelReason: CancelReason | null;
  /** Answered, then the issue was resolved again: a newer check replaces it. */
  superseded: boolean;
  askAt: string;
  askedAt: string | null;
  remindAt: string | null;
  remindedAt: string | null;
  expiresAt: string | null;
  asked: string[];
  answers: AnswerView[];
  clarity: ClarityView | null;
  thanks: ThanksView[];
  you: CheckViewer;
}

/** GET /api/requests/{issueId}/satisfaction; also the answer of every write on a check. */
export interface IssueSatisfactionView {
  issueId: string;
  clarityEnabled: boolean;
  /** The latest check that is not cancelled. */
  current: CheckView | null;
  /** Every check, newest resolution first (the current one included). */
  history: CheckView[];
}

/** PUT /api/satisfaction/checks/{checkId}/answer */
export interface AnswerRequest {
  rating: number;
  met: ExpectationMet;
  comment: string;
}

/** PUT /api/satisfaction/checks/{checkId}/clarity */
export interface ClarityRequest {
  rating: number;
  comment: string;
}

/** POST /api/satisfaction/checks/{checkId}/thanks */
export interface ThanksRequest {
  message: string;
}

/** One quarter of a relationship's satisfaction figures; the ratios are null when there is nothing to divide. */
export interface SatisfactionQuarter {
  period: string;
  sent: number;
  answered: number;
  responseRate: number | null;
  averageRating: number | null;
  met: Record<ExpectationMet, number>;
  /** "yes" counts as met, "partly" as half. */
  metShare: number | null;
  clarity: number | null;
  clarityRatings: number;
}

/** GET /api/relationships/{id}/satisfaction?period=&quarters= */
export interface SatisfactionTrend {
  relationshipId: string;
  period: string;
  /** Oldest first; the last is `period`. */
  quarters: SatisfactionQuarter[];
}

export interface DepartmentThanksItem {
  from: string;
  fromDepartment: { id: string; name: string } | null;
  to: string[];
  issueKey: string | null;
  message: string;
  at: string;
}

/** GET /api/departments/{id}/thanks?limit= (newest first) */
export interface DepartmentThanks {
  total: number;
  thanks: DepartmentThanksItem[];
}

// ---- alignment: objectives, measures, review items, appreciation, the quarterly review (issue 6) --------

/** com.icr.alignment.ObjectiveView: a corporate objective of a quarter. */
export interface Objective {
  id: string;
  quarter: string;
  title: string;
  description: string | null;
  ownerAccountId: string;
  relationshipIds: string[];
  createdAt: string;
}

/** POST /api/objectives, PUT /api/objectives/{id} */
export interface ObjectiveRequest {
  quarter: string;
  title: string;
  description?: string | null;
  ownerAccountId: string;
}

/** manual: entered month by month; the others are the app's own figures for the relationship. */
export type MeasureSource = 'manual' | 'satisfaction' | 'expectations-met' | 'yes-ratio' | 'service-met';
/** Which way is better. */
export type MeasureDirection = 'higher' | 'lower';
/** Atlassian Goals' status: score >= 0.7 on track, >= 0.4 at risk, below off track. */
export type MeasureStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

/** com.icr.alignment.MeasureView.MonthValue */
export interface MonthValue {
  month: string;
  value: number | null;
}

/** com.icr.alignment.MeasureView: a mutual measure of a relationship, valued for a quarter. */
export interface Measure {
  id: string;
  relationshipId: string;
  objectiveId: string | null;
  name: string;
  unit: string | null;
  source: MeasureSource;
  direction: MeasureDirection;
  /** satisfaction: 1..5; the three computed shares: percent 0..100. */
  target: number;
  /** The quarter's three months, oldest first. */
  months: MonthValue[];
  latest: MonthValue | null;
  /** 0..1, from latest against target. */
  score: number | null;
  status: MeasureStatus;
  updatedAt: string;
}

/** POST /api/measures (relationshipId) and PUT /api/measures/{id} (without it) */
export interface MeasureRequest {
  relationshipId?: string;
  objectiveId?: string | null;
  name: string;
  unit?: string | null;
  source: MeasureSource;
  direction?: MeasureDirection;
  target: number;
}

export type ReviewSide = 'provider' | 'customer';
export type ReviewItemKind = 'frustration' | 'assumption' | 'suggestion';
export type ReviewItemStatus = 'open' | 'discussed' | 'agreed-action' | 'closed';

/** com.icr.alignment.ItemView: a frustration, assumption or suggestion one side raised about a relationship. */
export interface ReviewItem {
  id: string;
  relationshipId: string;
  side: ReviewSide;
  departmentId: string;
  departmentName: string;
  kind: ReviewItemKind;
  text: string;
  status: ReviewItemStatus;
  ownerAccountId: string | null;
  action: string | null;
  createdByAccountId: string;
  createdAt: string;
  updatedAt: string;
  /** When it was closed; null while it is not. */
  closedAt?: string | null;
}

/** POST /api/review-items */
export interface ReviewItemRequest {
  relationshipId: string;
  side: ReviewSide;
  kind: ReviewItemKind;
  text: string;
  ownerAccountId?: string | null;
}

/** PUT /api/review-items/{id}: only what changes. */
export interface ReviewItemUpdate {
  status?: ReviewItemStatus;
  ownerAccountId?: string | null;
  action?: string | null;
  text?: string;
}

/** com.icr.alignment.AppreciationView: a thank-you to people of another department. */
export interface Appreciation {
  id: string;
  fromAccountId: string;
  fromDepartmentId: string | null;
  fromDepartmentName: string | null;
  toDepartmentId: string;
  toDepartmentName: string;
  toAccountIds: string[];
  message: string | null;
  issueKey: string | null;
  source: 'check' | 'direct';
  createdAt: string;
}

/** POST /api/appreciation (429 with Retry-After after 10 thanks in 24 hours) */
export interface AppreciationRequest {
  toDepartmentId: string;
  toAccountIds: string[];
  fromDepartmentId?: string | null;
  message?: string | null;
  issueKey?: string | null;
}

/** com.icr.alignment.SponsorNoteView: the executive sponsor's note on a relationship for a quarter. */
export interface SponsorNote {
  relationshipId: string;
  relationshipName: string;
  quarter: string;
  text: string;
  byAccountId: string;
  updatedAt: string;
}

/** A snapshot figure: 0..1 for the eye, the label for everyone. */
export interface ReviewCell {
  value: number;
  label: string;
}

/** com.icr.alignment.ReviewView.SnapshotRow: one relationship of the scope in the quarter's matrix. */
export interface SnapshotRow {
  relationshipId: string;
  providerId: string;
  providerName: string;
  customerId: string;
  customerName: string;
  standing: RelationshipStanding;
  satisfaction: ReviewCell | null;
  yesno: ReviewCell | null;
  service: ReviewCell | null;
  open: number;
}

/** com.icr.alignment.ReviewView.TrendPoint: satisfaction 1..5, the others shares 0..1; null: no data. */
export interface TrendPoint {
  quarter: string;
  satisfaction: number | null;
  met: number | null;
  yes: number | null;
  service: number | null;
  sent: number;
  answered: number;
}

/** com.icr.alignment.ReviewView.You: what the viewer may change. */
export interface ReviewViewer {
  administrator: boolean;
  /** relationshipId → the sides the viewer belongs to. */
  sides: Record<string, ReviewSide[]>;
  sponsorOf: string[];
}

/** GET /api/reviews?relationship=ID&quarter= or ?department=ID&quarter= (com.icr.alignment.ReviewView) */
export interface Review {
  scope: { kind: 'relationship' | 'department'; id: string; name: string };
  quarter: string;
  /** The trend's x axis, oldest first. */
  quarters: string[];
  snapshot: SnapshotRow[];
  trend: TrendPoint[];
  objectives: Objective[];
  measures: Measure[];
  items: ReviewItem[];
  appreciation: Appreciation[];
  sponsorNotes: SponsorNote[];
  you: ReviewViewer;
  generatedAt: string;
}
