// The executive digest on the admin page (administrators): the Confluence space its pages go to, each
// relationship's frequency, when it runs next, the latest runs with their failures, and publishing now.
import type { DigestRelationship, DigestRun, DigestSettingsRequest, DigestSpace, DigestView } from '../../api/types';
import { el } from '../../dom';
import { field, select, submitting } from '../../forms';
import { type MessageKey, formatDate, t } from '../../i18n';

export interface DigestActions {
  digest: () => Promise<DigestView>;
  digestSpaces: () => Promise<DigestSpace[]>;
  saveDigest: (request: DigestSettingsRequest) => Promise<DigestView>;
  setDigestFrequency: (relationshipId: string, frequency: 'weekly' | 'monthly') => Promise<DigestView>;
  publishDigest: () => Promise<void>;
}

const STATES: Record<DigestRun['state'], MessageKey> = {
  running: 'digest.state.running',
  retrying: 'digest.state.retrying',
  done: 'digest.state.done',
  failed: 'digest.state.failed',
};

const FAILURES = new Map<string, MessageKey>([
  ['space-missing', 'digest.failure.space-missing'],
  ['forbidden', 'digest.failure.forbidden'],
  ['rejected', 'digest.failure.rejected'],
  ['not-installed', 'digest.failure.not-installed'],
  ['rate-limited', 'digest.failure.rate-limited'],
  ['unavailable', 'digest.failure.unavailable'],
]);

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };

/** Why a run failed, in the page's language (the status Confluence answered, when there was one). */
export function failureText(run: DigestRun): string {
  if (!run.failure) return '';
  const key = FAILURES.get(run.failure);
  const text = key ? t(key) : run.failure;
  return run.failureStatus ? `${text} (${run.failureStatus})` : text;
}

/** The digest's section; it loads itself and reloads after each change. */
export function renderDigest(actions: DigestActions): HTMLElement {
  const body = el('div', {}, el('p', { class: 'muted' }, t('digest.loading')));
  const section = el(
    'section',
    { class: 'section digest', 'aria-label': t('digest.title'), 'data-digest': '' },
    el('h2', {}, t('digest.title')),
    el('p', { class: 'field__hint' }, t('digest.intro')),
    body,
  );
  const refresh = async (notice?: string): Promise<void> => {
    try {
      const [view, spaces] = await Promise.all([actions.digest(), actions.digestSpaces().catch((error: Error) => error)]);
      body.replaceChildren(...content(view, spaces, actions, refresh, notice));
    } catch (error) {
      body.replaceChildren(el('p', { class: 'error', role: 'alert' }, (error as Error).message));
    }
    section.dataset.ready = 'true';
  };
  void refresh();
  return section;
}

function content(
  view: DigestView,
  spaces: DigestSpace[] | Error,
  actions: DigestActions,
  refresh: (notice?: string) => Promise<void>,
  notice?: string,
): HTMLElement[] {
  const status = el('p', { class: 'notice', role: 'status' }, notice ?? '');
  const known = spaces instanceof Error ? [] : spaces;
  const options = known.map((space) => ({ value: space.key, label: `${space.name} (${space.key})` }));
  if (view.spaceKey && !known.some((space) => space.key === view.spaceKey)) {
    options.unshift({ value: view.spaceKey, label: `${view.spaceName ?? view.spaceKey} (${view.spaceKey})` });
  }
  options.unshift({ value: '', label: t('digest.space.choose') });
  const enabled = el('input', { type: 'checkbox', name: 'enabled' });
  enabled.checked = view.spaceKey === null || view.enabled;
  const form = el(
    'form',
    { class: 'form', 'aria-label': t('digest.settings'), novalidate: '' },
    el('h3', {}, t('digest.settings')),
    field(t('digest.space'), select('spaceKey', options, view.spaceKey ?? ''), t('digest.space.hint')),
    spaces instanceof Error ? el('p', { class: 'error', role: 'alert', 'data-spaces-error': '' }, t('digest.spaces-failed', { reason: spaces.message })) : null,
    !(spaces instanceof Error) && known.length === 0 ? el('p', { class: 'muted', 'data-no-spaces': '' }, t('digest.no-spaces')) : null,
    el('div', { class: 'field' }, el('label', {}, enabled, ` ${t('digest.enabled')}`)),
    el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'button button--primary' }, t('digest.save'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitting(form, async () => {
      const spaceKey = (form.elements.namedItem('spaceKey') as HTMLSelectElement).value;
      await actions.saveDigest({ spaceKey, enabled: enabled.checked });
      await refresh(t('digest.saved'));
    });
  });
  const publish = el('button', { type: 'button', class: 'button', 'data-publish': '' }, t('digest.publish'));
  publish.disabled = view.spaceKey === null;
  publish.addEventListener('click', () => {
    publish.disabled = true;
    actions
      .publishDigest()
      .then(() => refresh(t('digest.published')))
      .catch((error: Error) => {
        status.textContent = error.message;
        publish.disabled = false;
      });
  });
  const schedule = el(
    'p',
    { 'data-next-run': '' },
    view.enabled && view.spaceKey ? t('digest.next-run', { when: formatDate(view.nextRun, WHEN) }) : t('digest.off'),
  );
  return [status, form, el('div', { class: 'buttons' }, schedule, publish), relationships(view.relationships, actions, refresh), runs(view.runs)];
}

