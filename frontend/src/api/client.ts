// The only module that talks to the host: the pages call the small typed functions below and never know which
// front door they came in by. Connect (all.js, `window.AP`): each API call carries `Authorization: JWT <context
// token>`. Forge (`@forge/bridge`, through ./forge, loaded only there): each call is a requestRemote to our
// backend, which Forge signs with its invocation token. Both answer a Response, read by the same code below.
import type {
  SpecificationRequest,
  SpecificationView,
  AnswerRequest,
  Appreciation,
  AppreciationRequest,
  CalendarRequest,
  CalendarView,
  DigestSettingsRequest,
  DigestSpace,
  DigestView,
  Measure,
  MeasureRequest,
  Objective,
  ObjectiveRequest,
  Review,
  ReviewScope,
  ReviewItem,
  ReviewItemRequest,
  ReviewItemUpdate,
  SponsorNote,
  ClarityRequest,
  DecisionRequest,
  DecisionSummary,
  DepartmentRequest,
  DepartmentsCorrection,
  DepartmentThanks,
  DepartmentView,
  ImportReport,
  MatrixImport,
  IssueSatisfactionView,
  MatrixMetric,
  MatrixView,
  MeView,
  MyRelationships,
  PeopleView,
  PickerResults,
  RelationshipRequest,
  RelationshipView,
  RequestView,
  SatisfactionPolicy,
  QuestionnaireFigures,
  QuestionnaireInput,
  QuestionnaireView,
  SatisfactionTrend,
  SiteView,
  ThanksRequest,
} from './types';
import { type IssueRef, issueFrom } from '../request/issue';
import { currentLocale, t } from '../i18n';

/** A Confluence macro's parameters, as the editor saves them and the host hands them back. */
export type MacroData = Record<string, string>;

interface ConnectBridge {
  context: { getToken(callback: (token: string) => void): void };
  /** The product's user module; Jira and Confluence answer the user's locale ("de-DE"). */
  user?: { getLocale?(callback: (locale: string) => void): void };
  theming?: { initializeTheming(): void };
  resize?: () => void;
  /** Jira's navigator: `go('issue', { issueKey })`, `go('addonmodule', { moduleKey, customData })`. */
  navigator?: { go(target: string, context: Record<string, unknown>): void };
  /** The URL of the host's page (Jira's), not of our iframe. */
  getLocation?: (callback: (url: string) => void) => void;
  confluence?: {
    getMacroData(callback: (data: MacroData | null | undefined) => void): void;
    saveMacro(params: MacroData, body?: string): void;
    closeMacroEditor(): void;
  };
}

declare global {
  interface Window {
    AP?: ConnectBridge;
  }
}

/**
 * An answer other than 2xx. `field` names the offending input of a 400, when the server knows it;
 * `retryAfterSeconds` is a 429's Retry-After, when it sent one.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly field: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

function bridge(): ConnectBridge {
  if (!window.AP) throw new ApiError(0, t('api.no-connect-bridge'));
  return window.AP;
}

export type Door = 'connect' | 'forge';

/**
 * The front door the page came in by. all.js, a classic script that runs before any module, sets `window.AP`
 * on Connect and nothing takes it away, so the answer is the same from the page's first line to its last.
 * The Connect build (`vite build --mode connect`) has only the Connect door: its pages open behind Connect
 * alone, and the Forge code below drops out of their bundles.
 */
export function door(): Door {
  return window.AP || import.meta.env.MODE === 'connect' ? 'connect' : 'forge';
}

type ForgeDoor = typeof import('./forge');
let forgeDoor: Promise<ForgeDoor> | null = null;

/** The Forge side, loaded once on first use; @forge/bridge throws on import when no Forge host is there. */
function forge(): Promise<ForgeDoor> {
  if (import.meta.env.MODE === 'connect') return Promise.reject(new ApiError(0, t('api.connect-only')));
  forgeDoor ??= import('./forge').catch(() => {
    forgeDoor = null;
    throw new ApiError(0, t('api.no-bridge'));
  });
  return forgeDoor;
}

/** A fresh context token from the host; it expires after a few minutes, so never keep one. */
export function contextToken(): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ApiError(0, t('api.no-token'))), 10_000);
    bridge().context.getToken((token) => {
      clearTimeout(timer);
      resolve(token);
    });
  });
}

