import { describe, expect, it } from 'vitest';
import { headerReader } from '../../src/core/headers';
import { parseMembers, readRateLimit } from '../../src/core/rateLimit';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { MAX_FUTURE_MS } from '../../src/core/limits';
import { createClock, futureTime, parseRetryAfter, toEpochMs } from '../../src/core/time';

const NOW = Date.parse('2025-07-01T10:00:00Z');
const clock = createClock(NOW);
const quota = (headers: Record<string, string>, c = clock) => readRateLimit(headerReader(headers), c);
const parse = (headers: Record<string, string>, body: unknown = {}) =>
  parsePaymentRequired({ status: 402, headers, body }, { now: () => NOW });

describe('headerReader', () => {
  it('reads Headers, plain records and AxiosHeaders-like objects case-insensitively', () => {
    expect(headerReader(new Headers({ 'Retry-After': '5' }))('retry-after')).toBe('5');
    expect(headerReader({ 'Retry-After': '5' })('RETRY-AFTER')).toBe('5');
    expect(headerReader({ 'x-a': ['1', '2'] })('X-A')).toBe('1, 2');
    const axiosLike = { 'retry-after': '7', get: (n: string) => (n.toLowerCase() === 'retry-after' ? '7' : undefined) };
    expect(headerReader(axiosLike)('Retry-After')).toBe('7');
    expect(headerReader(new Map([['retry-after', '9']]))('retry-after')).toBe('9');
  });

  it('never throws on hostile header objects', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('x'); }, get: () => { throw new Error('y'); } });
    expect(headerReader(hostile)('a')).toBeUndefined();
    expect(headerReader(null)('a')).toBeUndefined();
    expect(headerReader(42)('a')).toBeUndefined();
  });
});

describe('Retry-After', () => {
  it.each([
    ['120', NOW + 120_000],
    [' 5 ', NOW + 5_000],
    ['Tue, 01 Jul 2025 10:01:00 GMT', NOW + 60_000],
    ['0', undefined],
    ['-5', undefined],
    ['soon', undefined],
    ['Tue, 01 Jul 2025 09:00:00 GMT', undefined], // in the past: omitted
    ['99999999999', NOW + MAX_FUTURE_MS], // clamped
  ])('%s', (value, expected) => {
    expect(parseRetryAfter(value, clock)).toBe(expected);
  });

  it('an HTTP-date is read against the server Date header (clock skew)', () => {
    // Server clock is 2 hours behind the local one.
    const skewed = createClock(NOW, 'Tue, 01 Jul 2025 08:00:00 GMT');
    expect(parseRetryAfter('Tue, 01 Jul 2025 08:00:30 GMT', skewed)).toBe(NOW + 30_000);
    // delay-seconds do not depend on the clocks
    expect(parseRetryAfter('30', skewed)).toBe(NOW + 30_000);
  });
});

