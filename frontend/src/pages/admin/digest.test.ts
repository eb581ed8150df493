import { type Mock, afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import type { DigestRun, DigestView } from '../../api/types';
import { type DigestActions, renderDigest } from './digest';

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function run(overrides: Partial<DigestRun> = {}): DigestRun {
  return {
    id: 'r1',
    kind: 'scheduled',
    from: '2026-11-30',
    to: '2026-12-06',
    state: 'done',
    pages: 3,
    attempts: 1,
    failure: null,
    failureStatus: null,
    startedAt: '2026-12-07T06:00:05Z',
    finishedAt: '2026-12-07T06:00:09Z',
    ...overrides,
  };
}

function digest(overrides: Partial<DigestView> = {}): DigestView {
  return {
    spaceKey: 'EXEC',
    spaceName: 'Executive updates',
    enabled: true,
    nextRun: '2026-12-14T06:00:00Z',
    relationships: [
      {
        relationshipId: 'rel-1',
        providerName: 'IT',
        customerName: 'HR',
        frequency: 'weekly',
        pageId: '1001',
        pageVersion: 2,
        writtenAt: '2026-12-07T06:00:08Z',
      },
    ],
    runs: [run()],
    ...overrides,
  };
}

type MockedActions = { [K in keyof DigestActions]: Mock<DigestActions[K]> };

function actions(view: DigestView = digest()): MockedActions {
  return {
    digest: vi.fn<DigestActions['digest']>().mockResolvedValue(view),
    digestSpaces: vi.fn<DigestActions['digestSpaces']>().mockResolvedValue([
      { key: 'EXEC', name: 'Executive updates' },
      { key: 'TEAM', name: 'Team space' },
    ]),
    saveDigest: vi.fn<DigestActions['saveDigest']>().mockResolvedValue(view),
    setDigestFrequency: vi.fn<DigestActions['setDigestFrequency']>().mockResolvedValue(view),
    publishDigest: vi.fn<DigestActions['publishDigest']>().mockResolvedValue(undefined),
  };
}

describe('The executive digest on the admin page', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the space, the next run, each relationship’s page and the latest runs', async () => {
    const section = document.body.appendChild(renderDigest(actions()));
    await flush();

    expect(section.querySelector<HTMLSelectElement>('select[name=spaceKey]')?.value).toBe('EXEC');
    expect(section.querySelector('[data-next-run]')?.textContent).toContain('Next run: Dec 14, 2026');
    const row = section.querySelector('[data-relationship-id=rel-1]');
    expect(row?.textContent).toContain('IT → HR');
    expect(row?.textContent).toContain('Version 2, written');
    expect(section.querySelector('[data-digest-runs] [data-run-state=done]')?.textContent).toContain('Done');
  });

  it('saves the space picked, and a relationship’s frequency', async () => {
    const act = actions();
    const section = document.body.appendChild(renderDigest(act));
    await flush();
    const form = section.querySelector('form')!;
    (form.elements.namedItem('spaceKey') as HTMLSelectElement).value = 'TEAM';
    form.requestSubmit();
    await flush();
    expect(act.saveDigest).toHaveBeenCalledWith({ spaceKey: 'TEAM', enabled: true });
    expect(section.querySelector('[role=status]')?.textContent).toBe('Digest settings saved');

    const frequency = section.querySelector<HTMLSelectElement>('[data-relationship-id=rel-1] select')!;
    frequency.value = 'monthly';
    frequency.dispatchEvent(new Event('change'));
    await flush();
    expect(act.setDigestFrequency).toHaveBeenCalledWith('rel-1', 'monthly');
  });

  it('marks the space the server refused', async () => {
    const act = actions();
    act.saveDigest.mockRejectedValue(new ApiError(400, "spaceKey: names a Confluence space the app cannot write to ('GONE')", 'spaceKey'));
    const section = document.body.appendChild(renderDigest(act));
    await flush();
    section.querySelector('form')!.requestSubmit();
    await flush();
    expect(section.querySelector('select[name=spaceKey]')?.getAttribute('aria-invalid')).toBe('true');
    expect(section.querySelector('[role=alert]')?.textContent).toContain('GONE');
  });

  it('reports a failed run with its reason, and publishes now on request', async () => {
    const act = actions(digest({ runs: [run({ state: 'failed', failure: 'space-missing', failureStatus: 404, pages: 0, kind: 'now', attempts: 1 })] }));
    const section = document.body.appendChild(renderDigest(act));
    await flush();
    const failed = section.querySelector('[data-run-state=failed]');
    expect(failed?.textContent).toContain('Failed');
    expect(failed?.textContent).toContain('The space is gone from Confluence: pick another one (404)');
    expect(failed?.textContent).toContain('published now');

    section.querySelector<HTMLButtonElement>('[data-publish]')!.click();
    await flush();
    expect(act.publishDigest).toHaveBeenCalledOnce();
    expect(section.querySelector('[role=status]')?.textContent).toContain('The digest is being published');
  });

  it('says why the spaces could not be read, keeping the space picked', async () => {
    const act = actions();
    act.digestSpaces.mockRejectedValue(new Error('Confluence did not answer'));
    const section = document.body.appendChild(renderDigest(act));
    await flush();
    expect(section.querySelector('[data-spaces-error]')?.textContent).toContain('Confluence did not answer');
    expect(section.querySelector<HTMLSelectElement>('select[name=spaceKey]')?.value).toBe('EXEC');
  });

  it('says when Confluence lists no space for the app, without an error', async () => {
    const act = actions(digest({ spaceKey: null, spaceName: null }));
    act.digestSpaces.mockResolvedValue([]);
    const section = document.body.appendChild(renderDigest(act));
    await flush();
    expect(section.querySelector('[data-no-spaces]')?.textContent).toContain('Confluence lists no space the app may write to');
    expect(section.querySelector('[data-spaces-error]')).toBeNull();
  });
});
