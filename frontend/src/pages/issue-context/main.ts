import '../../styles/app.css';
import '../../request/request.css';
import { api, fitToContent, followHostTheme } from '../../api/client';
import { requestError } from '../../request/errors';
import { issueFrom } from '../../request/issue';
import { pollRequest } from '../../request/poll';
import { renderContext, renderContextError } from './view';

const root = document.getElementById('app') as HTMLElement;
const issue = issueFrom(new URLSearchParams(window.location.search));
followHostTheme();

if (!issue) {
  renderContextError(root, 'This panel opens from a Jira issue: the page address names no issue.');
  fitToContent();
} else {
  pollRequest(
    () => api.request(issue.issueId),
    (view, settled) => {
      renderContext(root, view, settled);
      fitToContent();
      if (!settled) return;
      // The same marks as the matrix macro, for timing the panel: rendered, then painted.
      performance.mark('icr-ready');
      requestAnimationFrame(() => setTimeout(() => performance.mark('icr-painted'), 0));
    },
  ).catch((error: unknown) => {
    renderContextError(root, requestError(error, 'load').message);
    fitToContent();
  });
}
