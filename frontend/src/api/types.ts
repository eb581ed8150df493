// The names the pages use for the API's records. Each is an alias of a type openapi-typescript generates
// (src/api/schema.d.ts, at build time) from src/api/openapi.json, the app's OpenAPI document, which springdoc
// generates from the Java records: change a record, refresh the snapshot (see README), and tsc tells what follows.
import type { components } from './schema';

type Schemas = components['schemas'];

export type ProductView = Schemas['ProductInstallation'];
export type SiteView = Schemas['Site'];

// ---- departments and relationships ------------------------------------------------------------------

export type ProjectMapping = Schemas['ProjectMapping'];
export type DepartmentView = Schemas['Department'];
export type DepartmentRequest = Schemas['DepartmentRequest'];
export type ServiceTarget = Schemas['ServiceTarget'];
export type AgreementStatus = AgreementView['status'];
export type AgreementView = Schemas['Agreement'];
export type AgreementRequest = Schemas['AgreementRequest'];
export type DepartmentRef = Schemas['DepartmentRef'];
/** The relationship's standing: no agreement yet, a draft only, agreed, or agreed with a newer draft pending. */
export type RelationshipStanding = RelationshipView['standing'];
/** GET /api/relationships/{id} adds `versions`, newest first. */
export type RelationshipView = Schemas['Relationship'];
export type RelationshipRequest = Schemas['RelationshipRequest'];
export type CalendarView = Schemas['CalendarView'];
export type CalendarRequest = Schemas['CalendarRequest'];
export type MatrixMetric = MatrixView['metric'];
/**
 * GET /api/matrix?metric=&period=&departments=id,id. Cells reference departments by their index in
 * `departments` to keep 20,000 cells small; a cell is its ordered pair of departments (one relationship per
 * pair), opened with GET /api/relationships?provider=&customer=.
 */
export type MatrixView = Schemas['Matrix'];
export type MatrixCell = Schemas['MatrixCell'];
export type ImportReport = Schemas['ImportReport'];
export type MatrixImport = Schemas['MatrixImport'];
export type MeView = Schemas['Me'];
/** GET /api/me/relationships: the dashboard gadget "My internal customers". */
export type MyRelationships = Schemas['MyRelationships'];
export type MyRelationship = Schemas['MyRelationship'];
export type MyAttentionGroup = Schemas['MyAttentionGroup'];
export type MyAttentionEntry = Schemas['MyAttentionEntry'];

// ---- internal requests: the issue panels and the yes/no tab ---------------------------------------------

export type RequestState = RequestView['state'];
export type DeclineReason = Schemas['DeclineReason'];
export type DecisionOutcome = DecisionView['outcome'];
/** none: no target; running: not done, before due; paused: not done, waiting for the customer (dueAt: if work resumed now); overdue: not done, past due; met: done by due; missed: done after due. */
export type ServiceState = ServiceClock['state'];
export type ServiceClock = Schemas['ServiceClock'];
export type DecisionView = Schemas['Decision'];
/** GET /api/requests/{issueId}; also the answer of both writes on it. */
export type RequestView = Schemas['Request'];
export type DecisionRequest = Schemas['DecisionRequest'];
export type DepartmentsCorrection = Schemas['DepartmentsCorrection'];
export type DecisionSummary = Schemas['DecisionSummary'];

// ---- satisfaction checks ----------------------------------------------------------------------------------

export type AskedWho = NonNullable<SatisfactionPolicy['asked']>;
/**
 * GET and PUT /api/satisfaction/policy, as the server answers it: every field. The document's schema, which a
 * PUT also takes, leaves each out (it takes its default), so the pages' type asks for them all.
 */
/** What Jira said the last time it rejected the policy's filter (read only: the server keeps it). */
export type PolicyFilterProblem = Required<Schemas['PolicyFilterProblem']>;
export type SatisfactionPolicy = Required<Omit<Schemas['SatisfactionPolicy'], 'filterProblem'>> & { readonly filterProblem?: PolicyFilterProblem | null };
export type CheckState = CheckView['state'];
export type CancelReason = NonNullable<CheckView['cancelReason']>;
/** Whether the work met what good looks like (the agreed expectations). */
export type ExpectationMet = AnswerView['met'];
export type AnswerView = Schemas['Answer'];
export type ClarityView = Schemas['ClarityAnswer'];
export type ThanksView = Schemas['Thanks'];
export type CheckViewer = Schemas['SatisfactionCheckViewer'];
export type CheckView = Schemas['SatisfactionCheck'];
/** GET /api/requests/{issueId}/satisfaction; also the answer of every write on a check. */
export type IssueSatisfactionView = Schemas['IssueSatisfaction'];
export type AnswerRequest = Schemas['CheckAnswer'];
export type ClarityRequest = Schemas['ClarityRating'];
export type ThanksRequest = Schemas['ThanksRequest'];
export type SatisfactionQuarter = Schemas['SatisfactionQuarter'];
export type SatisfactionTrend = Schemas['SatisfactionTrend'];
export type DepartmentThanksItem = Schemas['ReceivedThanks'];
export type DepartmentThanks = Schemas['ThanksReceived'];

