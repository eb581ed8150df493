import '../../styles/app.css';
import '../../matrix/matrix.css';
import '../../review/review.css';
import { api, fitToContent, followHostTheme, type MacroData, macroParameters, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import { paramsFrom, queryOf } from '../../matrix/params';
import { macroModeOf, reviewParamsFrom, reviewQueryOf } from '../../review/params';
import { renderError, renderMacro, renderNoScope, renderReviewMacro } from './view';

// The macro's parameters (in the page URL on Connect, in the view context on Forge): mode (matrix or review),
// then the matrix's departments, metric and period, or the review's relationship or department and quarter;
// empty means the defaults.
const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.relationship-matrix'));
void showLicenceBanner();

function showMatrix(search: MacroData | URLSearchParams): Promise<void> {
  const params = paramsFrom(search);
  return api.matrix(queryOf(params, new Date())).then((matrix) => {
    renderMacro(root, matrix, params, { loadRelationship: api.relationshipBetween, onLayout: fitToContent });
    // The paint benchmark (bench/matrix.sh) reads these: rendered, then the first frame painted after it.
    performance.mark('icr-ready');
    requestAnimationFrame(() => setTimeout(() => performance.mark('icr-painted'), 0));
  });
}

function showReview(search: MacroData | URLSearchParams): Promise<void> {
  const query = reviewQueryOf(reviewParamsFrom(search), new Date());
  if (!query) {
    renderNoScope(root);
    return Promise.resolve();
  }
  return api.review(query).then((review) => renderReviewMacro(root, review));
}

let review = false;
macroParameters()
  .then((search) => {
    review = macroModeOf(search) === 'review';
    return review ? showReview(search) : showMatrix(search);
  })
  .catch((error: Error) => renderError(root, review ? t('macro.review-load-failed', { reason: error.message }) : t('macro.matrix-load-failed', { reason: error.message })))
  .finally(fitToContent);
