// Every page rendered in German, with the pages' own render functions and the test fixtures: no text a person
// reads is a message key (a key missing from the bundles, or a text that forgot t()), and no English sentence
// of the English bundle shows where German was asked for.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import en from './messages/en.json';
import de from './messages/de.json';
import { useLocale } from './index';
import type { ReviewActions } from '../pages/quarterly-review/edit';
import type { AdminActions } from '../pages/admin/view';
import { licenceBanner } from '../licence';
import { renderAdmin } from '../pages/admin/view';
import { renderImportProgress, renderImportReport } from '../pages/admin/import';
import { renderThanksReceived } from '../pages/admin/thanks';
import { renderGettingStarted } from '../pages/getting-started/view';
import { renderContext } from '../pages/issue-context/view';
import { renderGadget, rolesText } from '../pages/dashboard-gadget/view';
import { myRelationships } from '../testing/gadget-fixtures';
import { createSatisfactionSection } from '../pages/issue-panel/satisfaction';
import { createSpecificationSection } from '../pages/issue-panel/specification';
import { renderPanel } from '../pages/issue-panel/view';
import { renderEditor } from '../pages/matrix-macro-editor/view';
import { renderMacro, renderNoScope, renderReviewMacro } from '../pages/matrix-macro/view';
import { reviewEditing } from '../pages/quarterly-review/editing';
import { renderMine } from '../pages/quarterly-review/mine';
import { renderReviewPage, renderReviewResult } from '../pages/quarterly-review/view';
import { renderMatrixPage, renderMatrixResult } from '../pages/relationship-matrix/view';
import { renderPolicyPage } from '../pages/satisfaction-policy/view';
import { renderSatisfaction } from '../matrix/satisfaction';
import { renderYesNo } from '../matrix/yesno';
import { renderVersions } from '../relationship/agreement';
import { serviceLine } from '../request/clock';
import {
  admin,
  agreement,
  answer,
  answeredCheck,
  askedViewer,
  cell,
  check,
  clarity,
  clock,
  decision,
  decisionSummary,
  department,
  departmentThanks,
  issueSatisfaction,
  matrix,
  member,
  relationship,
  requestView,
  satisfactionPolicy,
  satisfactionTrend,
} from '../testing/fixtures';
import { appreciation, review, siteAdmin } from '../testing/review-fixtures';

type Bundle = Record<string, string | Record<string, string>>;
const english = en as Bundle;
const german = de as Bundle;
const KEYS = new Set(Object.keys(en));

/** A message key as it would show if t() were bypassed or a key were missing: `area.thing`, `area.thing.more`. */
const RAW_KEY = /\b[a-z]+(?:\.[a-z0-9-]+)+\b/g;

/** Web addresses, e-mail addresses and file names are no keys. */
function withoutAddresses(text: string): string {
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/\b[\w-]+\.(?:csv|json|html|pdf)\b/gi, ' ')
    .replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:invalid|net|com|example)\b/gi, ' ');
}

/** The English texts of 12 characters or more whose German differs: one of them on a German page is a leak. */
const ENGLISH_ONLY: string[] = Object.keys(english).flatMap((key) => {
  const mine = english[key]!;
  const theirs = german[key]!;
  const forms = typeof mine === 'string' ? [[mine, theirs as string]] : Object.entries(mine).map(([form, text]) => [text, (theirs as Record<string, string>)[form] ?? '']);
  // The fixed words of a message, between its placeholders: what would show of it.
  return forms.flatMap(([text, translated]) => (text === translated ? [] : (text ?? '').split(/\{\w+\}/).map((part) => part.trim())))
    .filter((part) => part.length >= 12 && !Object.values(german).some((g) => (typeof g === 'string' ? [g] : Object.values(g)).some((text) => text.includes(part))));
});

/** Every text a person reads or hears: text nodes, and the names, titles and labels of elements. */
function textsOf(root: ParentNode): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script')) continue;
    if (node.textContent?.trim()) texts.push(node.textContent.trim());
  }
  for (const element of (root as Element).querySelectorAll('[aria-label], [title], [placeholder], optgroup[label]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'label']) {
      const value = element.getAttribute(name);
      if (value?.trim()) texts.push(value.trim());
    }
  }
  return texts;
}

/** The problems of a page rendered in German: raw keys and English sentences. */
function problemsOf(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const text of textsOf(root)) {
    if (KEYS.has(text)) problems.push(`raw key: ${text}`);
    for (const match of withoutAddresses(text).matchAll(RAW_KEY)) problems.push(`looks like a key: "${match[0]}" in "${text}"`);
    for (const sentence of ENGLISH_ONLY) if (text.includes(sentence)) problems.push(`English: "${sentence}" in "${text}"`);
  }
  return problems;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const main = () => document.body.appendChild(document.createElement('main'));

