// What a failed call on an issue's request tells the user. The server's messages are written for 400s (they
// name the field); for refusals and outages a sentence saying what happened and what to do reads better.
import { ApiError } from '../api/client';

export type RequestAction = 'load' | 'decide' | 'correct';

const FORBIDDEN: Record<RequestAction, string> = {
  load: 'You may not see this issue.',
  decide: 'You may not decide on this request: only people of the providing department can. Nothing was saved.',
  correct: 'You may not correct the departments of this request. Nothing was saved.',
};

/** The error to show, as an ApiError keeping the status and the field a 400 named. */
export function requestError(error: unknown, action: RequestAction): ApiError {
  if (!(error instanceof ApiError)) return new ApiError(0, error instanceof Error ? error.message : String(error));
  const unsaved = action === 'load' ? '' : ' Nothing was saved.';
  switch (error.status) {
    case 403:
      return new ApiError(403, FORBIDDEN[action]);
    case 404:
      return new ApiError(404, 'This issue does not exist, or you may not browse it.');
    case 503:
      return new ApiError(503, `Jira could not be reached just now.${unsaved} Try again in a moment.`);
    default:
      return error;
  }
}
