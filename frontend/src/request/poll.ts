// Loads an issue's request, asking again while the app is still looking the issue up: the server answers
// 'looking-up' for an issue whose webhook it has not processed yet.
import type { RequestView } from '../api/types';

export interface PollOptions {
  /** Between two asks; the contract says about 1.5 s. */
  intervalMs?: number;
  /** Asks after the first one; then the page shows the explanation. */
  retries?: number;
  /** Replaced in tests. */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `onView` with every answer; `settled` is true for the last one (no longer looking up, or out of
 * retries). Resolves with that last answer; rejects when a request fails.
 */
export async function pollRequest(
  load: () => Promise<RequestView>,
  onView: (view: RequestView, settled: boolean) => void,
  options: PollOptions = {},
): Promise<RequestView> {
  const { intervalMs = 1500, retries = 10, wait = sleep } = options;
  let view = await load();
  for (let attempt = 0; view.state === 'looking-up' && attempt < retries; attempt++) {
    onView(view, false);
    await wait(intervalMs);
    view = await load();
  }
  onView(view, true);
  return view;
}
