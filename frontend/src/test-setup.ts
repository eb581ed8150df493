// Test files share a worker's jsdom and modules (vitest `isolate: false`, for speed): each test starts from an
// empty document, without a host bridge or stubbed globals left by the one before.
import { afterEach, vi } from 'vitest';
import { resetPeople } from './people/resolver';

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.body.removeAttribute('class');
  document.documentElement.removeAttribute('data-color-mode');
  delete window.AP;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  resetPeople();
});