function relationships(list: DigestRelationship[], actions: DigestActions, refresh: (notice?: string) => Promise<void>): HTMLElement {
  if (list.length === 0) return el('p', { class: 'muted' }, t('digest.no-relationships'));
  return el(
    'table',
    { class: 'list', 'data-digest-relationships': '' },
    el('caption', {}, t('digest.relationships')),
    el('thead', {}, el('tr', {}, ...[t('digest.column.relationship'), t('digest.column.frequency'), t('digest.column.page')].map((h) => el('th', { scope: 'col' }, h)))),
    el(
      'tbody',
      {},
      ...list.map((r) => {
        const name = `${r.providerName} → ${r.customerName}`;
        const frequency = select(
          'frequency',
          [
            { value: 'weekly', label: t('digest.frequency.weekly') },
            { value: 'monthly', label: t('digest.frequency.monthly') },
          ],
          r.frequency,
          { 'aria-label': t('digest.frequency.of', { name }) },
        );
        frequency.addEventListener('change', () => {
          frequency.disabled = true;
          actions
            .setDigestFrequency(r.relationshipId, frequency.value === 'monthly' ? 'monthly' : 'weekly')
            .then(() => refresh(t('digest.frequency.saved', { name })))
            .catch((error: Error) => refresh(error.message));
        });
        const page =
          r.pageVersion && r.writtenAt
            ? t('digest.page.written', { version: r.pageVersion, when: formatDate(r.writtenAt, WHEN) })
            : t('digest.page.none');
        return el('tr', { 'data-relationship-id': r.relationshipId }, el('th', { scope: 'row' }, name), el('td', {}, frequency), el('td', {}, page));
      }),
    ),
  );
}

function runs(list: DigestRun[]): HTMLElement {
  if (list.length === 0) return el('p', { class: 'muted', 'data-digest-runs': '' }, t('digest.no-runs'));
  return el(
    'table',
    { class: 'list', 'data-digest-runs': '' },
    el('caption', {}, t('digest.runs')),
    el(
      'thead',
      {},
      el('tr', {}, ...[t('digest.column.started'), t('digest.column.period'), t('digest.column.state'), t('digest.column.pages'), t('digest.column.failure')].map((h) => el('th', { scope: 'col' }, h))),
    ),
    el(
      'tbody',
      {},
      ...list.map((run) =>
        el(
          'tr',
          { 'data-run-state': run.state },
          el('td', {}, formatDate(run.startedAt, WHEN), run.kind === 'now' ? ` · ${t('digest.kind.now')}` : ''),
          el('td', {}, `${formatDate(run.from, { dateStyle: 'medium', timeZone: 'UTC' })} – ${formatDate(run.to, { dateStyle: 'medium', timeZone: 'UTC' })}`),
          el('td', {}, t(STATES[run.state]), run.attempts > 1 ? ` · ${t('digest.attempts', { count: run.attempts })}` : ''),
          el('td', {}, String(run.pages)),
          el('td', run.failure ? { class: 'error' } : {}, failureText(run)),
        ),
      ),
    ),
  );
}
