import { describe, expect, it } from 'vitest';
import { forgeFrameUrl, forgePageOf, forgeRouteOf, type PreviewModule } from './forge-frame';

function module(overrides: Partial<PreviewModule>): PreviewModule {
  return { product: 'jira', type: 'generalPages', key: 'relationship-matrix', url: '/pages/relationship-matrix', moduleKey: 'relationship-matrix', context: {}, ...overrides };
}

const matrix = module({});
const review = module({ key: 'quarterly-review', url: '/pages/quarterly-review', moduleKey: 'quarterly-review' });
const macro = module({ product: 'confluence', type: 'dynamicContentMacros', key: 'relationship-matrix', url: '/macros/matrix?mode={mode}', moduleKey: 'relationship-matrix' });
const editor = module({ product: 'confluence', type: 'macroEditor', key: 'relationship-matrix-editor', url: '/macros/matrix/editor', moduleKey: 'relationship-matrix-editor' });
const panel = module({
  type: 'jiraIssueContents',
  key: 'internal-request-panel:FIN-7',
  url: '/pages/issue-panel?issueId={issue.id}&issueKey={issue.key}',
  moduleKey: 'internal-request-panel',
  context: { 'issue.id': '10001', 'issue.key': 'FIN-7' },
});

describe('Preview host: a page’s Forge form', () => {
  it('names the Custom UI resource of every module, and none for the PDF export', () => {
    expect(forgePageOf(module({ type: 'postInstallPage', url: '/pages/getting-started?product=jira' }))).toBe('getting-started');
    expect(forgePageOf(module({ type: 'adminPages', url: '/pages/admin' }))).toBe('admin');
    expect(forgePageOf(panel)).toBe('issue-panel');
    expect(forgePageOf(module({ type: 'jiraIssueContexts', url: '/pages/issue-context?issueId={issue.id}' }))).toBe('issue-context');
    expect(forgePageOf(macro)).toBe('matrix-macro');
    expect(forgePageOf(editor)).toBe('matrix-macro-editor');
    expect(forgePageOf(module({ type: 'macroExport', url: '/macros/matrix/export' }))).toBeNull();
    expect(forgePageOf(matrix)).toBe('global-page');
    expect(forgePageOf(review)).toBe('global-page');
  });

  it('opens both Jira pages as sub-pages of the global page: its module key and resource, the page’s route', () => {
    const shown = (page: PreviewModule) => new URL(forgeFrameUrl(page, [matrix, review], {}, 'light')!, 'http://localhost');

    expect(shown(review).pathname).toBe('/preview/forge/global-page/');
    expect(Object.fromEntries(shown(review).searchParams)).toEqual({
      moduleKey: 'icr-pages',
      moduleType: 'jira:globalPage',
      product: 'jira',
      theme: 'light',
      locale: 'en-US',
      route: 'quarterly-review',
    });
    expect(shown(matrix).pathname).toBe('/preview/forge/global-page/');
    expect(shown(matrix).searchParams.get('route')).toBe('relationship-matrix');
    expect(forgeRouteOf(module({ type: 'adminPages', url: '/pages/admin' }))).toBeNull();
    expect(forgeRouteOf(module({ product: 'confluence', url: '/pages/relationship-matrix' }))).toBeNull();
  });

  it('tells the stand-in an issue panel’s module and issue, in the resource directory’s URL', () => {
    const url = new URL(forgeFrameUrl(panel, [panel], {}, 'dark', 'de-DE')!, 'http://localhost');

    expect(url.pathname).toBe('/preview/forge/issue-panel/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      moduleKey: 'internal-request-panel',
      moduleType: 'jira:issuePanel',
      product: 'jira',
      theme: 'dark',
      locale: 'de-DE',
      issueId: '10001',
      issueKey: 'FIN-7',
    });
  });

  it('hands the macro and its editor the saved parameters, the editor under the macro’s module key', () => {
    const all = [macro, editor];
    const shown = new URL(forgeFrameUrl(macro, all, { metric: 'open' }, 'light')!, 'http://localhost');
    const editing = new URL(forgeFrameUrl(editor, all, { metric: 'open' }, 'light')!, 'http://localhost');

    expect(shown.pathname).toBe('/preview/forge/matrix-macro/');
    expect(shown.searchParams.get('config')).toBe('{"metric":"open"}');
    expect(shown.searchParams.get('configuring')).toBeNull();
    expect(editing.pathname).toBe('/preview/forge/matrix-macro-editor/');
    expect(editing.searchParams.get('moduleKey')).toBe('relationship-matrix');
    expect(editing.searchParams.get('moduleType')).toBe('macro');
    expect(editing.searchParams.get('configuring')).toBe('true');
  });
});
