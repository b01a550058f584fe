import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import {
  QuotaCountdown,
  useQuotaCountdown,
  type QuotaCountdownProps,
} from '../../src/components';
import { announcementThreshold } from '../../src/components/quota/announcementThreshold';
import { getSecondTickerStats } from '../../src/components/quota/secondTicker';
import { catalogueChunk } from '../../src/messages/catalogueChunks';
import type * as PresentationPropsModule from '../../src/components/shared/presentationProps';
import { sampleIncident, samplePlans } from '../../src/devtools/samples';

// Counts renders of the prompts: each calls presentationRootProps once per render.
const promptRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/components/shared/presentationProps', async (importOriginal) => {
  const actual = await importOriginal<typeof PresentationPropsModule>();
  return {
    ...actual,
    presentationRootProps: (...args: Parameters<typeof actual.presentationRootProps>) => {
      promptRenders.count++;
      return actual.presentationRootProps(...args);
    },
  };
});

const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

const tick = (ms = 1000) => act(() => vi.advanceTimersByTime(ms));

function quotaIncident(overrides: Parameters<typeof sampleIncident>[0] = {}) {
  return sampleIncident({ reason: 'quota_exceeded', quota: { limit: 1000, used: 1000, unit: 'requests' }, ...overrides });
}

function renderQuota(props: Partial<QuotaCountdownProps> = {}) {
  const onResolved = vi.fn();
  const view = render(<QuotaCountdown onResolved={onResolved} {...props} />);
  return { ...view, onResolved };
}

const countdownText = () => document.querySelector('[data-part="countdown"]')?.textContent;
const liveRegion = () => document.querySelector<HTMLElement>('[data-part="announcer"]')!;

test('usage meter with its values', () => {
  renderQuota({ incident: quotaIncident({ quota: { limit: 1000, remaining: 0 } }) });
  const meter = screen.getByRole('meter', { name: 'Usage' });
  expect(meter).toHaveAttribute('aria-valuenow', '1000');
  expect(meter).toHaveAttribute('aria-valuemin', '0');
  expect(meter).toHaveAttribute('aria-valuemax', '1000');
  expect(meter).toHaveAttribute('aria-valuetext', '1,000 of 1,000 used');
  expect(meter).toHaveAttribute('data-state', 'exceeded');
  expect(screen.getByText('1,000 of 1,000 used')).toBeInTheDocument();
});

test('with a unit, and partial use', () => {
  renderQuota({ quota: { limit: 100, used: 85, unit: 'credits' } });
  expect(screen.getByRole('meter')).toHaveAttribute('aria-valuetext', '85 of 100 credits used');
  expect(screen.getByRole('meter')).toHaveAttribute('data-state', 'warning');
});

test('a live countdown that resolves once at zero and then stops its timer', () => {
  const { onResolved } = renderQuota({ incident: quotaIncident({ retryAt: NOW + 3_000 }) });
  const timer = screen.getByRole('timer');
  expect(timer).toHaveTextContent('Resets in 3 seconds');
  expect(timer).toHaveAttribute('data-state', 'counting');
  tick();
  expect(timer).toHaveTextContent('Resets in 2 seconds');
  tick();
  expect(timer).toHaveTextContent('Resets in 1 second');
  expect(onResolved).not.toHaveBeenCalled();
  tick();
  expect(countdownText()).toBe('Your limit has reset. You can continue.');
  expect(screen.queryByRole('timer')).toBeNull();
  expect(onResolved).toHaveBeenCalledTimes(1);
  tick(5_000);
  expect(onResolved).toHaveBeenCalledTimes(1);
  expect(getSecondTickerStats()).toEqual({ subscribers: 0, timers: 0 });
  expect(vi.getTimerCount()).toBe(0);
});

test('quota.resetAt wins over retryAt; days down to seconds', () => {
  renderQuota({ incident: quotaIncident({ quota: { limit: 10, used: 10, resetAt: NOW + 2 * 86_400_000 + 3 * 3_600_000 }, retryAt: NOW + 5_000 }) });
  expect(screen.getByRole('timer')).toHaveTextContent('Resets in 2 days, 3 hours');
});

// user-event waits on a real setTimeout that fake timers hold back; fireEvent clicks synchronously.
test('autoResolve={false} waits for the user', () => {
  const { onResolved } = renderQuota({ incident: quotaIncident({ retryAt: NOW + 1_000 }), autoResolve: false });
  tick();
  expect(countdownText()).toBe('Your limit has reset. You can continue.');
  expect(onResolved).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(onResolved).toHaveBeenCalledTimes(1);
});

