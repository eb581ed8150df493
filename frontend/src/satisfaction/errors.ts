// What a failed call on an issue's satisfaction checks tells the user. A 400 keeps the server's message (it
// names the field); refusals, closed checks and outages get a sentence saying what happened and what to do.
import { ApiError } from '../api/client';

export type CheckAction = 'load' | 'answer' | 'clarity' | 'thank';

const FORBIDDEN: Record<CheckAction, string> = {
  load: 'You may not see this issue.',
  answer: 'Only the people asked can rate this request. Nothing was saved.',
  clarity: 'Only the issue’s assignee rates how clear the request was, and only while the policy asks for it. Nothing was saved.',
  thank: 'Only someone who rated the work 4 or 5 and found it met what good looks like can thank. Nothing was sent.',
};

// 409: the check moved on since the panel loaded (closed, cancelled, 24 hours over, thanked already).
const CONFLICT: Record<CheckAction, string> = {
  load: 'The check changed while loading. Reload the panel.',
  answer: 'This check takes no answer any more: it has closed, or the 24 hours to change your answer are over. Nothing was saved. Reload the panel to see it as it is now.',
  clarity: 'The clarity can no longer be rated: the check was cancelled, or the 24 hours to change your rating are over. Nothing was saved.',
  thank: 'You have thanked them already.',
};

export function checkError(error: unknown, action: CheckAction): ApiError {
  if (!(error instanceof ApiError)) return new ApiError(0, error instanceof Error ? error.message : String(error));
  const unsaved = action === 'load' ? '' : ' Nothing was saved.';
  switch (error.status) {
    case 403:
      return new ApiError(403, FORBIDDEN[action]);
    case 404:
      return new ApiError(404, action === 'load' ? 'This issue does not exist, or you may not browse it.' : 'This check no longer exists. Reload the panel.');
    case 409:
      return new ApiError(409, CONFLICT[action]);
    case 503:
      return new ApiError(503, `Jira could not be reached just now.${unsaved} Try again in a moment.`);
    default:
      return error;
  }
}
