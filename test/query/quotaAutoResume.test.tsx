import { QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { assertOk } from '../../src/core/error';
import { loadOnDemand } from '../../src/query/lazyParser';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';

// Issue 12 §3: a server that always answers a quota 402 with `Retry-After: 2` made the open dialog
// replay the POST every ~3 s with nobody asking. Automatic resumes are capped; then the user decides.

// The provider loads its prebuilt UI and the parser chunk on demand: load both before the clock is faked.
beforeAll(async () => {
  await import('../../src/components/PaymentRequiredHost');
  await loadOnDemand();
});

afterEach(() => {
  vi.useRealTimers();
});

function quotaForever() {
  let requests = 0;
  const generate = async (prompt: string) => {
    requests++;
    const response = Response.json(
      { error: { code: 'quota_exceeded', message: `Rate limit reached (${prompt}).` } },
      { status: 402, headers: { 'retry-after': '2' } },
    );
    return (await assertOk(response)).json() as Promise<{ text: string }>;
  };
  return { generate, requests: () => requests };
}

test('a quota that keeps coming back is resumed automatically at most twice in a row, then waits for "Try again"', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(Date.UTC(2030, 0, 1, 12, 0, 0));
  const api = quotaForever();
  const client = createQueryClient();
  function Generator() {
    const mutation = useMutation({ mutationFn: api.generate });
    return <button onClick={() => mutation.mutate('a haiku')}>Generate</button>;
  }
  render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider>
        <Generator />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  const waitSeconds = async (seconds: number) => {
    for (let i = 0; i < seconds * 4; i++) await act(() => vi.advanceTimersByTimeAsync(250));
  };

  fireEvent.click(screen.getByRole('button', { name: 'Generate' }));
  await waitSeconds(1);
  expect(screen.getByRole('dialog', { name: 'You’ve reached your limit' })).toBeInTheDocument();
  expect(api.requests()).toBe(1);

  // A minute with the dialog open and nobody touching it: two automatic resumes, then it waits.
  await waitSeconds(60);
  expect(api.requests()).toBe(3);
  const { entries } = getPaymentRequiredClient(client).store.getSnapshot();
  expect(entries).toHaveLength(1);
  expect(entries[0]!.resumes).toBe(2);
  const tryAgain = screen.getByRole('button', { name: 'Try again' });

  // The user asks: one more replay, and again no automatic chain after it.
  fireEvent.click(tryAgain);
  await waitSeconds(60);
  expect(api.requests()).toBe(4);
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});