test('a reset time already past shows "ready" and does not resolve on its own (no 402 loop)', () => {
  const { onResolved } = renderQuota({ incident: quotaIncident({ retryAt: NOW - 60_000 }) });
  expect(countdownText()).toBe('Your limit has reset. You can continue.');
  expect(document.querySelector('[data-part="countdown"]')).toHaveAttribute('data-state', 'ready');
  tick(3_000);
  expect(onResolved).not.toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  expect(vi.getTimerCount()).toBe(0);
});

test('no known reset time: usage and "try again later", no countdown and no timer', () => {
  renderQuota({ incident: quotaIncident() });
  expect(screen.queryByRole('timer')).toBeNull();
  expect(countdownText()).toBe('Please try again later.');
  expect(document.body.textContent).not.toMatch(/Resets in|\d+ (seconds?|minutes?|hours?|days?)/);
  expect(vi.getTimerCount()).toBe(0);
});

test('ONE timer for many countdowns, NONE after unmount', () => {
  const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
  const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
  const { unmount } = render(
    <>
      {[5, 30, 90, 3_700, 90_000].map((seconds) => (
        <QuotaCountdown key={seconds} resetAt={NOW + seconds * 1000} />
      ))}
    </>,
  );
  // Each prompt listens three times (its status, the ticking text, the announcer) on one timer.
  expect(getSecondTickerStats()).toEqual({ subscribers: 5 * 3, timers: 1 });
  expect(vi.getTimerCount()).toBe(1);
  tick(10_000);
  // The 5-second countdown reached zero and left; the others share the same one timer.
  expect(getSecondTickerStats()).toEqual({ subscribers: 4 * 3, timers: 1 });
  expect(vi.getTimerCount()).toBe(1);
  expect(setIntervalSpy).not.toHaveBeenCalled();
  // One timeout per second for the whole page, not one per countdown.
  expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(12);
  unmount();
  expect(getSecondTickerStats()).toEqual({ subscribers: 0, timers: 0 });
  expect(vi.getTimerCount()).toBe(0);
});

test('the ticker is aligned to the wall-clock second', () => {
  vi.setSystemTime(NOW + 400);
  const { result } = renderHook(() => useQuotaCountdown(NOW + 10_000));
  expect(result.current.remainingSeconds).toBe(10);
  act(() => vi.advanceTimersByTime(599));
  expect(result.current.remainingSeconds).toBe(10);
  act(() => vi.advanceTimersByTime(1));
  expect(result.current.remainingSeconds).toBe(9);
});

test('a hidden tab: the time is recomputed from the clock when it shows again, never from counted ticks', () => {
  renderQuota({ resetAt: NOW + 600_000 });
  expect(screen.getByRole('timer')).toHaveTextContent('Resets in 10 minutes');
  // The tab was in the background: the clock moved 7 minutes, the throttled timer never fired.
  vi.setSystemTime(NOW + 420_000);
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
  expect(screen.getByRole('timer')).toHaveTextContent('Resets in 3 minutes');
  tick();
  expect(screen.getByRole('timer')).toHaveTextContent('Resets in 2 minutes, 59 seconds');
});

test('works in StrictMode (double effects) and cleans up', () => {
  const { result, unmount } = renderHook(() => useQuotaCountdown(NOW + 2_000), { wrapper: StrictMode });
  expect(result.current).toEqual({ status: 'counting', remainingSeconds: 2, resetAt: NOW + 2_000 });
  expect(getSecondTickerStats().timers).toBe(1);
  act(() => vi.advanceTimersByTime(2_000));
  expect(result.current.status).toBe('ready');
  unmount();
  expect(getSecondTickerStats()).toEqual({ subscribers: 0, timers: 0 });
});

test('invalid reset times count as unknown', () => {
  const { result } = renderHook(() => useQuotaCountdown(Number.NaN));
  expect(result.current).toEqual({ status: 'unknown', remainingSeconds: null, resetAt: undefined });
});

