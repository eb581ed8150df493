// The quarterly review, read-only, shared by the Jira page and the Confluence macro: the quarter's matrix
// snapshot, the trends, measures against targets, objectives, frustrations and suggestions side by side,
// appreciation and the sponsor's notes. The Jira page adds its forms through `editing`.
import type { Review, ReviewItem } from '../api/types';
import { el } from '../dom';
import { quarterLabel } from '../matrix/period';
import { formatDate } from '../relationship/agreement';
import { renderAppreciation, renderSponsorNotes } from './appreciation';
import { renderItems } from './items';
import { renderMeasures } from './measures';
import { renderObjectives } from './objectives';
import { renderSnapshot } from './snapshot';
import { renderTrends } from './trends';
import { t } from '../i18n';

export type ReviewSection = 'snapshot' | 'trends' | 'measures' | 'objectives' | 'items' | 'appreciation' | 'notes';

/** What the Jira page adds to a section, or under an item; nothing for a reader. */
export interface ReviewEditing {
  section(name: ReviewSection, review: Review): Node | null;
  item(item: ReviewItem, review: Review): Node | null;
}

export function reviewTitle(review: Pick<Review, 'scope' | 'quarter'>): string {
  return `${review.scope.name} · ${quarterLabel(review.quarter)}`;
}

function section(name: ReviewSection, title: string, review: Review, editing: ReviewEditing | undefined, ...content: Node[]): HTMLElement {
  const headingId = `review-${name}-title`;
  return el(
    'section',
    { class: `review__section review__section--${name}`, 'data-section': name, 'aria-labelledby': headingId },
    el('h3', { id: headingId }, title),
    ...content,
    editing?.section(name, review) ?? null,
  );
}

export function renderReview(container: HTMLElement, review: Review, editing?: ReviewEditing): void {
  const first = review.quarters[0];
  const trendTitle = first ? t('review.trend-title', { from: quarterLabel(first), to: quarterLabel(review.quarters[review.quarters.length - 1]!) }) : t('review.trend');
  container.replaceChildren(
    el(
      'article',
      { class: 'review', 'data-scope': review.scope.kind, 'data-quarter': review.quarter },
      el(
        'header',
        { class: 'review__head' },
        el('h2', { class: 'review__title' }, reviewTitle(review)),
        el('p', { class: 'muted' }, review.scope.kind === 'department' ? t('review.subtitle.department', { date: formatDate(review.generatedAt) }) : t('review.subtitle.relationship', { date: formatDate(review.generatedAt) })),
      ),
      section('snapshot', t('review.snapshot.title'), review, editing, renderSnapshot(review.snapshot)),
      section('trends', trendTitle, review, editing, renderTrends(review.trend)),
      section('measures', t('review.measures.title'), review, editing, renderMeasures(review.measures, review.objectives, review.quarter)),
      section('objectives', t('review.objectives.title'), review, editing, renderObjectives(review.objectives)),
      section(
        'items',
        t('review.items.title'),
        review,
        editing,
        renderItems(review.items, review.snapshot, editing ? (item) => editing.item(item, review) : undefined),
      ),
      section('appreciation', t('review.appreciation.title'), review, editing, renderAppreciation(review.appreciation)),
      section('notes', t('review.notes.title'), review, editing, renderSponsorNotes(review.sponsorNotes)),
    ),
  );
}
