// The Jira dashboard gadget "My internal customers": the viewer's relationships, each with its role, its standing
// and figures of the quarter, and what needs the viewer there, grouped (the first five of each group; the count
// says how many). Compact: a dashboard column is 350 to 700 px wide.
import './gadget.css';
import type { MyAttentionEntry, MyAttentionGroup, MyRelationship, MyRelationships, ReviewCell } from '../../api/types';
import type { HostPlace } from '../../api/client';
import { el, fill } from '../../dom';
import { currentLocale, formatDate, formatNumber, formatQuarter, t, texts } from '../../i18n';
import { person } from '../../people/person';
import { standingLozenge } from '../../relationship/agreement';
import { CLOCK_NAMES, duration } from '../../request/clock';

type Role = MyRelationship['roles'][number];
type Kind = MyAttentionGroup['kind'];

/** Opens a place of Jira in the host's window (openInHost); the view only says where. */
export type Open = (place: HostPlace) => void;

const ROLES: Record<Role, string> = texts(['provider-owner', 'customer-owner', 'executive-sponsor'], (role) => t(`gadget.role.${role}`));
const KINDS: Record<Kind, string> = texts(['decisions', 'agreement', 'service', 'ratings', 'items'], (kind) => t(`gadget.group.${kind}`));
const ITEM_KINDS = texts(['frustration', 'assumption', 'suggestion'] as const, (kind) => t(`review.kind.${kind}`));

/** "you own the provider's side and are the executive sponsor", in the locale's way of listing. */
export function rolesText(roles: readonly Role[]): string {
  if (roles.length === 0) return t('gadget.role.item-owner');
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(roles.map((role) => ROLES[role]));
}

/** A link-styled button: the place opens in Jira's window, not in the gadget's frame. */
function link(text: string, place: HostPlace, open: Open, attributes: Record<string, string> = {}): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'gadget__link', ...attributes }, text);
  button.addEventListener('click', () => open(place));
  return button;
}

function issue(entry: MyAttentionEntry, open: Open): Node {
  return entry.issueKey
    ? link(entry.issueKey, { issueKey: entry.issueKey }, open, { 'data-issue': entry.issueKey })
    : el('span', { class: 'muted', 'data-issue': '' }, t('gadget.hidden-issue'));
}

function figure(name: string, cell: ReviewCell | null): HTMLElement {
  return el('li', {}, el('span', { class: 'gadget-rel__figure-name' }, `${name} `), cell ? cell.label : '–');
}

/** The quarter's matrix cells of the relationship, each with its name (a figure's own words may hold a "·"). */
function figures(mine: MyRelationship): HTMLElement {
  const row = mine.headline;
  return el(
    'ul',
    { class: 'gadget-rel__figures', 'aria-label': t('gadget.figures') },
    figure(t('review.snapshot.col.satisfaction'), row.satisfaction),
    figure(t('review.snapshot.col.yesno'), row.yesno),
    figure(t('review.snapshot.col.service'), row.service),
    el('li', {}, t('gadget.open', { count: row.open })),
  );
}

/** The others who own or sponsor it, by name: whom the viewer works with there. */
function others(mine: MyRelationship, me: string | null): HTMLElement | null {
  const named: [Role, string | null][] = [
    ['provider-owner', mine.providerOwnerAccountId],
    ['customer-owner', mine.customerOwnerAccountId],
    ['executive-sponsor', mine.executiveSponsorAccountId],
  ];
  const shown = named.filter((entry): entry is [Role, string] => entry[1] !== null && entry[1] !== me);
  if (shown.length === 0) return null;
  return el(
    'ul',
    { class: 'gadget-rel__people' },
    ...shown.map(([role, accountId]) => el('li', {}, el('span', { class: 'muted' }, `${t(`gadget.with.${role}`)}: `), person(accountId))),
  );
}

function ago(at: string, now: number): string {
  return t('gadget.ago', { time: duration(Math.max(0, now - Date.parse(at))) });
}