describe('screen reader announcements', () => {
  test('only at thresholds: each minute, then 30 s, 10 s and 0; silent at mount', () => {
    renderQuota({ resetAt: NOW + 125_000, autoResolve: false });
    const region = liveRegion();
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
    // What the region says after each second; an announcement is a change of its text.
    const announced: string[] = [];
    for (let second = 0; second < 130; second++) {
      tick();
      const text = region.textContent ?? '';
      if (text !== (announced.at(-1) ?? '')) announced.push(text);
    }
    expect(announced).toEqual([
      'Resets in 2 minutes',
      'Resets in 1 minute',
      'Resets in 30 seconds',
      'Resets in 10 seconds',
      'Your limit has reset. You can continue.',
    ]);
  });

  test('each hour while more than an hour is left', () => {
    renderQuota({ resetAt: NOW + (2 * 3_600 + 30) * 1000 });
    expect(liveRegion()).toHaveTextContent('');
    tick(29_000);
    expect(liveRegion()).toHaveTextContent('');
    tick(1_000);
    expect(liveRegion()).toHaveTextContent('Resets in 2 hours');
    tick(59 * 60_000);
    expect(liveRegion()).toHaveTextContent('Resets in 2 hours');
    tick(60_000);
    expect(liveRegion()).toHaveTextContent('Resets in 1 hour');
    tick(60_000);
    expect(liveRegion()).toHaveTextContent('Resets in 59 minutes');
  });

  test.each([
    [7_201, 10_800],
    [7_200, 7_200],
    [3_601, 7_200],
    [3_600, 3_600],
    [3_599, 3_600],
    [3_540, 3_540],
    [61, 120],
    [60, 60],
    [31, 60],
    [30, 30],
    [11, 30],
    [10, 10],
    [1, 10],
    [0, 0],
  ])('threshold for %s s left is %s', (seconds, threshold) => {
    expect(announcementThreshold(seconds)).toBe(threshold);
  });
});

test('upgrade shortcut when plans and onUpgrade exist', async () => {
  const onUpgrade = vi.fn();
  const inc = quotaIncident({ retryAt: NOW + 60_000, plan: { current: { id: 'team' } } });
  const { onResolved } = renderQuota({ incident: inc, plans: samplePlans, onUpgrade });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Upgrade your plan' }));
  });
  expect(onUpgrade).toHaveBeenCalledWith(samplePlans[1], inc);
  expect(onResolved).toHaveBeenCalledTimes(1);
});

test('no upgrade shortcut without plans or a link', () => {
  renderQuota({ incident: quotaIncident({ retryAt: NOW + 60_000 }), onUpgrade: vi.fn() });
  expect(screen.queryByRole('button', { name: 'Upgrade your plan' })).toBeNull();
  expect(screen.queryByRole('link')).toBeNull();
});

test('variants: inline region (default), banner, modal', () => {
  const inc = quotaIncident({ retryAt: NOW + 60_000 });
  const { rerender } = render(<QuotaCountdown incident={inc} />);
  expect(screen.getByRole('region', { name: 'You’ve reached your limit' })).toHaveAttribute('data-variant', 'inline');
  rerender(<QuotaCountdown incident={inc} variant="banner" />);
  expect(screen.getByRole('region')).toHaveAttribute('data-variant', 'banner');
  rerender(<QuotaCountdown incident={inc} variant="modal" />);
  expect(screen.getByRole('dialog', { name: 'You’ve reached your limit' })).toHaveAttribute('open');
});

test('in German', async () => {
  // The German catalogue is a chunk of its own, here arrived before the prompt renders.
  await catalogueChunk('de')!.load();
  renderQuota({ incident: quotaIncident({ retryAt: NOW + 245_000 }), locale: 'de' });
  expect(screen.getByRole('timer')).toHaveTextContent('Wird zurückgesetzt in 4 Minuten, 5 Sekunden');
  expect(screen.getByRole('meter', { name: 'Verbrauch' })).toHaveAttribute('aria-valuetext', '1.000 von 1.000 requests verbraucht');
});

test('each second re-renders only the ticking text and the announcer, not the whole prompt', () => {
  render(<QuotaCountdown resetAt={NOW + 60_000} />);
  const before = promptRenders.count;
  tick(3_000);
  expect(countdownText()).toMatch(/57 seconds/);
  expect(promptRenders.count).toBe(before);
  // It re-renders once more when the countdown reaches zero (its status changes).
  tick(60_000);
  expect(countdownText()).not.toMatch(/seconds/);
  expect(promptRenders.count).toBeGreaterThan(before);
});
