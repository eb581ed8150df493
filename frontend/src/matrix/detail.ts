// The detail of one matrix cell: the relationship, its agreed agreement, its versions and its figures.
import type { MatrixCell, MatrixMetric, RelationshipView } from '../api/types';
import { el } from '../dom';
import { type MessageKey, t } from '../i18n';
import { personOr } from '../people/person';
import { pairName, renderAgreement, renderVersions, standingLozenge } from '../relationship/agreement';
import { metricLabel } from './metric';
import { quarterLabel } from './period';
import { type LoadSatisfaction, renderSatisfactionSection } from './satisfaction';
import { cellLabel } from './table';
import { type DownloadAnswers, type LoadQuestionFigures, renderQuestionFiguresSection } from '../satisfaction/question-figures';
import { type LoadDecisions, renderYesNoSection } from './yesno';

/** What the detail can show beyond the relationship itself. */
export interface DetailExtras {
  /** The yes/no tab's figures; without it the detail has no yes/no section. */
  loadDecisions?: LoadDecisions;
  /** The satisfaction trend's figures; without it the detail has no satisfaction section. */
  loadSatisfaction?: LoadSatisfaction;
  /** The answers per questionnaire version and question, with their CSV; without it the detail has no such section. */
  questionFigures?: { load: LoadQuestionFigures; download?: DownloadAnswers };
  /** The detail's height changed after it was shown (a section finished loading). */
  onLayout?: () => void;
}

const COUNT_LABELS: Record<string, MessageKey> = {
  sent: 'matrix.detail.count.sent',
  answered: 'matrix.detail.count.answered',
  yes: 'matrix.detail.count.yes',
  partly: 'matrix.detail.count.partly',
  no: 'matrix.detail.count.no',
  open: 'matrix.detail.count.open',
  onTarget: 'matrix.detail.count.on-target',
  missed: 'matrix.detail.count.missed',
  complete: 'matrix.detail.count.complete',
  incomplete: 'matrix.detail.count.incomplete',
  answeredComplete: 'matrix.detail.count.answered-complete',
  metComplete: 'matrix.detail.count.met-complete',
  partlyComplete: 'matrix.detail.count.partly-complete',
  answeredIncomplete: 'matrix.detail.count.answered-incomplete',
  metIncomplete: 'matrix.detail.count.met-incomplete',
  partlyIncomplete: 'matrix.detail.count.partly-incomplete',
};

/** A figure's count in words: the bundle's for the counts the server sends; else "answeredChecks" reads "Answered checks". */
export function countLabel(key: string): string {
  const known = COUNT_LABELS[key];
  if (known) return t(known);
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function panel(title: string, onClose: () => void, ...content: (Node | null)[]): HTMLElement {
  const heading = el('h2', { class: 'detail__title', tabindex: '-1' }, title);
  const close = el('button', { type: 'button', class: 'button button--subtle detail__close' }, t('matrix.detail.close'));
  close.addEventListener('click', onClose);
  return el('section', { class: 'detail', 'aria-label': title }, el('div', { class: 'detail__head' }, heading, close), ...content);
}

function figures(cell: MatrixCell, metric: MatrixMetric, periodKey: string): Node[] {
  const heading = el('h3', {}, `${metricLabel(metric)}, ${quarterLabel(periodKey)}`);
  if (cell.noData) return [heading, el('p', { class: 'muted figures__none' }, t('matrix.detail.no-data'))];
  const counts = Object.entries(cell.counts ?? {});
  return [
    heading,
    el('p', { class: 'figures__label' }, cellLabel(cell)),
    counts.length > 0
      ? el('dl', { class: 'figures' }, ...counts.flatMap(([key, count]) => [el('dt', {}, countLabel(key)), el('dd', {}, String(count))]))
      : el('p', { class: 'muted' }, t('matrix.detail.no-figures')),
  ];
}

function people(relationship: RelationshipView): HTMLElement {
  const who = (accountId: string | null) => personOr(accountId, t('matrix.detail.not-set'));
  return el(
    'dl',
    { class: 'facts' },
    el('dt', {}, t('matrix.detail.standing')),
    el('dd', {}, standingLozenge(relationship.standing)),
    el('dt', {}, t('matrix.detail.owner-at', { department: relationship.provider.name })),
    el('dd', {}, who(relationship.providerOwnerAccountId)),
    el('dt', {}, t('matrix.detail.owner-at', { department: relationship.customer.name })),
    el('dd', {}, who(relationship.customerOwnerAccountId)),
    el('dt', {}, t('matrix.detail.sponsor')),
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
    el('h3', {}, t('matrix.detail.agreed')),
    relationship.agreed ? renderAgreement(relationship.agreed) : el('p', { class: 'muted' }, t('matrix.detail.nothing-agreed')),
    pending ? el('h3', {}, t('matrix.detail.draft', { version: pending.version })) : null,
    pending ? el('p', { class: 'note' }, t('matrix.detail.draft-note', { version: pending.version })) : null,
    pending ? renderAgreement(pending) : null,
    ...figures(cell, matrix.metric, matrix.period.key),
    extras.loadSatisfaction ? renderSatisfactionSection(relationship.id, matrix.period.key, extras.loadSatisfaction, extras.onLayout ?? (() => undefined)) : null,
    extras.questionFigures ? renderQuestionFiguresSection(relationship.id, matrix.period.key, extras.questionFigures.load, extras.onLayout ?? (() => undefined), extras.questionFigures.download) : null,
    extras.loadDecisions ? renderYesNoSection(relationship.id, matrix.period.key, extras.loadDecisions, extras.onLayout ?? (() => undefined)) : null,
    el('h3', {}, t('matrix.detail.versions')),
    renderVersions(relationship.versions ?? []),
  );
}

export function renderDetailLoading(title: string, onClose: () => void): HTMLElement {
  return panel(title, onClose, el('p', { class: 'loading' }, t('common.loading')));
}

export function renderDetailError(title: string, message: string, onClose: () => void): HTMLElement {
  return panel(title, onClose, el('p', { class: 'error', role: 'alert' }, message));
}
