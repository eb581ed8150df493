import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { decision, requestView } from '../testing/fixtures';
import { requestError } from './errors';
import { issueFrom } from './issue';
import { explanationOf, outcomeOf, requestLozenge, requestPair } from './status';

describe('Request status', () => {
  it('shows a lozenge per outcome in Atlassian’s appearances', () => {
    const lozenge = (overrides: Parameters<typeof requestView>[0]) => {
      const element = requestLozenge(requestView(overrides));
      return [element.dataset.outcome, element.className, element.textContent];
    };
    expect(lozenge({ decision: decision({ outcome: 'accepted' }) })).toEqual(['accepted', 'lozenge lozenge--success', 'Accepted']);
    expect(lozenge({ decision: decision({ outcome: 'declined', reason: 'duplicate' }) })).toEqual(['declined', 'lozenge lozenge--removed', 'Declined']);
    expect(lozenge({ decision: null })).toEqual(['awaiting', 'lozenge lozenge--inprogress', 'Awaiting decision']);
    expect(lozenge({ state: 'not-internal' })).toEqual(['not-internal', 'lozenge lozenge--default', 'Not an internal request']);
    expect(lozenge({ state: 'looking-up' })).toEqual(['looking-up', 'lozenge lozenge--default', 'Looking up…']);
    expect(lozenge({ state: 'deleted' })).toEqual(['deleted', 'lozenge lozenge--default', 'Issue deleted']);
  });

  it('ignores a stale decision on an issue that is no longer an internal request', () => {
    expect(outcomeOf(requestView({ state: 'not-internal', decision: decision() }))).toBe('not-internal');
  });

  it('names the customer first, then the provider, marking archived and unknown departments', () => {
    expect(requestPair(requestView())!.textContent).toBe('Sales → Finance');
    expect(requestPair(requestView({ customer: null, provider: { id: 'f', name: 'Finance', archived: true } }))!.textContent).toBe('Unknown → Finance (archived)');
    expect(requestPair(requestView({ customer: null, provider: null }))).toBeNull();
  });

  it('explains a state in the server’s words, or in ours when it sent none', () => {
    expect(explanationOf(requestView({ state: 'not-internal', explanation: 'FIN is not mapped to a department.' }))).toBe('FIN is not mapped to a department.');
    expect(explanationOf(requestView({ state: 'deleted', explanation: null }))).toBe('This issue was deleted.');
  });

  it('reads the issue from the page address, refusing unfilled context variables', () => {
    expect(issueFrom(new URLSearchParams('issueId=10001&issueKey=FIN-7'))).toEqual({ issueId: '10001', issueKey: 'FIN-7' });
    expect(issueFrom(new URLSearchParams('issueId=10001'))).toEqual({ issueId: '10001', issueKey: null });
    expect(issueFrom(new URLSearchParams('issueId={issue.id}&issueKey={issue.key}'))).toBeNull();
    expect(issueFrom(new URLSearchParams(''))).toBeNull();
  });

  it('turns refusals and outages into sentences, keeping a 400’s field', () => {
    expect(requestError(new ApiError(403, 'Forbidden'), 'decide').message).toContain('You may not decide');
    expect(requestError(new ApiError(503, 'Service Unavailable'), 'decide').message).toBe('Jira could not be reached just now. Nothing was saved. Try again in a moment.');
    expect(requestError(new ApiError(404, 'Not Found'), 'load').message).toBe('This issue does not exist, or you may not browse it.');
    expect(requestError(new ApiError(400, 'Choose a reason.', 'reason'), 'decide')).toMatchObject({ status: 400, message: 'Choose a reason.', field: 'reason' });
  });
});
