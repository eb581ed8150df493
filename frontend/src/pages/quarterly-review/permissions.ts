// What the viewer may change in a review, from the review's `you`. The API decides anyway (403); this only
// keeps forms away from people who could not use them.
import type { Review, ReviewSide, SnapshotRow } from '../../api/types';

export function sidesIn(review: Review, relationshipId: string): ReviewSide[] {
  if (review.you.administrator) return ['provider', 'customer'];
  return review.you.sides[relationshipId] ?? [];
}

/** The scope's relationships the viewer belongs to a side of (every one for an administrator). */
export function editableRelationships(review: Review): SnapshotRow[] {
  return review.snapshot.filter((row) => sidesIn(review, row.relationshipId).length > 0);
}

/** The relationships whose sponsor's note the viewer writes: only those they sponsor (an administrator names the sponsor). */
export function sponsoredRelationships(review: Review): SnapshotRow[] {
  return review.snapshot.filter((row) => review.you.sponsorOf.includes(row.relationshipId));
}

/** The departments of the scope, each once, by name. */
export function scopeDepartments(review: Review): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const row of review.snapshot) {
    byId.set(row.providerId, row.providerName);
    byId.set(row.customerId, row.customerName);
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
