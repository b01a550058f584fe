import { environmentManager } from '@tanstack/react-query';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PaymentRequiredError } from '../../src/core/error';
import type { FailureExtractor } from '../../src/core/extract';
import { retryUnlessPaymentRequired } from '../../src/index';
import { declinedCardError } from '../helpers';
import { cores, countAttempts, serverError } from './retryParity';

// An app's own `retry` option, without the provider unless a test says otherwise.

afterEach(() => {
  environmentManager.setIsServer(() => typeof window === 'undefined');
});

/** The answers of `retry` after 0, 1, 2, … failures of `error`. */
const answers = <E>(retry: (failureCount: number, error: E) => boolean, error: E, upTo = 5) =>
  Array.from({ length: upTo }, (_, failureCount) => retry(failureCount, error));

describe('retryUnlessPaymentRequired', () => {
  test('a 402 is never retried, whatever the retry given', () => {
    for (const retry of [undefined, true, false, 0, 3, Infinity, () => true]) {
      expect(answers(retryUnlessPaymentRequired(retry), declinedCardError())).toEqual([false, false, false, false, false]);
    }
  });

  test('a number: other errors are retried while fewer failures than it', () => {
    expect(answers(retryUnlessPaymentRequired(2), serverError())).toEqual([true, true, false, false, false]);
    expect(answers(retryUnlessPaymentRequired(0), serverError())).toEqual([false, false, false, false, false]);
  });

  test('true retries other errors for ever, false never', () => {
    expect(answers(retryUnlessPaymentRequired(true), serverError())).toEqual([true, true, true, true, true]);
    expect(answers(retryUnlessPaymentRequired(false), serverError())).toEqual([false, false, false, false, false]);
  });

  test('a function decides for other errors, with the failure count and the error; it is not asked about a 402', () => {
    const decide = vi.fn((failureCount: number, error: Error) => failureCount < 1 && error.message === 'Internal Server Error');
    const retry = retryUnlessPaymentRequired(decide);
    const failure = serverError();
    expect(answers(retry, failure, 2)).toEqual([true, false]);
    expect(decide.mock.calls).toEqual([
      [0, failure],
      [1, failure],
    ]);
    decide.mockClear();
    expect(retry(0, declinedCardError())).toBe(false);
    expect(decide).not.toHaveBeenCalled();
  });

  test("omitted: TanStack's default for queries, 3 in the browser and none on the server", () => {
    expect(answers(retryUnlessPaymentRequired(), serverError())).toEqual([true, true, true, false, false]);
    environmentManager.setIsServer(() => true);
    expect(answers(retryUnlessPaymentRequired(), serverError())).toEqual([false, false, false, false, false]);
  });

  test('an error the app threw as a PaymentRequiredError is a payment failure whatever its status', () => {
    const declared = new PaymentRequiredError({ status: 403, headers: new Headers(), body: { error: 'credits_exhausted' } });
    expect(retryUnlessPaymentRequired(3)(0, declared)).toBe(false);
    // A plain 403 is not: it is retried as the app said.
    expect(retryUnlessPaymentRequired(3)(0, Object.assign(new Error('Forbidden'), { status: 403 }))).toBe(true);
  });

  test('extractors read the 402 in errors the built-in detection does not know', () => {
    const graphQlError = { graphQLErrors: [{ extensions: { http: { status: 402 } } }] };
    const extractor: FailureExtractor = (error) =>
      (error as typeof graphQlError).graphQLErrors?.[0]?.extensions.http.status === 402 ? { status: 402, body: null } : null;
    expect(retryUnlessPaymentRequired(3)(0, graphQlError)).toBe(true);
    expect(retryUnlessPaymentRequired(3, { extractors: [extractor] })(0, graphQlError)).toBe(false);
  });
});

describe.each(cores)('retryUnlessPaymentRequired as the retry option of TanStack Query %s, without the provider', (_name, core) => {
  test.each(['observer', 'fetchQuery', 'mutation'] as const)('%s: a 500 is attempted 1 + 2 times, a 402 once', async (kind) => {
    const placements = [{ callSite: { retry: retryUnlessPaymentRequired(2) } }, { clientDefaults: { retry: retryUnlessPaymentRequired(2) } }];
    for (const placement of placements) {
      const attempts = {
        placement,
        with500: await countAttempts({ core, kind, status: 500, withLibrary: false, ...placement }),
        with402: await countAttempts({ core, kind, status: 402, withLibrary: false, ...placement }),
      };
      expect(attempts).toEqual({ placement, with500: 3, with402: 1 });
    }
  });

  test.each(['observer', 'mutation'] as const)('%s: under the provider too, the same counts (both rules agree)', async (kind) => {
    const callSite = { retry: retryUnlessPaymentRequired(2) };
    const attempts = {
      with500: await countAttempts({ core, kind, status: 500, withLibrary: true, callSite }),
      with402: await countAttempts({ core, kind, status: 402, withLibrary: true, callSite }),
    };
    expect(attempts).toEqual({ with500: 3, with402: 1 });
  });

  test('observer with the default: a 500 is attempted 1 + 3 times, as TanStack alone; a 402 once', async () => {
    const callSite = { retry: retryUnlessPaymentRequired() };
    expect(await countAttempts({ core, kind: 'observer', status: 500, withLibrary: false, callSite })).toBe(4);
    expect(await countAttempts({ core, kind: 'observer', status: 402, withLibrary: false, callSite })).toBe(1);
  });
});
