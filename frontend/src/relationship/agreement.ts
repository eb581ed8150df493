// How a relationship's agreement and its versions read, on the admin page and in the matrix detail.
import type { AgreementStatus, AgreementView, RelationshipStanding, RelationshipView, ServiceTarget } from '../api/types';
import { el } from '../dom';
import { person } from '../people/person';

export const STANDING_LABELS: Record<RelationshipStanding, string> = {
  none: 'No agreement yet',
  draft: 'Draft, not agreed yet',
  agreed: 'Agreed',
  'agreed-draft-pending': 'Agreed, new draft pending',
};

const STATUS_LABELS: Record<AgreementStatus, string> = { draft: 'Draft', agreed: 'Agreed', superseded: 'Superseded' };
const STANDING_TONES: Record<RelationshipStanding, string> = { none: 'missing', draft: 'disabled', agreed: 'ok', 'agreed-draft-pending': 'ok' };

/** "Marketing → Sales": provider, then internal customer. */
export function pairName(relationship: Pick<RelationshipView, 'provider' | 'customer'>): string {
  return `${relationship.provider.name} → ${relationship.customer.name}`;
}

export function standingLozenge(standing: RelationshipStanding): HTMLElement {
  return el('span', { class: `lozenge lozenge--${STANDING_TONES[standing]}` }, STANDING_LABELS[standing]);
}

export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function serviceTargetText(target: ServiceTarget | null | undefined): string {
  const parts: string[] = [];
  if (target?.firstResponseHours != null) parts.push(`first response within ${target.firstResponseHours} h`);
  if (target?.resolutionHours != null) parts.push(`resolution within ${target.resolutionHours} h`);
  if (parts.length === 0) return 'No service target';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(text: string, empty: string): HTMLElement {
  return text.trim() ? el('p', { class: 'prose' }, text) : el('p', { class: 'muted' }, empty);
}

/** The terms of one agreement version: what is delivered, what good looks like, what comes back. */
export function renderAgreement(agreement: AgreementView | null): HTMLElement {
  if (!agreement) return el('p', { class: 'muted' }, 'No agreement written down yet.');
  const deliverables =
    agreement.deliverables.length > 0
      ? el('ul', { class: 'deliverables' }, ...agreement.deliverables.map((d) => el('li', {}, d)))
      : el('p', { class: 'muted' }, 'No deliverables listed.');
  return el(
    'dl',
    { class: 'agreement' },
    el('dt', {}, 'Deliverables'),
    el('dd', {}, deliverables),
    el('dt', {}, 'What good looks like'),
    el('dd', {}, paragraph(agreement.expectations, 'No expectations written down.')),
    el('dt', {}, 'What the customer gives back'),
    el('dd', {}, paragraph(agreement.customerGivesBack, 'Nothing written down.')),
    el('dt', {}, 'Service target'),
    el('dd', {}, serviceTargetText(agreement.serviceTarget)),
  );
}

function confirmation(side: string, by: string | null, at: string | null): (string | Node)[] {
  return by ? [`${side} confirmed by `, person(by), ` on ${formatDate(at)}`] : [`${side}: not confirmed yet`];
}

/** Every version of an agreement, newest first, with who confirmed it when. */
export function renderVersions(versions: AgreementView[], actionFor?: (version: AgreementView) => Node | null): HTMLElement {
  if (versions.length === 0) return el('p', { class: 'muted' }, 'No versions yet.');
  return el(
    'ol',
    { class: 'versions', reversed: '' },
    ...versions.map((version) =>
      el(
        'li',
        { class: `version version--${version.status}`, 'data-version': String(version.version) },
        el(
          'div',
          { class: 'version__head' },
          el('strong', {}, `Version ${version.version}`),
          el('span', { class: `lozenge lozenge--${version.status === 'agreed' ? 'ok' : version.status === 'draft' ? 'disabled' : 'missing'}` }, STATUS_LABELS[version.status]),
          el('span', { class: 'muted' }, ...(version.createdBy ? ['written by ', person(version.createdBy), ` on ${formatDate(version.createdAt)}`] : [formatDate(version.createdAt)])),
        ),
        el(
          'ul',
          { class: 'version__confirmations' },
          el('li', {}, ...confirmation('Provider', version.providerConfirmedBy, version.providerConfirmedAt)),
          el('li', {}, ...confirmation('Customer', version.customerConfirmedBy, version.customerConfirmedAt)),
        ),
        actionFor?.(version) ?? null,
      ),
    ),
  );
}
