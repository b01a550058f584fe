// Time from the first 402 settling to a dialog in the DOM: our provider (402s are never retried)
// against a plain QueryClient with TanStack's default retries (3, back-off 1 s, 2 s, 4 s) and a
// hand-written QueryCache `onError` that shows a dialog. Simulated ms come from the fake clock;
// wall ms are real time for the same run, median of RUNS after one warm-up.
import { QueryCache, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { PaymentRequiredError } from '../../src/core/error';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { median, realTick, record, round, wallNow } from './record';

const RUNS = 15;
const DIALOG = '[role="dialog"], dialog[open], [data-reason]';
const declined = () =>
  new PaymentRequiredError({
    status: 402,
    body: { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card was declined.' } },
  });

interface Marks {
  fetches: number;
  settled?: { sim: number; wall: number };
  shown?: { sim: number; wall: number };
}

/** The fake fetcher: every call answers 402; the first settling is marked on both clocks. */
function fetcher(marks: Marks) {
  return async (): Promise<never> => {
    marks.fetches++;
    await Promise.resolve();
    marks.settled ??= { sim: Date.now(), wall: wallNow() };
    throw declined();
  };
}

function Fetching({ queryFn }: { queryFn: () => Promise<never> }) {
  useQuery({ queryKey: ['account'], queryFn });
  return <p>app</p>;
}

/** The hand-written alternative: a flag set by `onError`, a dialog rendered from it. */
function createHandWrittenDialog() {
  let open = false;
  const listeners = new Set<() => void>();
  const show = () => {
    open = true;
    for (const listener of listeners) listener();
  };
  function PaymentDialog() {
    const isOpen = useSyncExternalStore(
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      () => open,
    );
    return isOpen ? (
      <div role="dialog" aria-label="Payment required">
        Your payment failed.
      </div>
    ) : null;
  }
  return { show, PaymentDialog };
}

type Setup = (marks: Marks) => ReactNode;

const ours: Setup = (marks) => (
  <QueryClientProvider client={new QueryClient()}>
    <PaymentRequiredProvider onUpdatePayment={() => undefined}>
      <Fetching queryFn={fetcher(marks)} />
    </PaymentRequiredProvider>
  </QueryClientProvider>
);

const plain: Setup = (marks) => {
  const { show, PaymentDialog } = createHandWrittenDialog();
  const client = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof PaymentRequiredError || (error as { status?: unknown }).status === 402) show();
      },
    }),
  });
  return (
    <QueryClientProvider client={client}>
      <Fetching queryFn={fetcher(marks)} />
      <PaymentDialog />
    </QueryClientProvider>
  );
};

/** One run: mount, then move the fake clock timer by timer until the dialog shows. */
async function runOnce(setup: Setup): Promise<Marks> {
  const marks: Marks = { fetches: 0 };
  vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') });
  const observer = new MutationObserver(() => {
    if (!marks.shown && document.querySelector(DIALOG)) marks.shown = { sim: Date.now(), wall: wallNow() };
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  try {
    render(setup(marks));
    const giveUpAt = wallNow() + 10_000;
    while (!marks.shown && wallNow() < giveUpAt) {
      if (vi.getTimerCount() > 0) {
        await act(async () => {
          await vi.advanceTimersToNextTimerAsync();
        });
      } else {
        // Nothing scheduled: a lazy chunk may be loading; let real I/O run.
        await act(async () => {
          await realTick();
        });
      }
    }
  } finally {
    observer.disconnect();
    cleanup();
    vi.useRealTimers();
  }
  if (!marks.settled || !marks.shown) throw new Error('the dialog never showed');
  return marks;
}

async function measure(setup: Setup) {
  await runOnce(setup); // warm-up: module loading and JIT
  const runs: Marks[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(setup));
  const sim = runs.map((m) => m.shown!.sim - m.settled!.sim);
  const wall = runs.map((m) => m.shown!.wall - m.settled!.wall);
  return {
    simulatedMs: median(sim),
    wallMsMedian: round(median(wall), 3),
    wallMsMin: round(Math.min(...wall), 3),
    wallMsMax: round(Math.max(...wall), 3),
    requestsBeforeDialog: median(runs.map((m) => m.fetches)),
    runs: RUNS,
  };
}

test('time from the first 402 to the dialog', async () => {
  const result = {
    ours: await measure(ours),
    plainDefaultRetries: await measure(plain),
  };
  record('timeToUi', result);
});