function entryLine(kind: Kind, entry: MyAttentionEntry, mine: MyRelationship, now: number, open: Open): (Node | string)[] {
  switch (kind) {
    case 'decisions':
      return [issue(entry, open), ` · ${t('gadget.asked', { time: ago(entry.at, now) })}`];
    case 'service': {
      const name = CLOCK_NAMES[entry.target === 'first-response' ? 'firstResponse' : 'resolution'];
      const due = Date.parse(entry.at);
      const text = entry.due === 'overdue' ? t('clock.overdue-by', { name, time: duration(now - due) }) : t('clock.due-in', { name, time: duration(due - now) });
      return [issue(entry, open), ' · ', el('span', { class: `gadget__due gadget__due--${entry.due ?? 'due-soon'}` }, text)];
    }
    case 'ratings':
      return [
        issue(entry, open),
        ` · ${t('gadget.rating', { rating: entry.rating ?? 0 })} · ${formatDate(entry.at)}`,
        entry.text ? el('q', { class: 'gadget__comment' }, entry.text) : el('span', { class: 'muted' }, ` · ${t('gadget.no-comment')}`),
      ];
    case 'agreement':
      return [
        `${t('gadget.agreement-version', { version: entry.version ?? 1 })} · `,
        link(t('gadget.open-matrix'), { route: 'relationship-matrix' }, open, { 'data-open': 'matrix' }),
      ];
    case 'items':
      return [
        el('span', { class: 'gadget__item-kind' }, `${entry.itemKind ? ITEM_KINDS[entry.itemKind] : ''}: `),
        entry.text ?? '',
        ' · ',
        link(t('gadget.open-review'), { route: 'quarterly-review', query: { relationship: mine.relationshipId } }, open, { 'data-open': 'review' }),
      ];
  }
}

function group(mine: MyRelationship, g: MyAttentionGroup, now: number, open: Open): HTMLElement {
  const more = g.count - g.entries.length;
  return el(
    'section',
    { class: 'gadget-group', 'data-kind': g.kind, 'data-count': String(g.count) },
    el('h3', { class: 'gadget-group__title' }, KINDS[g.kind], ' ', el('span', { class: 'gadget-group__count' }, formatNumber(g.count))),
    el('ul', { class: 'gadget-group__entries' }, ...g.entries.map((entry) => el('li', {}, ...entryLine(g.kind, entry, mine, now, open)))),
    more > 0 ? el('p', { class: 'muted gadget-group__more' }, t('gadget.more', { count: more })) : null,
  );
}

function relationship(mine: MyRelationship, now: number, me: string | null, open: Open): HTMLElement {
  return el(
    'li',
    { class: 'gadget-rel', 'data-relationship': mine.relationshipId, 'data-attention': String(mine.attention) },
    el(
      'div',
      { class: 'gadget-rel__head' },
      el('h2', { class: 'gadget-rel__name' }, link(mine.name, { route: 'quarterly-review', query: { relationship: mine.relationshipId } }, open)),
      standingLozenge(mine.headline.standing),
    ),
    el('p', { class: 'gadget-rel__roles' }, rolesText(mine.roles)),
    figures(mine),
    others(mine, me),
    mine.groups.length === 0
      ? el('p', { class: 'gadget-rel__calm muted' }, t('gadget.nothing-here'))
      : el('div', { class: 'gadget-rel__groups' }, ...mine.groups.map((g) => group(mine, g, now, open))),
  );
}

/** The gadget: `me` is the viewer's account id (their own name is not listed among the others). */
export function renderGadget(root: HTMLElement, view: MyRelationships, me: string | null, open: Open): void {
  const now = Date.parse(view.generatedAt);
  if (view.relationships.length === 0) {
    fill(
      root,
      el(
        'div',
        { class: 'gadget__empty', 'data-empty': 'true' },
        el('p', { class: 'gadget__empty-title' }, t('gadget.empty.title')),
        el('p', { class: 'muted' }, t('gadget.empty.body')),
        link(t('gadget.open-matrix'), { route: 'relationship-matrix' }, open, { 'data-open': 'matrix' }),
      ),
    );
  } else {
    const total = view.relationships.reduce((sum, mine) => sum + mine.attention, 0);
    fill(
      root,
      el(
        'p',
        { class: 'gadget__summary' },
        `${t('gadget.summary.relationships', { count: view.relationships.length })} · ${total === 0 ? t('gadget.summary.calm') : t('gadget.summary.attention', { count: total })} · ${formatQuarter(view.quarter)}`,
      ),
      el('ul', { class: 'gadget__list' }, ...view.relationships.map((mine) => relationship(mine, now, me, open))),
    );
  }
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'true';
}

export function renderGadgetError(root: HTMLElement, message: string): void {
  fill(root, el('p', { class: 'error', role: 'alert' }, message));
  root.removeAttribute('aria-busy');
  root.dataset.ready = 'error';
}
