import { describe, expect, it } from 'vitest';
import type { SiteView } from '../../api/types';
import { renderError, renderGettingStarted } from './view';

const installed = { installed: true, enabled: true, baseUrl: 'https://acme.atlassian.net', installedAt: '2026-11-01T00:00:00Z' };
const absent = { installed: false, enabled: false, baseUrl: null, installedAt: null };

function site(overrides: Partial<SiteView>): SiteView {
  return { siteUrl: 'https://acme.atlassian.net', viewedFrom: 'jira', jira: installed, confluence: absent, linked: false, licence: 'active', ...overrides };
}

function rowText(root: HTMLElement, product: string): string {
  return root.querySelector(`[data-product="${product}"]`)?.textContent ?? '';
}

describe('Getting started', () => {
  it('tells a site with Jira only to install Confluence with the Confluence descriptor URL', () => {
    const root = document.createElement('main');
    renderGettingStarted(root, site({}), 'https://icr.example.com');

    expect(rowText(root, 'jira')).toContain('Installed');
    expect(rowText(root, 'confluence')).toContain('Not installed yet');
    expect(rowText(root, 'link')).toContain('Not linked yet');
    expect(root.querySelector('.steps')?.textContent).toContain('https://icr.example.com/confluence/atlassian-connect.json');
    expect(root.dataset.ready).toBe('true');
  });

  it('points a Forge page (which knows no descriptor URL) to the installation link instead', () => {
    const root = document.createElement('main');
    renderGettingStarted(root, site({}), null);

    expect(root.querySelector('.steps')?.textContent).toContain('Install the app in Confluence too, from the app’s installation link.');
    expect(root.querySelector('.steps')?.textContent).not.toContain('atlassian-connect.json');
  });

  it('shows both products installed and linked, without an install step', () => {
    const root = document.createElement('main');
    renderGettingStarted(root, site({ confluence: { ...installed, baseUrl: 'https://acme.atlassian.net/wiki' }, linked: true }), 'https://x');

    expect(rowText(root, 'confluence')).toContain('https://acme.atlassian.net/wiki');
    expect(rowText(root, 'link')).toContain('Linked');
    expect(root.querySelector('.steps')?.textContent).not.toContain('atlassian-connect.json');
  });

  it('marks a disabled installation', () => {
    const root = document.createElement('main');
    renderGettingStarted(root, site({ jira: { ...installed, enabled: false } }), 'https://x');

    expect(rowText(root, 'jira')).toContain('Installed, disabled');
  });

  it('renders host data as text, never as markup', () => {
    const root = document.createElement('main');
    renderGettingStarted(root, site({ jira: { ...installed, baseUrl: '<img src=x onerror=alert(1)>' } }), 'https://x');

    expect(root.querySelector('img')).toBeNull();
    expect(rowText(root, 'jira')).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows an error as an alert', () => {
    const root = document.createElement('main');
    renderError(root, 'The installation status could not be loaded: 401');

    expect(root.querySelector('[role=alert]')?.textContent).toContain('401');
    expect(root.dataset.ready).toBe('error');
  });
});
