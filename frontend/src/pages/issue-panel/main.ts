import '../../styles/app.css';
import '../../request/request.css';
import '../../satisfaction/satisfaction.css';
import { api, fitToContent, followHostTheme, pageIssue, pageLocale } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { localizeShell } from '../shell';
import { showLicenceBanner } from '../../licence';
import type { DepartmentView } from '../../api/types';
import { requestError } from '../../request/errors';
import type { IssueRef } from '../../request/issue';
import { pollRequest } from '../../request/poll';
import { people } from '../../people/resolver';
import { checkError } from '../../satisfaction/errors';
import { createSatisfactionSection } from './satisfaction';
import { createSpecificationSection } from './specification';
import { markReady, type PanelActions, renderPanel, renderPanelError } from './view';

const root = document.getElementById('app') as HTMLElement;
followHostTheme();
// Before anything renders: every text below is in the user's language.
await useLocale(await pageLocale());
localizeShell(t('page.title.issue'));
void showLicenceBanner();

let departments: Promise<DepartmentView[]> | null = null;

function actionsFor(issueId: string): PanelActions {
  const specification = createSpecificationSection({
    load: () => api.specification(issueId),
    save: (request) => api.saveSpecification(issueId, request),
    onLayout: fitToContent,
  });
  return {
    // A decision ends changes to the specification: it is shown again as it stands.
    decide: (request) => api.decide(issueId, request).then((view) => (specification.reload(), view)),
    specification,
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
    satisfaction: createSatisfactionSection({
      answer: api.answerCheck,
      rateClarity: api.rateClarity,
      thank: api.thank,
      askNow: api.askNow,
      onLayout: fitToContent,
    }),
  };
}

/** The same marks as the matrix macro, for timing the panel: ready (both loads shown), then painted. */
function markTimings(): void {
  if (root.dataset.ready !== 'true' || performance.getEntriesByName('icr-ready').length > 0) return;
  performance.mark('icr-ready');
  requestAnimationFrame(() => setTimeout(() => performance.mark('icr-painted'), 0));
}

function open(issue: IssueRef | null): void {
  if (!issue) {
    renderPanelError(root, t('issue.no-issue'));
    fitToContent();
    return;
  }
  const actions = actionsFor(issue.issueId);
  const section = actions.satisfaction!;
  // null until the request's first answer is shown; then whether that answer is final.
  let settled: boolean | null = null;
  // Both loads start at once: the checks do not wait for the request, nor the request for them. The people
  // both show are asked for together, once both have answered: one call for the page.
  let requestShown: () => void = () => undefined;
  const firstRequest = new Promise<void>((resolve) => (requestShown = resolve));
  const checks = api.satisfaction(issue.issueId);
  people().holdUntil(Promise.allSettled([checks, firstRequest]));
  actions.specification?.reload();
  checks
    .then((view) => {
      section.show(view);
      actions.specification?.checks(view);
    })
    .catch((error: unknown) => section.fail(t('issue.checks-load-failed', { reason: checkError(error, 'load').message })))
    .finally(() => {
      if (settled === null || root.dataset.ready === 'error') return;
      markReady(root, settled, section);
      fitToContent();
      markTimings();
    });
  pollRequest(
    () => api.request(issue.issueId),
    (view, final) => {
      requestShown();
      settled = final;
      renderPanel(root, view, actions, final);
      fitToContent();
      markTimings();
    },
  ).catch((error: unknown) => {
    requestShown();
    renderPanelError(root, requestError(error, 'load').message);
    fitToContent();
  });
}

// The issue comes from the page URL on Connect, from the view context on Forge.
pageIssue().then(open, (error: Error) => {
  renderPanelError(root, t('issue.unknown-issue', { reason: error.message }));
  fitToContent();
});
