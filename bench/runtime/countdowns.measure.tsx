// 1,000 countdowns on one page: ours (`QuotaCountdown`, one shared ticker; and its hook alone,
// `useQuotaCountdown`) against react-countdown (`<Countdown date>`, what an app would use instead). Counted under fake timers: timers pending
// and setTimeout/setInterval calls, CPU per one-second tick, and timers left after unmount.
import { act, cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import Countdown from 'react-countdown';
import { QuotaCountdown } from '../../src/components/quota/QuotaCountdown';
import { useQuotaCountdown } from '../../src/components/quota/useQuotaCountdown';
import { getSecondTickerStats } from '../../src/components/quota/secondTicker';
import { median, record, round, wallNow } from './record';

const COUNT = 1000;
const TICKS = 3;
const NOW = Date.parse('2026-01-01T00:00:00.250Z');
const RESET_AT = NOW + 3_600_000;

/** Counts timer calls by wrapping the (fake) globals; returns the counter and the restore. */
function countTimers() {
  const calls = { setTimeout: 0, setInterval: 0 };
  const originalTimeout = globalThis.setTimeout;
  const originalInterval = globalThis.setInterval;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    calls.setTimeout++;
    return originalTimeout(...args);
  }) as typeof setTimeout;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    calls.setInterval++;
    return originalInterval(...args);
  }) as typeof setInterval;
  return {
    calls,
    reset: () => {
      calls.setTimeout = 0;
      calls.setInterval = 0;
    },
    restore: () => {
      globalThis.setTimeout = originalTimeout;
      globalThis.setInterval = originalInterval;
    },
  };
}

async function measure(element: ReactNode) {
  vi.useFakeTimers({ now: NOW });
  const counter = countTimers();
  try {
    const pendingBefore = vi.getTimerCount();
    const view = render(<>{element}</>);
    const mounted = {
      pendingTimers: vi.getTimerCount() - pendingBefore,
      timerCalls: counter.calls.setTimeout + counter.calls.setInterval,
      ticker: getSecondTickerStats(),
    };
    // Each advanced second holds exactly one tick of the shared (second-aligned) ticker.
    const cpuMs: number[] = [];
    const wallMs: number[] = [];
    const callsPerTick: number[] = [];
    for (let i = 0; i < TICKS; i++) {
      counter.reset();
      const wallStart = wallNow();
      const cpuStart = process.cpuUsage();
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      const cpu = process.cpuUsage(cpuStart);
      wallMs.push(wallNow() - wallStart);
      cpuMs.push((cpu.user + cpu.system) / 1000);
      callsPerTick.push(counter.calls.setTimeout + counter.calls.setInterval);
    }
    const text = document.body.textContent ?? '';
    view.unmount();
    cleanup();
    return {
      instances: COUNT,
      ...mounted,
      cpuMsPerTickMedian: round(median(cpuMs), 2),
      wallMsPerTickMedian: round(median(wallMs), 2),
      timerCallsPerTick: median(callsPerTick),
      pendingTimersAfterUnmount: vi.getTimerCount() - pendingBefore,
      tickerAfterUnmount: getSecondTickerStats(),
      rendered: text.length > 0,
    };
  } finally {
    counter.restore();
    vi.useRealTimers();
  }
}

const ours = () =>
  Array.from({ length: COUNT }, (_, index) => <QuotaCountdown key={index} resetAt={RESET_AT} autoResolve={false} />);
/** The countdown alone, without the prompt around it: the like-for-like match for react-countdown. */
function BareCountdown() {
  const { remainingSeconds } = useQuotaCountdown(RESET_AT);
  return <span>{remainingSeconds}</span>;
}
const oursBare = () => Array.from({ length: COUNT }, (_, index) => <BareCountdown key={index} />);
const theirs = () => Array.from({ length: COUNT }, (_, index) => <Countdown key={index} date={RESET_AT} />);

test('1,000 countdowns', async () => {
  // Warm-up (module loading, JIT) with a handful of each.
  render(<>{ours().slice(0, 20)}{theirs().slice(0, 20)}</>);
  cleanup();
  record('countdowns', {
    ours: await measure(ours()),
    oursHookOnly: await measure(oursBare()),
    reactCountdown: await measure(theirs()),
  });
});
