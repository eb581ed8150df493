// PREVIEW ONLY, built as /preview/forge-host.js: installs the stand-in of Forge's `window.__bridge` (forge-host.ts)
// in a page's Forge form, before the page's own module runs. Self-contained on purpose (it imports nothing the
// preview host shares), so it works as a classic script as well as a module.
import { type CallBridge, createCallBridge, FROM_HOST, optionsFrom } from './forge-host';

declare global {
  interface Window {
    __bridge?: { callBridge: CallBridge };
  }
}

function hostLocation(): string | null {
  try {
    return window.parent !== window ? window.parent.location.href : null;
  } catch {
    return null; // not the preview host's (another origin): no location
  }
}

window.__bridge = {
  callBridge: createCallBridge(optionsFrom(new URLSearchParams(window.location.search), hostLocation()), {
    fetch: (input, init) => window.fetch(input, init),
    document,
    post: (message) => window.parent.postMessage(message, window.location.origin),
    listen: (listener) =>
      window.addEventListener('message', (event: MessageEvent<unknown>) => {
        const data = event.data as Record<string, unknown> | null;
        if (event.source === window.parent && event.origin === window.location.origin && data?.source === FROM_HOST) listener(data);
      }),
    now: () => Date.now(),
    remember: (name, value) => {
      const url = new URL(window.location.href);
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', url);
    },
  }),
};