type Body = { json: unknown } | { csv: string };

async function send(method: string, path: string, body?: Body, accept = 'application/json'): Promise<Response> {
  // The server answers its error messages in the page's language.
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': currentLocale() };
  let payload: string | undefined;
  if (body && 'json' in body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    headers['Content-Type'] = 'text/csv';
    payload = body.csv;
  }
  if (door() === 'forge') return (await forge()).request(path, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
  headers.Authorization = `JWT ${await contextToken()}`;
  return fetch(path, { method, headers, body: payload });
}

function errorOf(response: Response, body: unknown): ApiError {
  const error = (body ?? {}) as { message?: unknown; field?: unknown };
  const message = typeof error.message === 'string' && error.message ? error.message : t('api.http-status', { status: String(response.status) });
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return new ApiError(response.status, message, typeof error.field === 'string' ? error.field : null, Number.isFinite(retryAfter) ? retryAfter : null);
}

async function call<T>(method: string, path: string, body?: Body): Promise<T> {
  const response = await send(method, path, body);
  if (response.status === 204) return null as T;
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response, json);
  return json as T;
}

const id = (value: string) => encodeURIComponent(value);

export interface MatrixQuery {
  metric: MatrixMetric;
  period: string;
  /** Department ids; empty means all departments. */
  departments: string[];
  /** 'omit': ids the site no longer has (a stored page's choice) are left out and listed, not refused. */
  unknownDepartments?: 'omit';
}

function matrixPath(query: MatrixQuery): string {
  const search = new URLSearchParams({ metric: query.metric, period: query.period });
  if (query.departments.length > 0) search.set('departments', query.departments.join(','));
  if (query.departments.length > 0 && query.unknownDepartments) search.set('unknownDepartments', query.unknownDepartments);
  return `/api/matrix?${search.toString()}`;
}

/** A failed import answers 400 with the report itself: any 400 JSON with an `errors` array is one. */
function importReportOf(body: unknown, dryRun: boolean): ImportReport | null {
  const report = body as Partial<ImportReport> | null;
  if (!report || !Array.isArray(report.errors)) return null;
  return {
    dryRun: report.dryRun ?? dryRun,
    departmentsCreated: report.departmentsCreated ?? 0,
    relationshipsCreated: report.relationshipsCreated ?? 0,
    relationshipsUpdated: report.relationshipsUpdated ?? 0,
    errors: report.errors,
  };
}

/** How far a background import got: rows applied of the file's rows. */
export type ImportProgress = (rowsDone: number, rowsTotal: number) => void;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Follows an import the server runs in the background (a large file) until it ends; returns its report. */
async function followImport(job: MatrixImport, onProgress: ImportProgress, pollMs: number): Promise<ImportReport> {
  let current = job;
  for (;;) {
    onProgress(current.rowsDone, current.rowsTotal);
    if (current.state === 'done' && current.report) return current.report;
    if (current.state !== 'running') throw new ApiError(0, current.message ?? t('api.import-ended', { state: current.state }));
    await sleep(pollMs);
    current = await call<MatrixImport>('GET', `/api/matrix/imports/${id(current.id)}`);
  }
}

/**
 * Imports (or, dryRun, checks) a matrix CSV. A file of more than 1,000 rows is imported in the background: the
 * server answers 202 with the import, which this follows, telling `onProgress` as it goes.
 */
async function importMatrix(csv: string, dryRun: boolean, onProgress: ImportProgress = () => {}, pollMs = 500): Promise<ImportReport> {
  const response = await send('POST', `/api/matrix/import?dryRun=${dryRun}`, { csv });
  const json: unknown = await response.json().catch(() => null);
  if (response.status === 202) return followImport(json as MatrixImport, onProgress, pollMs);
  const report = response.ok || response.status === 400 ? importReportOf(json, dryRun) : null;
  if (report) return report;
  throw response.ok ? new ApiError(response.status, t('api.no-import-report')) : errorOf(response, json);
}

async function csv(path: string): Promise<Blob> {
  const response = await send('GET', path, undefined, 'text/csv');
  if (!response.ok) throw errorOf(response, await response.json().catch(() => null));
  return response.blob();
}

const matrixCsv = () => csv('/api/matrix.csv');

