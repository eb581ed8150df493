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
