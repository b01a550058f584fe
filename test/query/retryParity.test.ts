import { environmentManager } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, test } from 'vitest';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { declinedCardError } from '../helpers';
import { cores, countAttempts, kinds, tanstackAttempts } from './retryParity';

// The browser half of the retry-parity table (the server half runs without a DOM, in
// retryParity.server.test.ts). For every non-402 error the library changes nothing; a 402 is
// attempted once whatever `retry` says.

afterEach(() => {
  environmentManager.setIsServer(() => typeof window === 'undefined');
});

describe.each(cores)('retry parity in the browser, TanStack Query %s', (_name, core) => {
  test.each(kinds)('%s: a 500 is attempted as often as without the library; a 402 once', async (kind) => {
    const without500 = await countAttempts({ core, kind, status: 500, withLibrary: false });
    const with500 = await countAttempts({ core, kind, status: 500, withLibrary: true });
    const without402 = await countAttempts({ core, kind, status: 402, withLibrary: false });
    const with402 = await countAttempts({ core, kind, status: 402, withLibrary: true });
    expect({ without500, with500, without402, with402 }).toEqual({
      without500: tanstackAttempts(kind, false),
      with500: tanstackAttempts(kind, false),
      without402: tanstackAttempts(kind, false),
      with402: 1,
    });
  });

  test.each(kinds)('%s: retry set by the app keeps its count for a 500 and is ignored for a 402', async (kind) => {
    const placements = [
      { callSite: { retry: 2 } },
      { clientDefaults: { retry: 2 } },
      { callSite: { retry: (failureCount: number) => failureCount < 2 } },
      ...(kind === 'mutation' ? [] : [{ queryDefaults: { retry: 2 } }]),
    ];
    for (const placement of placements) {
      const without500 = await countAttempts({ core, kind, status: 500, withLibrary: false, ...placement });
      const with500 = await countAttempts({ core, kind, status: 500, withLibrary: true, ...placement });
      const with402 = await countAttempts({ core, kind, status: 402, withLibrary: true, ...placement });
      expect({ placement, without500, with500, with402 }).toEqual({ placement, without500: 3, with500: 3, with402: 1 });
    }
  });

  test('once the library disconnects, a query it saw fail is retried as TanStack alone would retry it', async () => {
    const client = new core.QueryClient();
    const disconnect = getPaymentRequiredClient(client as unknown as QueryClient).connect();
    let attempts = 0;
    const queryKey = ['seen-while-connected'];
    const observer = new core.QueryObserver(client, {
      queryKey,
      retryDelay: 0,
      queryFn: async () => {
        attempts++;
        throw declinedCardError();
      },
    });
    await new Promise<void>((settled) => {
      const unsubscribe = observer.subscribe((result) => {
        if (result.status !== 'error') return;
        unsubscribe();
        settled();
      });
    });
    expect(attempts).toBe(1);
    disconnect();

    attempts = 0;
    await client.getQueryCache().find({ queryKey })?.fetch().catch(() => {});
    expect(attempts).toBe(tanstackAttempts('observer', false));
    client.clear();
  });
});

describe('retry parity on a server declared with environmentManager.setIsServer, TanStack Query latest', () => {
  const core = cores[1][1];
  test.each(kinds)('%s: a 500 and a 402 are each attempted once, as without the library', async (kind) => {
    environmentManager.setIsServer(() => true);
    const attempts = {
      without500: await countAttempts({ core, kind, status: 500, withLibrary: false }),
      with500: await countAttempts({ core, kind, status: 500, withLibrary: true }),
      without402: await countAttempts({ core, kind, status: 402, withLibrary: false }),
      with402: await countAttempts({ core, kind, status: 402, withLibrary: true }),
    };
    expect(attempts).toEqual({ without500: 1, with500: 1, without402: 1, with402: 1 });
  });
});
