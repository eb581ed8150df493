import { afterEach, describe, expect, it } from 'vitest';
import type { SiteView } from './api/types';
import { evaluationText, inactiveText, licenceBanner, showLicenceBanner } from './licence';

function site(licence: SiteView['licence']): SiteView {
  const absent = { installed: false, enabled: false, baseUrl: null, installedAt: null };
  return { siteUrl: 'https://acme.atlassian.net', viewedFrom: 'jira', jira: absent, confluence: absent, linked: false, licence };
}

describe('the licence banner', () => {
  afterEach(() => document.body.replaceChildren());

  it('tells everyone on an unlicensed site that it is inactive and what the admin can do', async () => {
    document.body.append(document.createElement('main'));
    await showLicenceBanner(() => Promise.resolve(site('inactive')));
    const banner = document.body.firstElementChild as HTMLElement;
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toBe(
      'The licence for Internal Customer Relationships is not active on this site. Ask a site administrator to renew it in Manage apps.',
    );
  });

  it('notes an evaluation', async () => {
    await showLicenceBanner(() => Promise.resolve(site('evaluation')));
    const banner = document.body.firstElementChild as HTMLElement;
    expect(banner.getAttribute('role')).toBe('status');
    expect(banner.textContent).toBe(evaluationText());
    expect(banner.textContent).toContain('evaluating');
  });

  it('says nothing on a licensed site', async () => {
    await showLicenceBanner(() => Promise.resolve(site('active')));
    expect(document.body.children).toHaveLength(0);
    expect(licenceBanner('active')).toBeNull();
  });

  it('shows once when two modules of one page ask', async () => {
    await showLicenceBanner(() => Promise.resolve(site('inactive')));
    await showLicenceBanner(() => Promise.resolve(site('inactive')));
    expect(document.body.querySelectorAll('[role=alert]')).toHaveLength(1);
    expect(document.body.textContent).toBe(inactiveText());
  });

  it('shows nothing, and breaks nothing, when the site cannot be read', async () => {
    await showLicenceBanner(() => Promise.reject(new Error('offline')));
    await showLicenceBanner(() => {
      throw new Error('no client');
    });
    expect(document.body.children).toHaveLength(0);
  });
});
