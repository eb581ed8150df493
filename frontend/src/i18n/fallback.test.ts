// A page whose German messages do not load (a chunk the network lost) still renders, in English.
import { describe, expect, it, vi } from 'vitest';

vi.mock('./messages/de.json', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('A language whose messages do not load', () => {
  it('leaves the page in English instead of failing it', async () => {
    const { currentLanguage, currentLocale, t, useLocale } = await import('./index');
    await expect(useLocale('de-DE')).resolves.toBeUndefined();
    expect(currentLanguage()).toBe('en');
    expect(currentLocale()).toBe('en-US');
    expect(t('common.loading')).toBe('Loading…');
  });
});
