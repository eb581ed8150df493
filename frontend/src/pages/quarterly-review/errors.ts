// What a failed write tells the user next to its form. A 400 or 403 keeps the server's message (it names
// the field, or says who may do this); the daily thanks limit says when thanking works again.
import { ApiError } from '../../api/client';
import { t } from '../../i18n';

function againText(seconds: number): string {
  if (seconds < 3600) return t('review.error.again-minutes', { count: Math.max(1, Math.ceil(seconds / 60)) });
  return t('review.error.again-hours', { count: Math.ceil(seconds / 3600) });
}

export function saveError(error: unknown): ApiError {
  if (!(error instanceof ApiError)) return new ApiError(0, error instanceof Error ? error.message : String(error));
  switch (error.status) {
    case 404:
      return new ApiError(404, `${error.message} ${t('review.error.not-found')}`);
    case 429: {
      // The server's own words, unless it sent none (then the client says only the status).
      const unsaid = ['', 'Too Many Requests', t('api.http-status', { status: '429' })].includes(error.message);
      const limit = unsaid ? t('review.error.thanks-limit') : error.message;
      const again = error.retryAfterSeconds === null ? '' : ` ${againText(error.retryAfterSeconds)}`;
      return new ApiError(429, `${limit}${again}`, null, error.retryAfterSeconds);
    }
    case 503:
      return new ApiError(503, t('policy.error.unreachable'));
    default:
      return error;
  }
}
