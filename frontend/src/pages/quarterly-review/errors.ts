// What a failed write tells the user next to its form. A 400 or 403 keeps the server's message (it names
// the field, or says who may do this); the daily thanks limit says when thanking works again.
import { ApiError } from '../../api/client';

function hoursText(seconds: number): string {
  if (seconds < 3600) return `in ${Math.max(1, Math.ceil(seconds / 60))} minutes`;
  const hours = Math.ceil(seconds / 3600);
  return hours === 1 ? 'in about an hour' : `in about ${hours} hours`;
}

export function saveError(error: unknown): ApiError {
  if (!(error instanceof ApiError)) return new ApiError(0, error instanceof Error ? error.message : String(error));
  switch (error.status) {
    case 404:
      return new ApiError(404, `${error.message} Nothing was saved. Reload the review: it may have been deleted.`);
    case 429: {
      const limit = error.message && error.message !== 'Too Many Requests' ? error.message : 'You have reached the daily limit of thanks (10 in 24 hours).';
      const again = error.retryAfterSeconds === null ? '' : ` You can thank again ${hoursText(error.retryAfterSeconds)}.`;
      return new ApiError(429, `${limit}${again}`, null, error.retryAfterSeconds);
    }
    case 503:
      return new ApiError(503, 'The app could not be reached just now. Nothing was saved. Try again in a moment.');
    default:
      return error;
  }
}
