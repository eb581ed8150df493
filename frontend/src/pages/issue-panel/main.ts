import '../../styles/app.css';
import '../../request/request.css';
import { api, fitToContent, followHostTheme } from '../../api/client';
import type { DepartmentView } from '../../api/types';
import { requestError } from '../../request/errors';
import { issueFrom } from '../../request/issue';
import { pollRequest } from '../../request/poll';
import { type PanelActions, renderPanel, renderPanelError } from './view';

const root = document.getElementById('app') as HTMLElement;
const issue = issueFrom(new URLSearchParams(window.location.search));
followHostTheme();

let departments: Promise<DepartmentView[]> | null = null;

function actionsFor(issueId: string): PanelActions {
  return {
    decide: (request) => api.decide(issueId, request),
    correct: (correction) => api.correctDepartments(issueId, correction),
    departments: () => {
      // Loaded once, when the Correct form first opens; a failure may be tried again.
      departments ??= api.departments(false).catch((error: unknown) => {
        departments = null;
        throw error;
      });
      return departments;
    },
    onLayout: fitToContent,
  };
}

if (!issue) {
  renderPanelError(root, 'This panel opens from a Jira issue: the page address names no issue.');
  fitToContent();
} else {
  const actions = actionsFor(issue.issueId);
  pollRequest(
    () => api.request(issue.issueId),
    (view, settled) => {
      renderPanel(root, view, actions, settled);
      fitToContent();
      if (!settled) return;
      // The same marks as the matrix macro, for timing the panel: rendered, then painted.
      performance.mark('icr-ready');
      requestAnimationFrame(() => setTimeout(() => performance.mark('icr-painted'), 0));
    },
  ).catch((error: unknown) => {
    renderPanelError(root, requestError(error, 'load').message);
    fitToContent();
  });
}
