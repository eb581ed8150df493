// The licence banner every page starts with: the server decides from the licence the host reports
// (GET /api/site), never from the page URL's `lic` parameter.
import { api } from './api/client';
import type { SiteView } from './api/types';
import { el } from './dom';
import { t } from './i18n';

const BANNER_ID = 'icr-licence-banner';

export const inactiveText = (): string => t('licence.inactive');

export const evaluationText = (): string => t('licence.evaluation');

/** The banner for a licence state, or null when the site is licensed and nothing needs saying. */
export function licenceBanner(licence: SiteView['licence'] | undefined): HTMLElement | null {
  if (licence === 'inactive') {
    return el(
      'div',
      {
        id: BANNER_ID,
        role: 'alert',
        style:
          'background: var(--ds-background-warning, #fff7d6); color: var(--ds-text-warning, #a54800); padding: var(--ds-space-100, 8px) var(--ds-space-200, 16px); margin-bottom: var(--ds-space-100, 8px); border-radius: 3px;',
      },
      inactiveText(),
    );
  }
  if (licence === 'evaluation') {
    return el(
      'div',
      {
        id: BANNER_ID,
        role: 'status',
        style:
          'background: var(--ds-background-information, #e9f2ff); color: var(--ds-text-information, #0055cc); padding: var(--ds-space-100, 8px) var(--ds-space-200, 16px); margin-bottom: var(--ds-space-100, 8px); border-radius: 3px;',
      },
      evaluationText(),
    );
  }
  return null;
}

/**
 * Asks the site's licence and shows the banner at the top of the page, once (the Forge router page and the
 * page it loads both ask). A failure shows nothing: the page's own calls report their errors.
 */
export function showLicenceBanner(load: () => Promise<SiteView> = () => api.site()): Promise<void> {
  return Promise.resolve()
    .then(load)
    .then((site) => {
      const banner = licenceBanner(site.licence);
      if (banner && !document.getElementById(BANNER_ID)) document.body.prepend(banner);
    })
    .catch(() => undefined);
}
