// The detail of one matrix cell: the relationship, its agreed agreement, its versions and its figures.
import type { MatrixCell, MatrixMetric, RelationshipView } from '../api/types';
import { el } from '../dom';
import { pairName, renderAgreement, renderVersions, standingLozenge } from '../relationship/agreement';
import { metricLabel } from './metric';
import { quarterLabel } from './period';
import { type LoadSatisfaction, renderSatisfactionSection } from './satisfaction';
import { cellLabel } from './table';
import { type LoadDecisions, renderYesNoSection } from './yesno';

/** What the detail can show beyond the relationship itself. */
export interface DetailExtras {
  /** The yes/no tab's figures; without it the detail has no yes/no section. */
  loadDecisions?: LoadDecisions;
  /** The satisfaction trend's figures; without it the detail has no satisfaction section. */
  loadSatisfaction?: LoadSatisfaction;
  /** The detail's height changed after it was shown (a section finished loading). */
  onLayout?: () => void;
}

/** "answeredChecks" reads "Answered checks". */
export function countLabel(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function panel(title: string, onClose: () => void, ...content: (Node | null)[]): HTMLElement {
  const heading = el('h2', { class: 'detail__title', tabindex: '-1' }, title);
  const close = el('button', { type: 'button', class: 'button button--subtle detail__close' }, 'Close');
  close.addEventListener('click', onClose);
  return el('section', { class: 'detail', 'aria-label': title }, el('div', { class: 'detail__head' }, heading, close), ...content);
}

function figures(cell: MatrixCell, metric: MatrixMetric, periodKey: string): Node[] {
  const heading = el('h3', {}, `${metricLabel(metric)}, ${quarterLabel(periodKey)}`);
  if (cell.noData) return [heading, el('p', { class: 'muted figures__none' }, 'No data yet')];
  const counts = Object.entries(cell.counts ?? {});
  return [
    heading,
    el('p', { class: 'figures__label' }, cellLabel(cell)),
    counts.length > 0
      ? el('dl', { class: 'figures' }, ...counts.flatMap(([key, count]) => [el('dt', {}, countLabel(key)), el('dd', {}, String(count))]))
      : el('p', { class: 'muted' }, 'No figures behind this value.'),
  ];
}

function people(relationship: RelationshipView): HTMLElement {
  const who = (accountId: string | null) => accountId ?? 'Not set';
  return el(
    'dl',
    { class: 'facts' },
    el('dt', {}, 'Standing'),
    el('dd', {}, standingLozenge(relationship.standing)),
    el('dt', {}, `Owner at ${relationship.provider.name}`),
    el('dd', {}, who(relationship.providerOwnerAccountId)),
    el('dt', {}, `Owner at ${relationship.customer.name}`),
    el('dd', {}, who(relationship.customerOwnerAccountId)),
    el('dt', {}, 'Executive sponsor'),
    el('dd', {}, who(relationship.executiveSponsorAccountId)),
  );
}

export function renderRelationshipDetail(
  relationship: RelationshipView,
  cell: MatrixCell,
  matrix: { metric: MatrixMetric; period: { key: string } },
  onClose: () => void,
  extras: DetailExtras = {},
): HTMLElement {
  const pending = relationship.draft && relationship.draft.status === 'draft' ? relationship.draft : null;
  return panel(
    pairName(relationship),
    onClose,
    people(relationship),
    el('h3', {}, 'Agreed agreement'),
    relationship.agreed ? renderAgreement(relationship.agreed) : el('p', { class: 'muted' }, 'Nothing agreed yet.'),
    pending ? el('h3', {}, `Draft, version ${pending.version}`) : null,
    pending ? el('p', { class: 'note' }, `Version ${pending.version} is a draft: it counts once the owners on both sides confirm it.`) : null,
    pending ? renderAgreement(pending) : null,
    ...figures(cell, matrix.metric, matrix.period.key),
    extras.loadSatisfaction ? renderSatisfactionSection(relationship.id, matrix.period.key, extras.loadSatisfaction, extras.onLayout ?? (() => undefined)) : null,
    extras.loadDecisions ? renderYesNoSection(relationship.id, matrix.period.key, extras.loadDecisions, extras.onLayout ?? (() => undefined)) : null,
    el('h3', {}, 'Versions'),
    renderVersions(relationship.versions ?? []),
  );
}

export function renderDetailLoading(title: string, onClose: () => void): HTMLElement {
  return panel(title, onClose, el('p', { class: 'loading' }, 'Loading…'));
}

export function renderDetailError(title: string, message: string, onClose: () => void): HTMLElement {
  return panel(title, onClose, el('p', { class: 'error', role: 'alert' }, message));
}
