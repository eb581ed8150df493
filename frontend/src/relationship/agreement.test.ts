import { describe, expect, it } from 'vitest';
import { agreement } from '../testing/fixtures';
import { renderAgreement, renderVersions, serviceTargetText } from './agreement';

describe('Agreement', () => {
  it('says the service target in words, or that there is none', () => {
    expect(serviceTargetText({ firstResponseHours: 4, resolutionHours: null })).toBe('First response within 4 h');
    expect(serviceTargetText({ firstResponseHours: null, resolutionHours: 0.5 })).toBe('Resolution within 0.5 h');
    expect(serviceTargetText({ firstResponseHours: null, resolutionHours: null })).toBe('No service target');
  });

  it('renders user text of the agreement as text', () => {
    const view = renderAgreement(agreement(1, { deliverables: ['<img src=x onerror=alert(1)>'], expectations: '<b>fast</b>' }));

    expect(view.querySelector('img, b')).toBeNull();
    expect(view.querySelector('.deliverables li')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(view.textContent).toContain('<b>fast</b>');
  });

  it('says when nothing is written down yet', () => {
    expect(renderAgreement(null).textContent).toContain('No agreement written down yet');
    expect(renderAgreement(agreement(1, { deliverables: [], expectations: ' ', customerGivesBack: '' })).textContent).toContain('No deliverables listed');
    expect(renderVersions([]).textContent).toContain('No versions yet');
  });
});

describe('The agreement’s checklist', () => {
  it('lists what a request specifies, only when the agreement has a checklist', () => {
    const withChecklist = renderAgreement(agreement(2, { checklist: ['Start date given', 'Role named'] }));
    expect(Array.from(withChecklist.querySelectorAll('.agreement__checklist li'), (li) => li.textContent)).toEqual(['Start date given', 'Role named']);
    expect(withChecklist.textContent).toContain('Checklist: what a request specifies');
    expect(renderAgreement(agreement(1)).querySelector('.agreement__checklist')).toBeNull();
  });
});
