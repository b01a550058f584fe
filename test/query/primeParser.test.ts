import { afterEach, expect, test, vi } from 'vitest';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { primeParser } from '../../src/query/primeParser';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('parses one typical 402 once the browser is idle, not before', () => {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  const parse = vi.fn(parsePaymentRequired);
  primeParser(parse);
  expect(parse).not.toHaveBeenCalled();
  idle.forEach((callback) => callback());
  expect(parse).toHaveBeenCalledTimes(1);
  // A real card decline, so the paths a first 402 takes are the ones compiled.
  expect(parse.mock.results[0]?.value).toMatchObject({ reason: 'payment_failed', status: 402 });
});

test('a throwing parser never surfaces; without an idle callback nothing is scheduled', () => {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  const parse = vi.fn(() => {
    throw new Error('broken');
  });
  primeParser(parse);
  expect(() => idle.forEach((callback) => callback())).not.toThrow();
  expect(parse).toHaveBeenCalledTimes(1);

  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', undefined);
  primeParser(parse);
  expect(vi.getTimerCount()).toBe(0);
  expect(parse).toHaveBeenCalledTimes(1);
});