function adminActions(): AdminActions {
  const ok = vi.fn().mockResolvedValue(undefined);
  return {
    saveDepartment: ok,
    deleteDepartment: ok,
    saveRelationship: ok,
    deleteRelationship: ok,
    openRelationship: ok,
    closeRelationship: vi.fn(),
    confirmAgreement: ok,
    checkImport: vi.fn(),
    runImport: vi.fn(),
    exportCsv: ok,
    thanksFor: vi.fn(),
  };
}

const departments = [department('finance', 'Finance'), department('sales', 'Sales'), department('hr', 'HR')];
const quarters = ['2026-Q4', '2026-Q3', '2026-Q2'];
const editing = reviewEditing({ actions: { objectives: vi.fn().mockResolvedValue([]) } as unknown as ReviewActions, changed: vi.fn() });

describe('Every page in German', () => {
  beforeAll(() => useLocale('de-DE'));
  afterAll(() => useLocale('en-US'));

  it('finds what it looks for: a raw key and an English sentence fail', () => {
    const root = main();
    root.append('matrix.empty.title', document.createElement('p'));
    root.lastElementChild!.textContent = 'No relationships between these departments yet. An administrator adds them on the admin page in Jira.';
    expect(problemsOf(root)).toHaveLength(3);
    expect(ENGLISH_ONLY.length).toBeGreaterThan(100);
  });

  const pages: [string, () => HTMLElement | Promise<HTMLElement>][] = [
    ['getting started', () => {
      const root = main();
      const installed = { installed: true, enabled: true, baseUrl: 'https://acme.atlassian.net', installedAt: '2026-11-01T00:00:00Z' };
      const absent = { installed: false, enabled: false, baseUrl: null, installedAt: null };
      renderGettingStarted(root, { siteUrl: 'https://acme.atlassian.net', viewedFrom: 'jira', jira: installed, confluence: absent, linked: false, licence: 'evaluation' }, 'https://icr.example.com');
      root.prepend(licenceBanner('evaluation')!, licenceBanner('inactive')!);
      return root;
    }],
    ['admin', () => {
      const root = main();
      renderAdmin(root, { me: admin, departments, relationships: [relationship()], opened: relationship({ versions: [agreement(2, { status: 'draft' }), agreement(1)] }) }, adminActions());
      root.append(
        renderImportProgress('Importing', 1200, 3400),
        renderImportReport({ dryRun: true, departmentsCreated: 1, relationshipsCreated: 2, relationshipsUpdated: 0, errors: [] }),
        renderImportReport({ dryRun: false, departmentsCreated: 0, relationshipsCreated: 0, relationshipsUpdated: 0, errors: [{ line: 3, field: 'provider', message: 'Unbekannte Abteilung.' }] }),
        ...renderThanksReceived(departmentThanks()),
      );
      root.append(renderVersions([agreement(2, { status: 'draft' }), agreement(1)]));
      return root;
    }],
    ['admin, read only', () => {
      const root = main();
      renderAdmin(root, { me: member, departments, relationships: [relationship()], opened: null }, adminActions());
      return root;
    }],
    ['satisfaction policy', () => {
      const root = main();
      renderPolicyPage(root, satisfactionPolicy(), false, { save: vi.fn() });
      return root;
    }],
    ['relationship matrix', () => {
      const root = main();
      const query = { departments: [], metric: 'satisfaction' as const, period: '2026-Q4' };
      const slot = renderMatrixPage(root, departments, query, quarters, vi.fn())!;
      renderMatrixResult(root, slot, matrix(['Finance', 'Sales', 'HR'], [cell(0, 1), cell(1, 0, { noData: true, value: null })]), { loadRelationship: vi.fn() });
      root.append(...renderYesNo(decisionSummary()), ...renderSatisfaction(satisfactionTrend()));
      return root;
    }],
    ['relationship matrix of an empty site', () => {
      const root = main();
      renderMatrixPage(root, [], { departments: [], metric: 'agreement', period: '2026-Q4' }, quarters, vi.fn());
      return root;
    }],
    ['quarterly review', () => {
      const root = main();
      const slot = renderReviewPage(root, { relationships: [relationship()], departments }, { relationship: 'rel-1', department: '', quarter: '2026-Q4' }, quarters, vi.fn())!;
      const exports = { measuresCsv: vi.fn(), reviewItemsCsv: vi.fn(), download: vi.fn(), print: vi.fn() };
      renderReviewResult(root, slot, review({ you: siteAdmin }), { kind: 'relationship', id: 'rel-1', quarter: '2026-Q4' }, exports, editing, { text: '' });
      root.prepend(renderMine([appreciation(), appreciation({ id: 'ap-2' })])!);
      return root;
    }],
    ['matrix macro', () => {
      const root = main();
      renderMacro(root, matrix(['Finance', 'Sales'], [cell(0, 1)], { missingDepartments: ['gone', 'lost'] }), { departments: ['finance', 'gone', 'lost'], metric: 'yesno', period: '' }, { loadRelationship: vi.fn() });
      return root;
    }],
    ['matrix macro in review mode', () => {
      const root = main();
      renderReviewMacro(root, review());
      const empty = main();
      renderNoScope(empty);
      root.append(empty);
      return root;
    }],
    ['matrix macro editor', () => {
      const root = main();
      renderEditor(root, departments, { departments: ['sales'], metric: 'service', period: '' }, quarters, { save: vi.fn(), close: vi.fn() }, {
        mode: 'review',
        params: { relationship: 'rel-1', department: '', quarter: '' },
        relationships: [relationship()],
      });
      return root;
    }],
    ['issue panel', async () => {
      const root = main();
      const satisfaction = createSatisfactionSection({ answer: vi.fn(), rateClarity: vi.fn(), thank: vi.fn(), askNow: vi.fn(), onLayout: vi.fn() });
      const actions = { decide: vi.fn(), correct: vi.fn(), departments: vi.fn().mockResolvedValue(departments), onLayout: vi.fn(), satisfaction };
      const view = requestView({
        decision: decision({ outcome: 'declined', reason: 'duplicate' }),
        history: [decision({ outcome: 'declined', reason: 'duplicate' }), decision({ outcome: 'accepted', reason: null, reasonLabel: null })],
        service: { firstResponse: clock({ targetHours: 4, dueAt: '2026-11-23T08:00:00Z', doneAt: '2026-11-23T06:00:00Z', state: 'met' }), resolution: clock({ targetHours: 8, dueAt: '2026-11-23T08:00:00Z', state: 'overdue' }) },
        relationship: { id: 'rel-1', standing: 'agreed', agreement: agreement(1) },
        viewer: { accountId: 'acc-sam', canDecide: true, canCorrect: true },
      });
      renderPanel(root, view, actions);
      satisfaction.show(issueSatisfaction({
        current: check({ state: 'awaiting', you: askedViewer(), remindAt: '2026-11-25T10:00:00Z' }),
        history: [answeredCheck({ id: 'c-0', clarity: clarity(), answers: [answer()] }), check({ id: 'c-1', state: 'cancelled', cancelReason: 'reopened' })],
        clarityEnabled: true,
      }));
      root.querySelector<HTMLButtonElement>('#decline')!.click();
      root.querySelector<HTMLButtonElement>('#correct')!.click();
      await flush();
      return root;
    }],
    ['issue panel specification', () => {
      const root = main();
      const items = [
        { text: 'Start date given', state: 'specified' as const, reason: null },
        { text: 'Software listed', state: 'not-applicable' as const, reason: 'Standard kit' },
        { text: 'Equipment stated', state: 'open' as const, reason: null },
      ];
      const spec = { issueId: '1', agreementVersion: 2, items, specified: 2, total: 3, complete: false, lockedBy: null, canEdit: true };
      const actions = { load: vi.fn(), save: vi.fn(), onLayout: vi.fn() };
      const editable = createSpecificationSection(actions);
      editable.show(spec, 'x');
      const locked = createSpecificationSection(actions);
      locked.show({ ...spec, canEdit: false, lockedBy: 'decision' });
      locked.checks(issueSatisfaction({ current: answeredCheck({ clarity: clarity(), answers: [answer()] }) }));
      const provider = createSpecificationSection(actions);
      provider.show({ ...spec, canEdit: false });
      root.append(editable.element, locked.element, provider.element);
      return root;
    }],
    ['issue panel of an issue that is no request', () => {
      const root = main();
      const actions = { decide: vi.fn(), correct: vi.fn(), departments: vi.fn(), onLayout: vi.fn() };
      renderPanel(root, requestView({ state: 'not-internal', explanation: null, decision: null, viewer: { accountId: 'acc-sam', canDecide: false, canCorrect: true } }), actions);
      return root;
    }],
    ['issue context', () => {
      const root = main();
      renderContext(root, requestView(), true, 'awaiting');
      root.append(document.createTextNode(serviceLine(requestView())));
      return root;
    }],
    ['dashboard gadget', async () => {
      const root = main();
      renderGadget(root, myRelationships(), 'acc-me', vi.fn());
      const empty = main();
      renderGadget(empty, myRelationships({ relationships: [] }), 'acc-me', vi.fn());
      root.append(empty, Object.assign(document.createElement('p'), { textContent: rolesText([]) }));
      await flush();
      return root;
    }],
  ];

  it.each(pages)('%s shows no raw key and no English', async (_, render) => {
    const root = await render();
    expect(textsOf(root).length).toBeGreaterThan(0);
    expect(problemsOf(root)).toEqual([]);
    expect(document.documentElement.lang).toBe('de-DE');
    root.remove();
  });
});
