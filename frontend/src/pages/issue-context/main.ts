import '../../styles/app.css';
import '../../request/request.css';
import { api, fitToContent, followHostTheme, pageIssue, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import type { RequestView } from '../../api/types';
import { requestError } from '../../request/errors';
import type { IssueRef } from '../../request/issue';
import { pollRequest } from '../../request/poll';
import { awaitsYourRating } from '../../satisfaction/words';
import { type RatingPrompt, renderContext, renderContextError } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.issue'));
void showLicenceBanner();

let shown: { view: RequestView; settled: boolean } | null = null;
let rating: RatingPrompt = 'loading';

function render(): void {
  if (!shown || root.dataset.ready === 'error') return;
  renderContext(root, shown.view, shown.settled, rating);
  fitToContent();
  if (root.dataset.ready !== 'true' || performance.getEntriesByName('icr-ready').length > 0) return;
  // The same marks as the matrix macro, for timing the panel: rendered, then painted.
  performance.mark('icr-ready');
  requestAnimationFrame(() => setTimeout(() => performance.mark('icr-painted'), 0));
}

function open(issue: IssueRef | null): void {
  if (!issue) {
    renderContextError(root, t('issue.no-issue'));
    fitToContent();
    return;
  }
  // In parallel with the request; a failure here only means no prompt, never a broken context.
  api
    .satisfaction(issue.issueId)
    .then((view) => (rating = awaitsYourRating(view) ? 'awaiting' : 'none'))
    .catch(() => (rating = 'none'))
    .finally(render);
  pollRequest(
    () => api.request(issue.issueId),
    (view, settled) => {
      shown = { view, settled };
      render();
    },
  ).catch((error: unknown) => {
    renderContextError(root, requestError(error, 'load').message);
    fitToContent();
  });
}

// The issue comes from the page URL on Connect, from the view context on Forge.
pageIssue().then(open, (error: Error) => {
  renderContextError(root, t('issue.unknown-issue', { reason: error.message }));
  fitToContent();
});
