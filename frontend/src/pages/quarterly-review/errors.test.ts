import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { t, useLocale } from '../../i18n';
import { saveError } from './errors';

describe('What a failed write on the review says', () => {
  it('names the daily thanks limit when the server said only the status, and when thanking works again', async () => {
    const bare = new ApiError(429, t('api.http-status', { status: '429' }), null, 7200);
    expect(saveError(bare).message).toBe('You have reached the daily limit of thanks (10 in 24 hours). You can thank again in about 2 hours.');
    expect(saveError(new ApiError(429, 'Daily limit reached.', null, 90)).message).toBe('Daily limit reached. You can thank again in 2 minutes.');
    await useLocale('de-DE');
    try {
      const german = new ApiError(429, t('api.http-status', { status: '429' }), null, 3600);
      expect(saveError(german).message).toBe('Sie haben das tägliche Limit für Dank erreicht (10 in 24 Stunden). Sie können in etwa einer Stunde wieder danken.');
    } finally {
      await useLocale('en-US');
    }
  });
});