describe('rate-limit headers', () => {
  it('draft-11 structured fields, policy matched by name', () => {
    expect(
      quota({ ratelimit: '"default";r=0;t=30', 'ratelimit-policy': '"burst";q=100;w=60, "default";q=5000;qu="requests";w=3600' }),
    ).toEqual({ limit: 5000, remaining: 0, used: undefined, unit: 'requests', resetAt: NOW + 30_000 });
  });

  it('draft-11: the violated policy, else the one with least remaining', () => {
    const h = headerReader({ ratelimit: '"a";r=5;t=10, "b";r=0;t=20', 'ratelimit-policy': '"a";q=10, "b";q=100' });
    expect(readRateLimit(h, clock)).toMatchObject({ limit: 100, remaining: 0, resetAt: NOW + 20_000 });
    expect(readRateLimit(h, clock, ['a'])).toMatchObject({ limit: 10, remaining: 5, resetAt: NOW + 10_000 });
  });

  it('draft-07 dictionary with a numeric policy', () => {
    expect(quota({ ratelimit: 'limit=100, remaining=0, reset=5', 'ratelimit-policy': '100;w=10' })).toMatchObject({
      limit: 100,
      remaining: 0,
      resetAt: NOW + 5_000,
    });
  });

  it('draft-06 split fields', () => {
    expect(quota({ 'RateLimit-Limit': '60', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '42' })).toMatchObject({
      limit: 60,
      remaining: 0,
      resetAt: NOW + 42_000,
    });
  });

  it.each([
    ['delta seconds', '90', NOW + 90_000],
    ['epoch seconds (GitHub)', String(NOW / 1000 + 600), NOW + 600_000],
    ['epoch milliseconds', String(NOW + 700_000), NOW + 700_000],
    ['ISO date', '2025-07-01T10:15:00Z', NOW + 900_000],
    ['in the past', String(NOW / 1000 - 600), undefined],
    ['garbage', 'later', undefined],
  ])('X-RateLimit-Reset as %s', (_name, value, expected) => {
    expect(quota({ 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': value })).toEqual({
      limit: 5000,
      remaining: 0,
      used: 5000,
      unit: undefined,
      resetAt: expected,
    });
  });

  it('epoch resets are translated by the clock skew of the Date header', () => {
    // The server's clock runs one day ahead; its reset is 10 minutes after its own now.
    const serverNow = NOW + 86_400_000;
    const skewed = createClock(NOW, new Date(serverNow).toUTCString());
    expect(quota({ 'x-ratelimit-reset': String(serverNow / 1000 + 600) }, skewed).resetAt).toBe(NOW + 600_000);
    // Without the Date header that reset would be read as a day away.
    expect(quota({ 'x-ratelimit-reset': String(serverNow / 1000 + 600) }).resetAt).toBe(NOW + 86_400_000 + 600_000);
  });

  it('parseMembers is bounded and tolerant', () => {
    expect(parseMembers('"a";r=1, b;q="x;y"').length).toBe(2);
    expect(parseMembers(',,,'.repeat(10_000)).length).toBe(16);
    expect(parseMembers(undefined)).toEqual([]);
  });
});

describe('times in incidents', () => {
  it('Retry-After wins over the rate-limit reset', () => {
    const i = parse({ 'retry-after': '10', ratelimit: 'limit=5, remaining=0, reset=60' });
    expect(i?.retryAt).toBe(NOW + 10_000);
    expect(i?.quota).toMatchObject({ limit: 5, remaining: 0, used: 5, resetAt: NOW + 60_000 });
    expect(i?.reason).toBe('quota_exceeded');
  });

  it('the reset is the retry time when nothing is left', () => {
    expect(parse({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '30' })?.retryAt).toBe(NOW + 30_000);
    expect(parse({ 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': '30' })?.retryAt).toBeUndefined();
  });

  it('body reset fields: resets_at ISO, reset_at epoch s, resetAt epoch ms, resetMs delta, retry_after', () => {
    const p = (error: unknown) => parse({}, { error })?.quota?.resetAt;
    expect(p({ code: 'quota_exceeded', resets_at: '2025-07-01T11:00:00Z' })).toBe(NOW + 3_600_000);
    expect(p({ code: 'quota_exceeded', reset_at: NOW / 1000 + 60 })).toBe(NOW + 60_000);
    expect(p({ code: 'quota_exceeded', resetAt: NOW + 120_000 })).toBe(NOW + 120_000);
    expect(p({ code: 'quota_exceeded', resetMs: 5_000 })).toBe(NOW + 5_000);
    expect(parse({}, { code: 'quota_exceeded', retry_after: 9 })?.retryAt).toBe(NOW + 9_000);
  });

  it('body epoch times are translated by the Date header too', () => {
    const serverNow = NOW - 3_600_000; // server one hour behind
    const i = parse({ date: new Date(serverNow).toUTCString() }, { code: 'quota_exceeded', reset: serverNow / 1000 + 60 });
    expect(i?.quota?.resetAt).toBe(NOW + 60_000);
  });

  it('quota_exceeded with only Retry-After counts down to it', () => {
    expect(parse({ 'retry-after': '60' }, { message: 'Monthly quota exceeded' })?.quota).toEqual({ resetAt: NOW + 60_000 });
  });

  it('toEpochMs / futureTime reject NaN, negatives and Infinity; clamp far futures', () => {
    expect(toEpochMs(NaN, clock)).toBeUndefined();
    expect(toEpochMs(-1, clock)).toBeUndefined();
    expect(toEpochMs(Infinity, clock)).toBeUndefined();
    expect(toEpochMs('1e400', clock)).toBeUndefined();
    expect(futureTime(1e308, NOW)).toBe(NOW + MAX_FUTURE_MS);
    expect(futureTime(NOW - 1, NOW)).toBeUndefined();
  });
});
