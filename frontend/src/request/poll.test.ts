import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import type { RequestView } from '../api/types';
import { requestView } from '../testing/fixtures';
import { pollRequest } from './poll';

const lookingUp = requestView({ state: 'looking-up', explanation: 'The app is still looking this issue up.', decision: null });

describe('Loading a request', () => {
  it('asks again every 1.5 s while the app is looking the issue up', async () => {
    const load = vi.fn<() => Promise<RequestView>>().mockResolvedValueOnce(lookingUp).mockResolvedValueOnce(lookingUp).mockResolvedValueOnce(requestView());
    const onView = vi.fn<(view: RequestView, settled: boolean) => void>();
    const wait = vi.fn().mockResolvedValue(undefined);

    const final = await pollRequest(load, onView, { wait });

    expect(load).toHaveBeenCalledTimes(3);
    expect(wait).toHaveBeenCalledTimes(2);
    expect(wait).toHaveBeenCalledWith(1500);
    expect(onView.mock.calls.map(([view, settled]) => [view.state, settled])).toEqual([
      ['looking-up', false],
      ['looking-up', false],
      ['internal', true],
    ]);
    expect(final.state).toBe('internal');
  });

  it('gives up after ten more asks and settles on the explanation', async () => {
    const load = vi.fn<() => Promise<RequestView>>().mockResolvedValue(lookingUp);
    const onView = vi.fn();

    const final = await pollRequest(load, onView, { wait: () => Promise.resolve() });

    expect(load).toHaveBeenCalledTimes(11);
    expect(onView).toHaveBeenLastCalledWith(lookingUp, true);
    expect(onView.mock.calls.filter(([, settled]) => settled)).toHaveLength(1);
    expect(final.explanation).toBe('The app is still looking this issue up.');
  });

  it('asks once for an issue the app knows', async () => {
    const load = vi.fn<() => Promise<RequestView>>().mockResolvedValue(requestView({ state: 'not-internal' }));
    const wait = vi.fn();
    await pollRequest(load, vi.fn(), { wait });

    expect(load).toHaveBeenCalledTimes(1);
    expect(wait).not.toHaveBeenCalled();
  });

  it('fails with the request’s error', async () => {
    const load = vi.fn<() => Promise<RequestView>>().mockResolvedValueOnce(lookingUp).mockRejectedValueOnce(new ApiError(404, 'Not found'));

    await expect(pollRequest(load, vi.fn(), { wait: () => Promise.resolve() })).rejects.toMatchObject({ status: 404 });
  });

  it('waits in real time between asks', async () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn<() => Promise<RequestView>>().mockResolvedValueOnce(lookingUp).mockResolvedValueOnce(requestView());
      const done = pollRequest(load, vi.fn());
      await vi.advanceTimersByTimeAsync(1400);
      expect(load).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(100);
      expect(load).toHaveBeenCalledTimes(2);
      await done;
    } finally {
      vi.useRealTimers();
    }
  });
});
