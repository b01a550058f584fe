import { waitFor } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { reportThroughProvider } from '../helpers';

// A page whose provider has `onPay` pays per request: it requests the per-request payment readers
// at mount, beside the micropayment prompt, so its first x402 or L402 402 waits for no chunk. Own
// file: counted from a page that has not loaded them (see protocolReadersChunk.test.tsx).
const readers = vi.hoisted(() => ({ loads: 0 }));
vi.mock('../../src/core/parse/protocolReaders', async (importOriginal) => {
  readers.loads++;
  return importOriginal();
});

const cardIncident = { reason: 'payment_failed', status: 402, format: 'json', links: {}, raw: null } as const;

test('a provider without onPay never requests the readers; one with onPay requests them at mount', async () => {
  reportThroughProvider(cardIncident);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(readers.loads).toBe(0);

  reportThroughProvider(cardIncident, { onPay: async () => ({ headers: {} }) });
  await waitFor(() => expect(readers.loads).toBe(1));
});