// ---- alignment: objectives, measures, review items, appreciation, the quarterly review ------------------

export type Objective = Schemas['Objective'];
export type ObjectiveRequest = Schemas['ObjectiveRequest'];
export type MeasureSource = Measure['source'];
export type MeasureDirection = Measure['direction'];
export type MeasureStatus = Measure['status'];
export type MonthValue = Schemas['MonthValue'];
export type Measure = Schemas['Measure'];
export type MeasureRequest = Schemas['MeasureRequest'];
export type ReviewSide = ReviewItem['side'];
export type ReviewItemKind = ReviewItem['kind'];
export type ReviewItemStatus = ReviewItem['status'];
export type ReviewItem = Schemas['ReviewItem'];
export type ReviewItemRequest = Schemas['ReviewItemRequest'];
export type ReviewItemUpdate = Schemas['ReviewItemChange'];
export type Appreciation = Schemas['Appreciation'];
export type AppreciationRequest = Schemas['AppreciationRequest'];
export type SponsorNote = Schemas['SponsorNote'];
export type ReviewCell = Schemas['ReviewCell'];
export type SnapshotRow = Schemas['ReviewSnapshotRow'];
export type TrendPoint = Schemas['ReviewTrendPoint'];
export type ReviewViewer = Schemas['ReviewViewer'];
export type Review = Schemas['Review'];
export type ReviewScope = Schemas['ReviewScope'];

// ---- people and pickers ---------------------------------------------------------------------------------

/** One account as GET /api/people names it: a former account (Jira no longer knows it) has no name. */
export type PersonView = Schemas['Person'];
/** GET /api/people?accountId=…&accountId=… (at most 200 ids a call). */
export type PeopleView = Schemas['People'];
/** One search result of a picker: a user (account id), group (its name), project (its key) or component (its id). */
export type PickerResult = Schemas['PickerResult'];
/** GET /api/pickers/{users,groups,projects,components}?query= */
export type PickerResults = Schemas['PickerResults'];

// ---- questionnaires -------------------------------------------------------------------------------------

/** GET /api/questionnaire, /api/relationships/{id}/questionnaire, and a check's questionnaire. */
export type QuestionnaireView = Schemas['Questionnaire'];
export type QuestionnaireQuestion = Schemas['QuestionnaireQuestion'];
export type QuestionnaireScale = QuestionnaireView['scale'];
export type QuestionKind = QuestionnaireQuestion['kind'];
/** PUT /api/questionnaire and /api/relationships/{id}/questionnaire. */
export type QuestionnaireInput = Schemas['QuestionnaireInput'];
export type QuestionnaireQuestionInput = Schemas['QuestionnaireQuestionInput'];
/** GET /api/relationships/{id}/questionnaire/figures?period= */
export type QuestionnaireFigures = Schemas['QuestionnaireFigures'];
export type QuestionnaireVersionFigures = Schemas['QuestionnaireVersionFigures'];
export type QuestionFigures = Schemas['QuestionFigures'];
export type NpsFigures = Schemas['NpsFigures'];

// ---- the executive digest -------------------------------------------------------------------------------

export type DigestView = Schemas['Digest'];
export type DigestRelationship = Schemas['DigestRelationship'];
export type DigestRun = Schemas['DigestRun'];
export type DigestSpace = Schemas['DigestSpace'];
export type DigestSettingsRequest = Schemas['DigestSettingsRequest'];

// ---- specifications ---------------------------------------------------------------------------------------

/** GET and PUT /api/requests/{issueId}/specification: the agreement's checklist and what the request specifies. */
export type SpecificationView = Schemas['Specification'];
export type SpecificationItem = Schemas['SpecificationItem'];
export type SpecificationRequest = Schemas['SpecificationRequest'];
