// The only module that talks to the Connect bridge (all.js, `window.AP`). Everything else calls the small
// typed functions below; each API call carries `Authorization: JWT <context token>`.
import type { SiteView } from './types';

interface ConnectBridge {
  context: { getToken(callback: (token: string) => void): void };
  theming?: { initializeTheming(): void };
  resize?: () => void;
}

declare global {
  interface Window {
    AP?: ConnectBridge;
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function bridge(): ConnectBridge {
  if (!window.AP) throw new ApiError(0, 'The Atlassian Connect bridge did not load. Open this page from Jira or Confluence.');
  return window.AP;
}

/** A fresh context token from the host; it expires after a few minutes, so never keep one. */
export function contextToken(): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new ApiError(0, 'The host did not hand out a token in time.')), 10_000);
    bridge().context.getToken((token) => {
      clearTimeout(timer);
      resolve(token);
    });
  });
}

async function getJson<T>(path: string): Promise<T> {
  const token = await contextToken();
  const response = await fetch(path, { headers: { Authorization: `JWT ${token}`, Accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new ApiError(response.status, body?.message ?? response.statusText);
  }
  return (await response.json()) as T;
}

/** Follow the user's light or dark theme: the host sends its theme and the bridge applies the tokens. */
export function followHostTheme(): void {
  window.AP?.theming?.initializeTheming();
}

/** Tell the host the page's height changed. */
export function fitToContent(): void {
  window.AP?.resize?.();
}

export const api = {
  site: () => getJson<SiteView>('/api/site'),
};
