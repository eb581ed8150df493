// How a relationship's agreement and its versions read, on the admin page and in the matrix detail.
import type { AgreementStatus, AgreementView, RelationshipStanding, RelationshipView, ServiceTarget } from '../api/types';
import { el } from '../dom';
import { person } from '../people/person';
import { formatDate as formatLocaleDate, t, tParts, texts } from '../i18n';

export const STANDING_LABELS: Record<RelationshipStanding, string> = texts(['none', 'draft', 'agreed', 'agreed-draft-pending'], (standing) =>
  t(`agreement.standing.${standing}`),
);

const STATUS_LABELS: Record<AgreementStatus, string> = texts(['draft', 'agreed', 'superseded'], (status) => t(`agreement.status.${status}`));
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
  return Number.isNaN(date.getTime()) ? iso : formatLocaleDate(date, { dateStyle: 'medium', timeStyle: 'short' });
}

export function serviceTargetText(target: ServiceTarget | null | undefined): string {
  const firstResponse = target?.firstResponseHours ?? null;
  const resolution = target?.resolutionHours ?? null;
  const hours = (count: number) => t('duration.hours', { count });
  if (firstResponse !== null && resolution !== null) return t('agreement.target.both', { firstResponse: hours(firstResponse), resolution: hours(resolution) });
  if (firstResponse !== null) return t('agreement.target.first-response', { time: hours(firstResponse) });
  if (resolution !== null) return t('agreement.target.resolution', { time: hours(resolution) });
  return t('clock.no-target');
}

function paragraph(text: string, empty: string): HTMLElement {
  return text.trim() ? el('p', { class: 'prose' }, text) : el('p', { class: 'muted' }, empty);
}

/** The terms of one agreement version: what is delivered, what good looks like, what comes back. */
export function renderAgreement(agreement: AgreementView | null): HTMLElement {
  if (!agreement) return el('p', { class: 'muted' }, t('agreement.none'));
  const deliverables =
    agreement.deliverables.length > 0
      ? el('ul', { class: 'deliverables' }, ...agreement.deliverables.map((d) => el('li', {}, d)))
      : el('p', { class: 'muted' }, t('agreement.no-deliverables'));
  return el(
    'dl',
    { class: 'agreement' },
    el('dt', {}, t('agreement.deliverables')),
    el('dd', {}, deliverables),
    el('dt', {}, t('agreement.expectations')),
    el('dd', {}, paragraph(agreement.expectations, t('agreement.no-expectations'))),
    // Only when the agreement has one: older versions had none.
    ...((agreement.checklist ?? []).length > 0
      ? [el('dt', {}, t('agreement.checklist')), el('dd', {}, el('ul', { class: 'deliverables agreement__checklist' }, ...agreement.checklist.map((item) => el('li', {}, item))))]
      : []),
    el('dt', {}, t('agreement.gives-back')),
    el('dd', {}, paragraph(agreement.customerGivesBack, t('agreement.nothing-written'))),
    el('dt', {}, t('agreement.service-target')),
    el('dd', {}, serviceTargetText(agreement.serviceTarget)),
  );
}

function confirmation(side: 'provider' | 'customer', by: string | null, at: string | null): (string | Node)[] {
  return by ? tParts(`agreement.confirmed.${side}`, { name: person(by), date: formatDate(at) }) : [t(`agreement.unconfirmed.${side}`)];
}

/** Every version of an agreement, newest first, with who confirmed it when. */
export function renderVersions(versions: AgreementView[], actionFor?: (version: AgreementView) => Node | null): HTMLElement {
  if (versions.length === 0) return el('p', { class: 'muted' }, t('agreement.no-versions'));
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
          el('strong', {}, t('agreement.version', { version: version.version })),
          el('span', { class: `lozenge lozenge--${version.status === 'agreed' ? 'ok' : version.status === 'draft' ? 'disabled' : 'missing'}` }, STATUS_LABELS[version.status]),
          el(
            'span',
            { class: 'muted' },
            ...(version.createdBy ? tParts('agreement.written-by', { name: person(version.createdBy), date: formatDate(version.createdAt) }) : [formatDate(version.createdAt)]),
          ),
        ),
        el(
          'ul',
          { class: 'version__confirmations' },
          el('li', {}, ...confirmation('provider', version.providerConfirmedBy, version.providerConfirmedAt)),
          el('li', {}, ...confirmation('customer', version.customerConfirmedBy, version.customerConfirmedAt)),
        ),
        actionFor?.(version) ?? null,
      ),
    ),
  );
}
