// What a failed call on an issue's request tells the user. The server's messages are written for 400s (they
// name the field); for refusals and outages a sentence saying what happened and what to do reads better.
import { ApiError } from '../api/client';
import { t, texts } from '../i18n';

export type RequestAction = 'load' | 'decide' | 'correct';

const FORBIDDEN = texts(['load', 'decide', 'correct'] as const, (action) => t(`request.error.forbidden.${action}`));

/** The error to show, as an ApiError keeping the status and the field a 400 named. */
export function requestError(error: unknown, action: RequestAction): ApiError {
  if (!(error instanceof ApiError)) return new ApiError(0, error instanceof Error ? error.message : String(error));
  switch (error.status) {
    case 403:
      return new ApiError(403, FORBIDDEN[action]);
    case 404:
      return new ApiError(404, t('request.error.not-found'));
    case 503:
      return new ApiError(503, action === 'load' ? t('error.jira-unreachable') : t('error.jira-unreachable-unsaved'));
    default:
      return error;
  }
}
