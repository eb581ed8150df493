// A person on a page: a round 24px avatar and the display name beside it. While the name is being fetched a
// placeholder of the same height stands in; a former account shows "Former user" with a neutral avatar. An
// account id is never shown.
import './people.css';
import type { PersonView } from '../api/types';
import { el } from '../dom';
import { currentLocale, t } from '../i18n';
import { type PeopleResolver, people } from './resolver';

/** The name a person is shown by. */
export function nameOf(person: PersonView): string {
  if (person.former) return t('common.former-user');
  return person.displayName?.trim() || t('people.unknown');
}

/** A round avatar: the picture (decorative, alt="": the name is beside it) or a neutral placeholder. */
export function avatar(url: string | null | undefined): HTMLElement {
  const placeholder = () => el('span', { class: 'avatar avatar--placeholder', 'aria-hidden': 'true' });
  if (!url) return placeholder();
  const image = el('img', { class: 'avatar', src: url, alt: '', width: '24', height: '24', loading: 'lazy', referrerpolicy: 'no-referrer' });
  image.addEventListener('error', () => image.replaceWith(placeholder()), { once: true });
  return image;
}

function show(box: HTMLElement, person: PersonView | null): void {
  box.classList.remove('person--loading');
  box.removeAttribute('aria-busy');
  box.classList.toggle('person--former', person?.former ?? false);
  const name = person ? nameOf(person) : t('people.unavailable');
  box.replaceChildren(avatar(person && !person.former ? person.avatarUrl : null), el('span', { class: 'person__name' }, name));
}

/**
 * A person by account id: filled at once when the page knows them, else a placeholder filled once the page's
 * one call for names answers. `resolver`: the page's own by default.
 */
export function person(accountId: string, resolver: PeopleResolver = people()): HTMLElement {
  const box = el('span', { class: 'person' });
  const known = resolver.peek(accountId);
  if (known) {
    show(box, known);
    return box;
  }
  box.classList.add('person--loading');
  box.setAttribute('aria-busy', 'true');
  box.append(
    el('span', { class: 'avatar avatar--placeholder', 'aria-hidden': 'true' }),
    el('span', { class: 'person__name person__name--loading' }, el('span', { class: 'visually-hidden' }, t('common.loading'))),
  );
  resolver.resolve(accountId).then(
    (found) => show(box, found),
    () => show(box, null),
  );
  return box;
}

/** Several people as the locale lists them ("Ann, Bob and Cem", "Ann, Bob und Cem"). */
export function personList(accountIds: string[], resolver: PeopleResolver = people()): HTMLElement {
  const nodes = accountIds.map((accountId) => person(accountId, resolver));
  const parts = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).formatToParts(accountIds.map((_, index) => String(index)));
  return el('span', { class: 'people' }, ...parts.map((part) => (part.type === 'element' ? (nodes[Number(part.value)] ?? null) : part.value)));
}

/** A person, or `none` (a word such as "Not set") when there is nobody. */
export function personOr(accountId: string | null | undefined, none: string, resolver: PeopleResolver = people()): Node {
  return accountId ? person(accountId, resolver) : el('span', { class: 'person person--none' }, none);
}
