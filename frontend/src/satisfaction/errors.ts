// What a failed call on an issue's satisfaction checks tells the user. A 400 keeps the server's message (it
// names the field); refusals, closed checks and outages get a sentence saying what happened and what to do.
import { ApiError } from '../api/client';
import { t, texts } from '../i18n';

export type CheckAction = 'load' | 'answer' | 'clarity' | 'thank';

const ACTIONS = ['load', 'answer', 'clarity', 'thank'] as const;
const FORBIDDEN: Record<CheckAction, string> = texts(ACTIONS, (action) => t(`check.error.forbidden.${action}`));

// 409: the check moved on since the panel loaded (closed, cancelled, 24 hours over, thanked already).
const CONFLICT: Record<CheckAction, string> = texts(ACTIONS, (action) => t(`check.error.conflict.${action}`));

export function checkError(error: unknown, action: CheckAction): ApiError {
  if (!(error instanceof ApiError)) return new ApiError(0, error instanceof Error ? error.message : String(error));
  switch (error.status) {
    case 403:
      return new ApiError(403, FORBIDDEN[action]);
    case 404:
      return new ApiError(404, action === 'load' ? t('request.error.not-found') : t('check.error.not-found'));
    case 409:
      return new ApiError(409, CONFLICT[action]);
    case 503:
      return new ApiError(503, action === 'load' ? t('error.jira-unreachable') : t('error.jira-unreachable-unsaved'));
    default:
      return error;
  }
}
