import { useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { IncidentEvent } from '../../src/core/events';
import { usePaymentRequired } from '../../src/presentation/usePaymentRequired';
import { loadOnDemand } from '../../src/query/lazyParser';
import { createQueryClient, declinedCardError, paymentRequiredError, withProviders } from '../helpers';

// The per-request payment readers are a chunk of their own. Counted here by when their module is
// first evaluated, which in a build is when the page requests that chunk. Own file: the tests run
// in order on one module state, from a page that has not loaded it.
const readers = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../src/core/parse/protocolReaders', async (importOriginal) => {
  readers.loads++;
  return importOriginal();
});

const x402Challenge = () =>
  paymentRequiredError({
    x402Version: 1,
    error: 'X-PAYMENT header is required',
    accepts: [{ scheme: 'exact', network: 'base', maxAmountRequired: '10000', payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C', asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', resource: 'https://api.example.com/report', maxTimeoutSeconds: 60 }],
  });

function mountQuery(fetcher: () => Promise<never>, events: IncidentEvent[], retry = 3) {
  const client = createQueryClient({ defaultOptions: { queries: { retry, retryDelay: 1 } } });
  function Report() {
    // Two queries fail with the same challenge while the readers' chunk is on its way.
    useQuery({ queryKey: ['report'], queryFn: fetcher });
    useQuery({ queryKey: ['report', 'summary'], queryFn: fetcher });
    return null;
  }
  return renderHook(() => usePaymentRequired(), {
    wrapper: ({ children }) => withProviders(client, { onIncident: (event) => events.push(event) })({ children: <>{children}<Report /></> }),
  });
}

test('a card decline opens its incident without requesting the per-request payment readers', async () => {
  await loadOnDemand();
  const events: IncidentEvent[] = [];
  const { result } = mountQuery(async () => Promise.reject(declinedCardError()), events);
  await waitFor(() => expect(result.current.blockedQueryKeys).toHaveLength(2));
  expect(result.current.incident?.reason).toBe('payment_failed');
  expect(readers.loads).toBe(0);
});

test('an x402 challenge waits for the readers, then opens one micropayment incident for both queries; neither is retried', async () => {
  const events: IncidentEvent[] = [];
  const fetcher = vi.fn(async () => Promise.reject(x402Challenge()));
  const { result } = mountQuery(fetcher, events);
  await waitFor(() => expect(result.current.incident?.reason).toBe('micropayment_required'));
  expect(result.current.incident?.micropayment).toMatchObject({ protocol: 'x402', displayAmount: '0.01', currency: 'USDC' });
  expect(readers.loads).toBe(1);
  await waitFor(() => expect(result.current.blockedQueryKeys).toHaveLength(2));
  expect(result.current.entries).toHaveLength(1);
  expect(events.filter((event) => event.type === 'shown')).toHaveLength(1);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(fetcher).toHaveBeenCalledTimes(2);
});
