// The dashboard gadget's answer (GET /api/me/relationships) for page tests: the demo user owning IT's side of
// IT → HR and sponsoring it, with something in every group.
import type { MyAttentionEntry, MyRelationship, MyRelationships } from '../api/types';
import { snapshotRow } from './review-fixtures';

export const ME = 'acc-me';
export const HR_OWNER = 'acc-hana';
export const NOW = '2026-11-23T12:00:00Z';

export function entry(overrides: Partial<MyAttentionEntry> = {}): MyAttentionEntry {
  return { issueId: '10042', issueKey: 'IT-42', at: '2026-11-23T10:00:00Z', due: null, target: null, rating: null, text: null, itemKind: null, version: null, ...overrides };
}

export function mine(overrides: Partial<MyRelationship> = {}): MyRelationship {
  return {
    relationshipId: 'rel-1',
    name: 'IT → HR',
    roles: ['provider-owner', 'executive-sponsor'],
    providerOwnerAccountId: ME,
    customerOwnerAccountId: HR_OWNER,
    executiveSponsorAccountId: ME,
    headline: snapshotRow({ standing: 'agreed-draft-pending', open: 3 }),
    attention: 10,
    groups: [
      { kind: 'decisions', count: 7, entries: [entry(), entry({ issueId: '10043', issueKey: 'IT-43' }), entry({ issueId: null, issueKey: null }), entry({ issueId: '10045', issueKey: 'IT-45' }), entry({ issueId: '10046', issueKey: 'IT-46' })] },
      { kind: 'agreement', count: 1, entries: [entry({ issueId: null, issueKey: null, version: 3 })] },
      {
        kind: 'service',
        count: 2,
        entries: [
          entry({ at: '2026-11-23T09:00:00Z', due: 'overdue', target: 'first-response' }),
          entry({ issueId: '10050', issueKey: 'IT-50', at: '2026-11-23T17:00:00Z', due: 'due-soon', target: 'resolution' }),
        ],
      },
      { kind: 'ratings', count: 1, entries: [entry({ issueId: '10030', issueKey: 'IT-30', at: '2026-11-20T08:00:00Z', rating: 1, text: 'Laptop came a week late' })] },
      { kind: 'items', count: 1, entries: [entry({ issueId: null, issueKey: null, itemKind: 'suggestion', text: 'Send start dates ten days ahead' })] },
    ],
    ...overrides,
  };
}

export function myRelationships(overrides: Partial<MyRelationships> = {}): MyRelationships {
  return {
    accountId: ME,
    quarter: '2026-Q4',
    relationships: [
      mine(),
      mine({
        relationshipId: 'rel-2',
        name: 'Finance → IT',
        roles: ['customer-owner'],
        providerOwnerAccountId: 'acc-fay',
        customerOwnerAccountId: ME,
        executiveSponsorAccountId: null,
        headline: snapshotRow({ relationshipId: 'rel-2', standing: 'agreed', satisfaction: null, open: 0 }),
        attention: 0,
        groups: [],
      }),
    ],
    generatedAt: NOW,
    ...overrides,
  };
}