/** Whose quarterly review: one relationship, or every relationship of a department. */
export interface ReviewQuery {
  kind: 'relationship' | 'department';
  id: string;
  /** `2026-Q4` */
  quarter: string;
}

function query(params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The most account ids GET /api/people takes in one call. */
export const PEOPLE_PER_CALL = 200;

function peoplePath(accountIds: string[]): string {
  const search = new URLSearchParams();
  for (const accountId of accountIds) search.append('accountId', accountId);
  return `/api/people?${search.toString()}`;
}

export const api = {
  site: () => call<SiteView>('GET', '/api/site'),
  me: () => call<MeView>('GET', '/api/me'),
  /** The caller's relationships with what needs them there: the dashboard gadget "My internal customers". */
  myRelationships: () => call<MyRelationships>('GET', '/api/me/relationships'),

  /** Names and avatars of up to PEOPLE_PER_CALL accounts; an account Jira no longer knows comes back `former`. */
  people: (accountIds: string[]) => call<PeopleView>('GET', peoplePath(accountIds)),
  // The pickers always send `query`, empty or not: an empty one lists the first matches.
  /** Jira users whose name matches `query`: id = account id. */
  pickUsers: (search: string) => call<PickerResults>('GET', `/api/pickers/users?${new URLSearchParams({ query: search }).toString()}`),
  /** Jira groups: id = the group's name. */
  pickGroups: (search: string) => call<PickerResults>('GET', `/api/pickers/groups?${new URLSearchParams({ query: search }).toString()}`),
  /** Jira projects: id = the project key. */
  pickProjects: (search: string) => call<PickerResults>('GET', `/api/pickers/projects?${new URLSearchParams({ query: search }).toString()}`),
  /** Components of one project: id = the component id. */
  pickComponents: (projectKey: string, search: string) =>
    call<PickerResults>('GET', `/api/pickers/components?${new URLSearchParams({ project: projectKey, query: search }).toString()}`),

  departments: (includeArchived: boolean) => call<DepartmentView[]>('GET', `/api/departments?includeArchived=${includeArchived}`),
  department: (departmentId: string) => call<DepartmentView>('GET', `/api/departments/${id(departmentId)}`),
  createDepartment: (request: DepartmentRequest) => call<DepartmentView>('POST', '/api/departments', { json: request }),
  updateDepartment: (departmentId: string, request: DepartmentRequest) =>
    call<DepartmentView>('PUT', `/api/departments/${id(departmentId)}`, { json: request }),
  /** null: deleted; a department with `archived` true: it was referenced, so it was archived instead. */
  deleteDepartment: (departmentId: string) => call<DepartmentView | null>('DELETE', `/api/departments/${id(departmentId)}`),

  relationships: () => call<RelationshipView[]>('GET', '/api/relationships'),
  /** With `versions`, newest first. */
  relationship: (relationshipId: string) => call<RelationshipView>('GET', `/api/relationships/${id(relationshipId)}`),
  /** The relationship from one department to another (a matrix cell), with its versions. */
  relationshipBetween: async (providerId: string, customerId: string): Promise<RelationshipView> => {
    const found = await call<RelationshipView[]>('GET',
      `/api/relationships?provider=${encodeURIComponent(providerId)}&customer=${encodeURIComponent(customerId)}`);
    if (!found || found.length === 0) throw new ApiError(404, t('api.relationship-gone'));
    return found[0]!;
  },
  createRelationship: (request: RelationshipRequest) => call<RelationshipView>('POST', '/api/relationships', { json: request }),
  updateRelationship: (relationshipId: string, request: RelationshipRequest) =>
    call<RelationshipView>('PUT', `/api/relationships/${id(relationshipId)}`, { json: request }),
  deleteRelationship: (relationshipId: string) => call<null>('DELETE', `/api/relationships/${id(relationshipId)}`),
  /** The caller, an owner, confirms the current draft for their side. */
  confirmAgreement: (relationshipId: string) => call<RelationshipView>('POST', `/api/relationships/${id(relationshipId)}/confirmations`),
  /** The working calendar a relationship's service targets are counted in (its own, the site's or the standard one). */
  relationshipCalendar: (relationshipId: string) => call<CalendarView>('GET', `/api/relationships/${id(relationshipId)}/calendar`),
  /** Gives a relationship its own working calendar (Jira administrators). */
  setRelationshipCalendar: (relationshipId: string, request: CalendarRequest) =>
    call<CalendarView>('PUT', `/api/relationships/${id(relationshipId)}/calendar`, { json: request }),
  siteCalendar: () => call<CalendarView>('GET', '/api/calendar'),
  setSiteCalendar: (request: CalendarRequest) => call<CalendarView>('PUT', '/api/calendar', { json: request }),
  /** The executive digest (Jira administrators): space, frequencies, next run and latest runs. */
  digest: () => call<DigestView>('GET', '/api/digest'),
  digestSpaces: () => call<DigestSpace[]>('GET', '/api/digest/spaces'),
  saveDigest: (request: DigestSettingsRequest) => call<DigestView>('PUT', '/api/digest/settings', { json: request }),
  setDigestFrequency: (relationshipId: string, frequency: 'weekly' | 'monthly') =>
    call<DigestView>('PUT', `/api/digest/relationships/${id(relationshipId)}`, { json: { frequency } }),
  publishDigest: () => call<null>('POST', '/api/digest/publish').then(() => undefined),

  matrix: (query: MatrixQuery) => call<MatrixView>('GET', matrixPath(query)),
  matrixCsv,
  importMatrix,

  /** An issue as an internal request; state 'looking-up' while the app has not seen the issue yet (poll again). */
  request: (issueId: string) => call<RequestView>('GET', `/api/requests/${id(issueId)}`),
  /** Accept or decline (changing an earlier decision is allowed); answers the request as it is now. */
  decide: (issueId: string, decision: DecisionRequest) => call<RequestView>('PUT', `/api/requests/${id(issueId)}/decision`, { json: decision }),
  /** Sets the issue's departments by hand; null for either goes back to the automatic one. */
  correctDepartments: (issueId: string, correction: DepartmentsCorrection) =>
    call<RequestView>('PUT', `/api/requests/${id(issueId)}/departments`, { json: correction }),
  /** The request's specification against its agreement's checklist. */
  specification: (issueId: string) => call<SpecificationView>('GET', `/api/requests/${id(issueId)}/specification`),
  /** Ticks the checklist (the customer's side, until the provider decides); answers the specification as saved. */
  saveSpecification: (issueId: string, request: SpecificationRequest) =>
    call<SpecificationView>('PUT', `/api/requests/${id(issueId)}/specification`, { json: request }),
  /** The yes/no tab of a relationship for a quarter (`2026-Q4`); without one, the current quarter. */
  decisions: (relationshipId: string, period?: string) =>
    call<DecisionSummary>('GET', `/api/relationships/${id(relationshipId)}/decisions${period ? `?period=${encodeURIComponent(period)}` : ''}`),

  /** The site's satisfaction-check policy: anyone reads it, Jira administrators change it (403 otherwise). */
  /** The site's default questionnaire (the built-in one until an administrator saves one). */
  siteQuestionnaire: () => call<QuestionnaireView>('GET', '/api/questionnaire'),
  saveSiteQuestionnaire: (input: QuestionnaireInput) => call<QuestionnaireView>('PUT', '/api/questionnaire', { json: input }),
  /** A relationship's questionnaire: its own, or the site's (inherited). */
  relationshipQuestionnaire: (relationshipId: string) => call<QuestionnaireView>('GET', `/api/relationships/${id(relationshipId)}/questionnaire`),
  saveRelationshipQuestionnaire: (relationshipId: string, input: QuestionnaireInput) =>
    call<QuestionnaireView>('PUT', `/api/relationships/${id(relationshipId)}/questionnaire`, { json: input }),
  /** Back to the site's questionnaire; answers the site's, now inherited. */
  removeRelationshipQuestionnaire: (relationshipId: string) => call<QuestionnaireView>('DELETE', `/api/relationships/${id(relationshipId)}/questionnaire`),
  /** A relationship's answers of a quarter per questionnaire version and question. */
  questionnaireFigures: (relationshipId: string, period: string) =>
    call<QuestionnaireFigures>('GET', `/api/relationships/${id(relationshipId)}/questionnaire/figures${query({ period })}`),
  /** The same answers as CSV, one row per answer (only issues the caller may browse). */
  answersCsv: (relationshipId: string, period: string) => csv(`/api/relationships/${id(relationshipId)}/answers.csv${query({ period })}`),
  satisfactionPolicy: () => call<SatisfactionPolicy>('GET', '/api/satisfaction/policy'),
  saveSatisfactionPolicy: (policy: SatisfactionPolicy) => call<SatisfactionPolicy>('PUT', '/api/satisfaction/policy', { json: policy }),
  /** An issue's satisfaction checks: the current one and every one before it. */
  satisfaction: (issueId: string) => call<IssueSatisfactionView>('GET', `/api/requests/${id(issueId)}/satisfaction`),
  /** Ask now: opens a check of the internal request at once (its provider's side; 403 otherwise, 409 while one is open). */
  askNow: (issueId: string) => call<IssueSatisfactionView>('POST', `/api/requests/${id(issueId)}/satisfaction/checks`),
  /** Answers a check, or changes the viewer's answer within 24 h; answers the issue's checks as they are now. */
  answerCheck: (checkId: string, answer: AnswerRequest) =>
    call<IssueSatisfactionView>('PUT', `/api/satisfaction/checks/${id(checkId)}/answer`, { json: answer }),
  /** The assignee rates how clear the request was. */
  rateClarity: (checkId: string, clarity: ClarityRequest) =>
    call<IssueSatisfactionView>('PUT', `/api/satisfaction/checks/${id(checkId)}/clarity`, { json: clarity }),
  /** Thanks the people who did the work (201 with the issue's checks). */
  thank: (checkId: string, thanks: ThanksRequest) =>
    call<IssueSatisfactionView>('POST', `/api/satisfaction/checks/${id(checkId)}/thanks`, { json: thanks }),
  /** A relationship's satisfaction per quarter: `quarters` quarters up to and including `period`. */
  relationshipSatisfaction: (relationshipId: string, period: string, quarters = 4) =>
    call<SatisfactionTrend>(
      'GET',
      `/api/relationships/${id(relationshipId)}/satisfaction?${new URLSearchParams({ period, quarters: String(quarters) }).toString()}`,
    ),
  /** The quarterly review of a relationship or a department: snapshot, trends, measures, items, thanks, notes. */
  /** Where the review opens when nothing was chosen: the reader's busiest relationship of the quarter, else the site's; null on an empty site. */
  reviewOpening: (quarter: string) => call<ReviewScope | null>('GET', `/api/reviews/opening${query({ quarter })}`),
  review: (review: ReviewQuery) => call<Review>('GET', `/api/reviews${query({ [review.kind]: review.id, quarter: review.quarter })}`),
  /** The quarter's corporate objectives. */
  objectives: (quarter: string) => call<Objective[]>('GET', `/api/objectives${query({ quarter })}`),
  /** Administrators only. */
  createObjective: (request: ObjectiveRequest) => call<Objective>('POST', '/api/objectives', { json: request }),
  /** Sets which objectives a relationship serves (the whole set). */
  linkObjectives: (relationshipId: string, objectiveIds: string[]) =>
    call<{ relationshipId: string; objectiveIds: string[] }>('PUT', `/api/relationships/${id(relationshipId)}/objectives`, { json: { objectiveIds } }),
  createMeasure: (request: MeasureRequest) => call<Measure>('POST', '/api/measures', { json: request }),
  /** A manual measure's value for a month (`2026-11`); a computed measure answers 400. */
  setMeasureValue: (measureId: string, month: string, value: number) =>
    call<Measure>('PUT', `/api/measures/${id(measureId)}/values/${id(month)}`, { json: { value } }),
  /** Clears a manual measure's value for a month. */
  clearMeasureValue: (measureId: string, month: string) => call<Measure>('DELETE', `/api/measures/${id(measureId)}/values/${id(month)}`),
  /** Deletes an objective (administrators); what linked to it loses the link. */
  deleteObjective: (objectiveId: string) => call<null>('DELETE', `/api/objectives/${id(objectiveId)}`),
  /** Deletes a measure and its values. */
  deleteMeasure: (measureId: string) => call<null>('DELETE', `/api/measures/${id(measureId)}`),
  raiseItem: (request: ReviewItemRequest) => call<ReviewItem>('POST', '/api/review-items', { json: request }),
  updateItem: (itemId: string, update: ReviewItemUpdate) => call<ReviewItem>('PUT', `/api/review-items/${id(itemId)}`, { json: update }),
  /** 429 (with retryAfterSeconds) once the caller has thanked 10 times in 24 hours. */
  appreciate: (request: AppreciationRequest) => call<Appreciation>('POST', '/api/appreciation', { json: request }),
  /** The thanks the caller received: the app's own notice of them (thanks outside a check send no email). */
  myAppreciation: () => call<{ items: Appreciation[] }>('GET', '/api/appreciation/mine'),
  /** The executive sponsor's (or an administrator's) note on a relationship for a quarter. */
  saveSponsorNote: (relationshipId: string, quarter: string, text: string) =>
    call<SponsorNote>('PUT', `/api/relationships/${id(relationshipId)}/sponsor-notes/${id(quarter)}`, { json: { text } }),
  measuresCsv: (quarter: string, relationshipId?: string) => csv(`/api/measures.csv${query({ quarter, relationship: relationshipId })}`),
  reviewItemsCsv: (relationshipId?: string) => csv(`/api/review-items.csv${query({ relationship: relationshipId })}`),

  /** The thanks a department's people received, newest first. */
  departmentThanks: (departmentId: string, limit = 5) => call<DepartmentThanks>('GET', `/api/departments/${id(departmentId)}/thanks?limit=${limit}`),
};

/** Follow the user's light or dark theme: the host sends its theme and the bridge applies the tokens. */
export function followHostTheme(): void {
  if (door() === 'connect') window.AP?.theming?.initializeTheming();
  // Without the tokens the page keeps its light fallback colours: nothing to tell the user.
  else forge().then((f) => f.enableTheme()).catch(() => undefined);
}

/** The locale the page's URL names (`loc`, which Connect hosts add to every iframe URL), else the browser's. */
function fallbackLocale(): string {
  return new URLSearchParams(window.location.search).get('loc') || navigator.language || 'en-US';
}

/**
 * The user's locale, as the host knows it ("de-DE"), for useLocale before a page renders: on Connect from
 * `AP.user.getLocale` (the URL's `loc` when the host has no such call or answers not within a second), on Forge
 * from the view context's `locale`.
 */
export function pageLocale(): Promise<string> {
  if (door() === 'forge') return forge().then((f) => f.context()).then((view) => view.locale ?? fallbackLocale(), fallbackLocale);
  return new Promise((resolve) => {
    const user = window.AP?.user;
    if (!user?.getLocale) {
      resolve(fallbackLocale());
      return;
    }
    const timer = setTimeout(() => resolve(fallbackLocale()), 1_000);
    user.getLocale((locale) => {
      clearTimeout(timer);
      resolve(typeof locale === 'string' && locale.trim() !== '' ? locale : fallbackLocale());
    });
  });
}

/** The host page's URL, or null when the host does not say (within two seconds, on Connect). */
export function hostLocation(): Promise<string | null> {
  if (door() === 'forge') return forge().then((f) => f.context()).then((view) => view.location, () => null);
  return new Promise((resolve) => {
    const getLocation = window.AP?.getLocation;
    if (!getLocation) {
      resolve(null);
      return;
    }
    const timer = setTimeout(() => resolve(null), 2_000);
    getLocation((url) => {
      clearTimeout(timer);
      resolve(typeof url === 'string' ? url : null);
    });
  });
}

/**
 * The sub-page a page with sub-pages shows: on Forge the route of the host's URL (Jira's global page, whose
 * sidebar holds the matrix and the review, `view.createHistory()`), null at the page's root. Always null on
 * Connect, where each page has its own module and URL.
 */
export async function pageRoute(): Promise<string | null> {
  if (door() === 'connect') return null;
  return (await forge()).route();
}

/**
 * Calls `listener` with the route of the host's URL as soon as it listens, then with each route the URL changes
 * to while the page is open (Jira's sidebar changes the sub-page without reloading the page). Never on Connect.
 */
export function followPageRoute(listener: (route: string | null) => void): void {
  if (door() === 'connect') return;
  // Without the host's history the page keeps showing the sub-page it opened with.
  forge()
    .then((f) => f.followRoute(listener))
    .catch(() => undefined);
}

/** Where a page sends the user in Jira: an issue, or one of the app's Jira pages with its link's parameters. */
export type HostPlace = { issueKey: string } | { route: 'relationship-matrix' | 'quarterly-review'; query?: Record<string, string> };

/**
 * Opens a place of Jira in the host's window, not in the page's frame: Connect's `AP.navigator.go` (an app page's
 * parameters arrive as its link's `ac.` ones), Forge's router (the global page's sub-page by its route).
 */
export function openInHost(place: HostPlace): Promise<void> {
  if (door() === 'forge') return forge().then((f) => f.navigate(place));
  const navigator = window.AP?.navigator;
  if (!navigator) return Promise.reject(new ApiError(0, t('api.no-connect-bridge')));
  if ('issueKey' in place) navigator.go('issue', { issueKey: place.issueKey });
  else navigator.go('addonmodule', { moduleKey: place.route, customData: place.query ?? {} });
  return Promise.resolve();
}

/** Tell the host the page's height changed. Forge sizes a Custom UI iframe to its content by itself. */
export function fitToContent(): void {
  window.AP?.resize?.();
}

/**
 * The issue an issue panel or context is about: on Connect from the page URL Jira filled in
 * (`?issueId={issue.id}&issueKey={issue.key}`), on Forge from the view context (`extension.issue`).
 */
export async function pageIssue(): Promise<IssueRef | null> {
  if (door() === 'connect') return issueFrom(new URLSearchParams(window.location.search));
  const { issue } = await (await forge()).context();
  return issue ? { issueId: issue.id, issueKey: issue.key } : null;
}

/** The page's own URL parameters (a Jira page link's); a Forge page has none of its own. */
export function pageParameters(): URLSearchParams {
  return door() === 'connect' ? new URLSearchParams(window.location.search) : new URLSearchParams();
}

/** Where the app itself is served (the Connect descriptors' origin); null on Forge, whose pages Atlassian serves. */
export function appOrigin(): string | null {
  return door() === 'connect' ? window.location.origin : null;
}

/** Only text parameters: Connect's are strings by nature, Forge stores whatever the editor submitted. */
function macroDataOf(config: Record<string, unknown>): MacroData {
  const data: MacroData = {};
  for (const [name, value] of Object.entries(config)) {
    if (typeof value === 'string') data[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') data[name] = String(value);
  }
  return data;
}

/**
 * The Confluence macro's parameters: on Connect, Confluence fills them into the page URL; on Forge they are
 * the view context's `extension.config`.
 */
export async function macroParameters(): Promise<MacroData | URLSearchParams> {
  if (door() === 'connect') return new URLSearchParams(window.location.search);
  return macroDataOf((await (await forge()).context()).config);
}

/** Hands a file to the user: an iframe cannot follow an authenticated link, so it fetches, then links a Blob. */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function confluence(): NonNullable<ConnectBridge['confluence']> {
  const bridged = bridge().confluence;
  if (!bridged) throw new ApiError(0, t('api.confluence-only'));
  return bridged;
}

/** On Forge, the Save under way: Forge closes the editor once it is stored, so a Close after it is no Cancel. */
let forgeSave: Promise<void> | null = null;

function forgeSubmit(params: MacroData): void {
  const saving = forge().then((f) => f.submitConfig(params));
  forgeSave = saving;
  saving.catch((error: unknown) => {
    // Refused (the page was deleted meanwhile, say): the editor stays open, and Cancel closes it again.
    if (forgeSave === saving) forgeSave = null;
    console.error('The macro parameters were not saved.', error);
  });
}

/** The Confluence macro editor's side of the bridge. */
export const macroEditor = {
  /** The macro's current parameters; empty when the macro is being inserted. */
  data: async (): Promise<MacroData> => {
    if (door() === 'forge') return macroDataOf((await (await forge()).context()).config);
    // what the executor throws rejects the promise
    return new Promise((resolve) => {
      confluence().getMacroData((data) => resolve(data ?? {}));
    });
  },
  save: (params: MacroData): void => {
    if (door() === 'forge') forgeSubmit(params);
    else confluence().saveMacro(params);
  },
  close: (): void => {
    if (door() === 'connect') confluence().closeMacroEditor();
    else if (!forgeSave) forge().then((f) => f.close()).catch(() => undefined);
  },
};
