// The Jira page "Quarterly review": the scope and quarter picker, the exports, then the shared review with
// the forms the viewer may use.
import type { ReviewQuery } from '../../api/client';
import type { Review } from '../../api/types';
import { el } from '../../dom';
import { renderNoDepartments } from '../../matrix/empty';
import type { ReviewParams } from '../../review/params';
import { type ReviewEditing, renderReview } from '../../review/view';
import { type ReviewChoices, renderPicker } from './picker';
import { type ReviewExports, renderToolbar } from './toolbar';
import { t } from '../../i18n';

/** What the last write said, and the section of its form. */
export interface ReviewNotice {
  text: string;
  section?: string;
}

function title(): HTMLElement[] {
  return [
    el('h1', {}, t('editor.review')),
    el('p', { class: 'lead' }, t('review.lead')),
  ];
}

/** The page; returns the element the review goes into, or null when the site has no departments yet. */
export function renderReviewPage(
  root: HTMLElement,
  choices: ReviewChoices,
  params: ReviewParams,
  quarters: string[],
  onChange: (params: ReviewParams) => void,
): HTMLElement | null {
  if (choices.departments.length === 0 && choices.relationships.length === 0) {
    root.replaceChildren(...title(), renderNoDepartments(false));
    root.dataset.ready = 'true';
    return null;
  }
  const slot = el('div', { class: 'review-slot', 'aria-busy': 'true' }, el('p', { class: 'loading' }, t('review.loading')));
  root.replaceChildren(...title(), renderPicker(choices, params, quarters, onChange), slot);
  return slot;
}

export function renderReviewLoading(slot: HTMLElement): void {
  slot.setAttribute('aria-busy', 'true');
  slot.classList.add('review-slot--loading');
}

export function renderReviewResult(
  root: HTMLElement,
  slot: HTMLElement,
  review: Review,
  query: ReviewQuery,
  exports: ReviewExports,
  editing: ReviewEditing,
  notice: ReviewNotice = { text: '' },
): void {
  const body = el('div', {});
  renderReview(body, review, editing);
  const status = el('p', { class: 'notice', role: 'status', id: 'review-notice' }, notice.text);
  // Said where the user saved: after a re-read the page is rebuilt, and the top may be far out of view.
  const heading = notice.section ? body.querySelector(`[data-section="${notice.section}"] > h3`) : null;
  slot.replaceChildren(heading ? el('p', { class: 'notice', hidden: '' }) : status, renderToolbar(query, exports), body);
  if (heading) {
    heading.after(status);
    status.scrollIntoView?.({ block: 'nearest' });
  }
  slot.removeAttribute('aria-busy');
  slot.classList.remove('review-slot--loading');
  root.dataset.ready = 'true';
}

export function renderReviewError(root: HTMLElement, slot: HTMLElement | null, message: string): void {
  const alert = el('p', { class: 'error', role: 'alert' }, message);
  if (slot) {
    slot.replaceChildren(alert);
    slot.removeAttribute('aria-busy');
    slot.classList.remove('review-slot--loading');
  } else {
    root.replaceChildren(...title(), alert);
  }
  root.dataset.ready = 'error';
}
