// Who an account id is, asked of the server once per page load: every id a render wants in the same turn of
// the event loop goes into one GET /api/people (split at PEOPLE_PER_CALL), the answers are kept for the page's
// life, and a later render asks only for ids not known yet. Names are never stored anywhere else.
import { PEOPLE_PER_CALL, api } from '../api/client';
import type { PersonView } from '../api/types';

/** Asks the server for some accounts (GET /api/people). */
export type PeopleLookup = (accountIds: string[]) => Promise<PersonView[]>;

interface Waiting {
  promise: Promise<PersonView>;
  resolve(person: PersonView): void;
  reject(error: unknown): void;
}

/** An account the answer left out: Jira no longer knows it, so it is a former user, never an error. */
const formerUser = (accountId: string): PersonView => ({ accountId, displayName: null, avatarUrl: null, former: true });

export class PeopleResolver {
  private readonly known = new Map<string, PersonView>();
  private readonly waiting = new Map<string, Waiting>();
  private batch: string[] = [];
  /** While the page's first loads are under way: the next call waits for them. */
  private held: Promise<unknown> | null = null;

  constructor(
    private readonly lookup: PeopleLookup,
    private readonly perCall = PEOPLE_PER_CALL,
  ) {}

  /**
   * Holds the next call until the page's first loads have settled, so that what they show is asked for in one
   * call (a page whose parts load separately, such as the issue panel's request and its satisfaction checks).
   */
  holdUntil(loads: Promise<unknown>): void {
    const held = Promise.all([this.held, loads.catch(() => undefined)]);
    this.held = held;
    void held.then(() => {
      if (this.held === held) this.held = null;
    });
  }

  /** The person, when the page already knows them. */
  peek(accountId: string): PersonView | undefined {
    return this.known.get(accountId);
  }

  /** The person; ids asked for in the same turn are asked of the server together, known ones not at all. */
  resolve(accountId: string): Promise<PersonView> {
    const known = this.known.get(accountId);
    if (known) return Promise.resolve(known);
    const waiting = this.waiting.get(accountId);
    if (waiting) return waiting.promise;
    let resolve!: (person: PersonView) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<PersonView>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    this.waiting.set(accountId, { promise, resolve, reject });
    if (this.batch.length === 0) {
      if (this.held) void this.held.then(() => setTimeout(() => this.ask(), 0));
      else setTimeout(() => this.ask(), 0);
    }
    this.batch.push(accountId);
    return promise;
  }

  /** Several people at once, in the order asked. */
  resolveAll(accountIds: string[]): Promise<PersonView[]> {
    return Promise.all(accountIds.map((accountId) => this.resolve(accountId)));
  }

  private ask(): void {
    const ids = this.batch;
    this.batch = [];
    for (let start = 0; start < ids.length; start += this.perCall) {
      const chunk = ids.slice(start, start + this.perCall);
      this.lookup(chunk).then(
        (people) => {
          for (const person of people) this.known.set(person.accountId, person);
          for (const accountId of chunk) this.settle(accountId, (w) => w.resolve(this.known.get(accountId) ?? formerUser(accountId)));
        },
        // not kept: a later render asks again
        (error: unknown) => chunk.forEach((accountId) => this.settle(accountId, (w) => w.reject(error))),
      );
    }
  }

  private settle(accountId: string, how: (waiting: Waiting) => void): void {
    const waiting = this.waiting.get(accountId);
    this.waiting.delete(accountId);
    if (waiting) how(waiting);
  }
}

const fromServer: PeopleLookup = (accountIds) => api.people(accountIds).then((answer) => answer.people);

let shared = new PeopleResolver(fromServer);

/** The page's resolver: one per page load. */
export const people = (): PeopleResolver => shared;

/** A fresh resolver for the page (tests: with a stand-in lookup); forgets everything known. */
export function resetPeople(lookup: PeopleLookup = fromServer): PeopleResolver {
  shared = new PeopleResolver(lookup);
  return shared;
}
