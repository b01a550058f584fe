// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { cores, countAttempts, kinds, tanstackAttempts } from './retryParity';

// The server half of the retry-parity table. Without a `window`, both TanStack versions treat the
// runtime as a server (the lowest peer decides that once, at import), where an unset `retry` means
// no retries for observers too.

describe.each(cores)('retry parity on the server, TanStack Query %s', (_name, core) => {
  test.each(kinds)('%s: a 500 is attempted as often as without the library; a 402 once', async (kind) => {
    const attempts = {
      without500: await countAttempts({ core, kind, status: 500, withLibrary: false }),
      with500: await countAttempts({ core, kind, status: 500, withLibrary: true }),
      without402: await countAttempts({ core, kind, status: 402, withLibrary: false }),
      with402: await countAttempts({ core, kind, status: 402, withLibrary: true }),
    };
    const tanstack = tanstackAttempts(kind, true);
    expect(attempts).toEqual({ without500: tanstack, with500: tanstack, without402: tanstack, with402: 1 });
  });

  test('observer with retry 2: a 500 is attempted 3 times, a 402 once', async () => {
    const callSite = { retry: 2 };
    expect(await countAttempts({ core, kind: 'observer', status: 500, withLibrary: false, callSite })).toBe(3);
    expect(await countAttempts({ core, kind: 'observer', status: 500, withLibrary: true, callSite })).toBe(3);
    expect(await countAttempts({ core, kind: 'observer', status: 402, withLibrary: true, callSite })).toBe(1);
  });
});
