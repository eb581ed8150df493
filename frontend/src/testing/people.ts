// A stand-in for GET /api/people in page tests: names by account id; null stands for a former account.
import { type Mock, vi } from 'vitest';
import type { PersonView } from '../api/types';
import { type PeopleLookup, resetPeople } from '../people/resolver';

export const avatarOf = (accountId: string) => `https://avatars.example/${encodeURIComponent(accountId)}.png`;

export function stubPeople(names: Record<string, string | null>): Mock<PeopleLookup> {
  const lookup = vi.fn<PeopleLookup>((accountIds) =>
    Promise.resolve(
      accountIds.map((accountId): PersonView => {
        const name = names[accountId];
        return name ? { accountId, displayName: name, avatarUrl: avatarOf(accountId), former: false } : { accountId, displayName: null, avatarUrl: null, former: true };
      }),
    ),
  );
  resetPeople(lookup);
  return lookup;
}

/** Lets the page's one call for names answer (it is made on the next turn of the event loop). */
export const namesArrive = () => new Promise((resolve) => setTimeout(resolve, 0));
