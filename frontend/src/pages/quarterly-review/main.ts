import '../../styles/app.css';
import '../../matrix/matrix.css';
import '../../review/review.css';
import './quarterly-review.css';
import { api, fitToContent, followHostTheme, hostLocation, offerDownload, pageLocale, pageParameters, type ReviewQuery } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { recentQuarters } from '../../matrix/period';
import { type ReviewParams, reviewParamsFrom, reviewQueryOf } from '../../review/params';
import { reviewEditing } from './editing';
import { renderMine } from './mine';
import { openingParams } from './picker';
import { type ReviewNotice, renderReviewError, renderReviewLoading, renderReviewPage, renderReviewResult } from './view';
import { addQuestionFiguresToReview } from '../../satisfaction/question-figures-server';

// The scope and quarter come from the page's URL: `relationship=`, `department=`, `quarter=` on our iframe's
// URL (Jira fills them in from the page link's `ac.` parameters; a Forge page has none), else on the Jira
// page's own URL.
const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.quarterly-review'));
void showLicenceBanner();

const exports = { measuresCsv: api.measuresCsv, reviewItemsCsv: api.reviewItemsCsv, download: offerDownload, print: () => window.print() };
let slot: HTMLElement | null = null;
let latest = 0;

function searchOf(url: string | null): URLSearchParams {
  try {
    return url ? new URL(url).searchParams : new URLSearchParams();
  } catch {
    return new URLSearchParams();
  }
}

function load(query: ReviewQuery, notice: ReviewNotice = { text: '' }): Promise<void> {
  if (!slot) return Promise.resolve();
  const request = ++latest;
  const target = slot;
  renderReviewLoading(target);
  return api
    .review(query)
    .then((review) => {
      if (request !== latest) return; // a newer choice is on its way
      const editing = reviewEditing({ actions: api, changed: (text, section) => load(query, { text, section }) });
      renderReviewResult(root, target, review, query, exports, editing, notice);
      addQuestionFiguresToReview(target, review, fitToContent);
    })
    .catch((error: Error) => {
      if (request === latest) renderReviewError(root, target, t('review.load-failed', { reason: error.message }));
    })
    .finally(fitToContent);
}

function show(params: ReviewParams): void {
  const query = reviewQueryOf(params, new Date());
  if (query) void load(query);
}

Promise.all([api.relationships(), api.departments(false), hostLocation()])
  .then(([relationships, departments, host]) => {
    const choices = { relationships, departments };
    return openingParams(choices, reviewParamsFrom(pageParameters(), searchOf(host)), api.reviewOpening).then((params) => ({ choices, params }));
  })
  .then(({ choices, params }) => {
    slot = renderReviewPage(root, choices, params, recentQuarters(new Date()), show);
    show(params);
    fitToContent();
    // Not worth an error of its own: without it the page is whole, only the notice of thanks is missing.
    api
      .myAppreciation()
      .then((mine) => {
        const notice = renderMine(mine.items);
        if (notice && slot) slot.before(notice);
      })
      .catch(() => undefined)
      .finally(fitToContent);
  })
  .catch((error: Error) => {
    renderReviewError(root, null, t('review.relationships-load-failed', { reason: error.message }));
    fitToContent();
  });
