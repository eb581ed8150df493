// A relationship's yes/no tab for a quarter, in the matrix detail: how often the provider said yes and no,
// why it said no (a bar per reason), and the latest declines.
import type { DecisionSummary } from '../api/types';
import { el } from '../dom';
import { formatDate } from '../relationship/agreement';
import { quarterLabel } from './period';
import { formatNumber, t } from '../i18n';

/** Fetches a relationship's yes/no figures for a quarter (`2026-Q4`). */
export type LoadDecisions = (relationshipId: string, period: string) => Promise<DecisionSummary>;

function counts(summary: DecisionSummary): HTMLElement {
  const count = (key: 'yes' | 'no' | 'undecided') => el('span', { 'data-count': key }, t(`yesno.count.${key}`, { count: summary[key] }));
  return el('p', { class: 'yesno__counts' }, count('yes'), ' · ', count('no'), ' · ', count('undecided'));
}

/** One bar per reason, as long as its share of the largest: the count is written next to it too. */
function reasons(summary: DecisionSummary): HTMLElement {
  const largest = Math.max(1, ...summary.reasons.map((r) => r.count));
  return el(
    'ul',
    { class: 'bars', 'aria-label': t('yesno.reasons') },
    ...summary.reasons.map((reason) => {
      const fill = el('span', { class: 'bar__fill' });
      // Through the CSSOM rather than a style attribute: the length is a number we computed, never text.
      fill.style.width = `${Math.round((reason.count / largest) * 100)}%`;
      return el(
        'li',
        { class: 'bars__row', 'data-reason': reason.reason },
        el('span', { class: 'bars__label' }, reason.label),
        el('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
        el('span', { class: 'bars__count' }, formatNumber(reason.count)),
      );
    }),
  );
}

function declines(summary: DecisionSummary): HTMLElement {
  return el(
    'ol',
    { class: 'declines' },
    ...summary.declined.map((decline) =>
      el(
        'li',
        { class: 'declines__item', 'data-issue': decline.issueId },
        el(
          'div',
          { class: 'declines__head' },
          el('strong', {}, decline.issueKey ?? t('yesno.issue', { id: decline.issueId })),
          el('span', {}, decline.reasonLabel),
          el('time', { class: 'muted', datetime: decline.at }, formatDate(decline.at)),
        ),
        decline.note ? el('p', { class: 'prose declines__note' }, decline.note) : null,
      ),
    ),
  );
}

export function renderYesNo(summary: DecisionSummary): Node[] {
  if (summary.yes + summary.no + summary.undecided === 0) return [el('p', { class: 'muted yesno__none' }, t('yesno.none'))];
  return [
    counts(summary),
    summary.reasons.length > 0 ? el('h4', {}, t('yesno.why-no')) : null,
    summary.reasons.length > 0 ? reasons(summary) : null,
    summary.declined.length > 0 ? el('h4', {}, t('yesno.latest-declines')) : null,
    summary.declined.length > 0 ? declines(summary) : null,
  ].filter((node): node is HTMLElement => node !== null);
}

/** The section, loading its figures itself: the rest of the detail does not wait for them. */
export function renderYesNoSection(relationshipId: string, periodKey: string, load: LoadDecisions, onLayout: () => void): HTMLElement {
  const body = el('div', { class: 'yesno__body', 'aria-busy': 'true' }, el('p', { class: 'loading' }, t('common.loading')));
  load(relationshipId, periodKey)
    .then((summary) => body.replaceChildren(...renderYesNo(summary)))
    .catch((error: Error) => body.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('yesno.load-failed', { reason: error.message }))))
    .finally(() => {
      body.removeAttribute('aria-busy');
      onLayout();
    });
  return el('section', { class: 'yesno', 'data-section': 'yesno', 'aria-label': t('yesno.label') }, el('h3', {}, t('yesno.title', { quarter: quarterLabel(periodKey) })), body);
}
