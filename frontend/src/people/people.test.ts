import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { tParts, useLocale } from '../i18n';
import { avatarOf, namesArrive, stubPeople } from '../testing/people';
import { person, personList } from './person';
import { PeopleResolver, people } from './resolver';

describe('people on a page', () => {
  afterEach(() => useLocale('en-US'));

  it('asks for every id a render shows in one call, and never again for ids it knows', async () => {
    const lookup = stubPeople({ 'acc-ann': 'Ann Lee', 'acc-bob': 'Bob Roy' });
    const page = document.body.appendChild(document.createElement('div'));
    page.append(person('acc-ann'), person('acc-bob'), person('acc-ann'));
    expect(lookup).not.toHaveBeenCalled();
    await namesArrive();

    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0]).toEqual(['acc-ann', 'acc-bob']);
    expect(Array.from(page.querySelectorAll('.person__name'), (n) => n.textContent)).toEqual(['Ann Lee', 'Bob Roy', 'Ann Lee']);

    page.append(person('acc-bob'), person('acc-cem'));
    await namesArrive();
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(lookup.mock.calls[1]![0]).toEqual(['acc-cem']);
  });

  it('shows a known person at once with a round avatar whose alt is empty, and no id anywhere', async () => {
    stubPeople({ 'acc-ann': 'Ann Lee' });
    await people().resolve('acc-ann');
    const shown = person('acc-ann');

    expect(shown.querySelector('.person__name')!.textContent).toBe('Ann Lee');
    const image = shown.querySelector('img')!;
    expect(image.getAttribute('alt')).toBe('');
    expect(image.getAttribute('src')).toBe(avatarOf('acc-ann'));
    expect(image.getAttribute('width')).toBe('24');
    expect(shown.outerHTML).not.toContain('acc-ann"');
    expect(shown.textContent).not.toContain('acc-ann');
  });

  it('shows a placeholder of the same shape while the name loads', () => {
    stubPeople({});
    const shown = person('acc-x');

    expect(shown.getAttribute('aria-busy')).toBe('true');
    expect(shown.querySelector('.avatar--placeholder')).not.toBeNull();
    expect(shown.textContent).toBe('Loading…');
  });

  it('shows a former account as "Former user", in German "Ehemaliger Benutzer", with a neutral avatar', async () => {
    stubPeople({ 'acc-gone': null });
    const shown = document.body.appendChild(person('acc-gone'));
    await namesArrive();

    expect(shown.textContent).toBe('Former user');
    expect(shown.querySelector('img')).toBeNull();
    expect(shown.querySelector('.avatar--placeholder')).not.toBeNull();

    await useLocale('de-DE');
    expect(person('acc-gone').textContent).toBe('Ehemaliger Benutzer');
  });

  it('takes an id the answer left out for a former user, and says the name is not available when the call fails', async () => {
    const resolver = new PeopleResolver(vi.fn().mockResolvedValueOnce([]).mockRejectedValueOnce(new ApiError(503, 'Service Unavailable')));
    const left = person('acc-left', resolver);
    await namesArrive();
    const failed = person('acc-fail', resolver);
    await namesArrive();

    expect(left.textContent).toBe('Former user');
    expect(failed.textContent).toBe('Name not available');
    expect(failed.textContent).not.toContain('acc-fail');
  });

  it('holds its call until the page’s first loads have settled, then asks for what they all show at once', async () => {
    const lookup = vi.fn((ids: string[]) => Promise.resolve(ids.map((accountId) => ({ accountId, displayName: accountId.toUpperCase(), avatarUrl: null, former: false }))));
    const resolver = new PeopleResolver(lookup);
    let settle: () => void = () => undefined;
    resolver.holdUntil(new Promise<void>((resolve) => (settle = resolve)));
    const first = resolver.resolve('a');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lookup).not.toHaveBeenCalled();
    const second = resolver.resolve('b');
    settle();
    expect((await Promise.all([first, second])).map((p) => p.displayName)).toEqual(['A', 'B']);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith(['a', 'b']);
  });

  it('splits more than 200 ids into calls of 200', async () => {
    const lookup = vi.fn((ids: string[]) => Promise.resolve(ids.map((accountId) => ({ accountId, displayName: accountId.toUpperCase(), avatarUrl: null, former: false }))));
    const resolver = new PeopleResolver(lookup);
    const ids = Array.from({ length: 201 }, (_, i) => `acc-${i}`);
    const found = await resolver.resolveAll(ids);

    expect(lookup.mock.calls.map((c) => c[0].length)).toEqual([200, 1]);
    expect(found[200]!.displayName).toBe('ACC-200');
  });

  it('lists people as the locale does and puts people into a translated sentence', async () => {
    stubPeople({ a: 'Ann', b: 'Bob', c: 'Cem' });
    const list = personList(['a', 'b', 'c']);
    await namesArrive();
    expect(list.textContent).toBe('Ann, Bob, and Cem');
    await useLocale('de-DE');
    expect(personList(['a', 'b', 'c']).textContent).toBe('Ann, Bob und Cem');

    const sentence = document.createElement('p');
    sentence.append(...tParts('people.unknown', {}));
    expect(sentence.textContent).toBe('Unbekannte Person');
  });
});
