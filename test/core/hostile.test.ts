import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sanitizeLink } from '../../src/core/links';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { paymentRequiredIncidentSchema } from '../../src/core/schema';
import { MAX_BODY_CHARS, MAX_FUTURE_MS } from '../../src/core/limits';
import type { PaymentRequiredIncident } from '../../src/core/types';

const NOW = Date.parse('2025-07-01T10:00:00Z');

// Dropping hostile links is the point here; their development warnings are checked below, not printed.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
const warnings = (text: string) => vi.mocked(console.warn).mock.calls.filter(([m]) => String(m).includes(text));

function parse(body: unknown, headers?: unknown, extra: object = {}): PaymentRequiredIncident {
  const incident = parsePaymentRequired({ status: 402, body, headers, ...extra } as never, { now: () => NOW });
  expect(incident).not.toBeNull();
  const check = paymentRequiredIncidentSchema.safeParse(incident);
  expect(check.error).toBeUndefined();
  return incident!;
}

describe('hostile and broken bodies', () => {
  it.each([
    ['undefined', undefined, 'empty'],
    ['null', null, 'empty'],
    ['empty string', '', 'empty'],
    ['whitespace', '   \n ', 'empty'],
    ['a number', 402, 'empty'],
    ['a number as a string', '402', 'empty'],
    ['NaN', NaN, 'empty'],
    ['a boolean', true, 'empty'],
    ['JSON null text', 'null', 'empty'],
    ['an empty object', {}, 'json'],
    ['an empty array', [], 'json'],
    ['an array of junk', [1, 'a', null, [[]]], 'json'],
    ['non-JSON text', 'oops <b>not</b> json', 'text'],
    ['a function', () => 1, 'empty'],
    ['a symbol', Symbol('x'), 'empty'],
    ['a bigint', 10n, 'empty'],
  ])('%s', (_name, body, format) => {
    const i = parse(body);
    expect(i.reason).toBe('unknown');
    expect(i.format).toBe(format);
    expect(i.raw).toBe(body);
  });

  it('plain text keeps no markup', () => {
    expect(parse('oops <b>not</b> json').message).toBe('oops not json');
  });

  it('truncated JSON: the message and code are salvaged', () => {
    const i = parse('{"error":{"code":"insufficient_credits","message":"Insufficient credits \\u2014 top up","det');
    expect(i).toMatchObject({ reason: 'quota_exceeded', message: 'Insufficient credits — top up', code: 'insufficient_credits' });
  });

  it('5 MB strings return, with the message capped', () => {
    const big = 'credits '.repeat(700_000);
    const i = parse(big);
    expect(i.message!.length).toBeLessThanOrEqual(500);
    expect(i.reason).toBe('quota_exceeded');

    const json = JSON.stringify({ error: { message: 'x'.repeat(5_000_000) } });
    const j = parse(json);
    expect(j.message!.length).toBeLessThanOrEqual(500);

    const inObject = parse({ message: 'y'.repeat(5_000_000), code: 'z'.repeat(5_000_000) });
    expect(inObject.message!.length).toBeLessThanOrEqual(500);
    expect(inObject.code!.length).toBeLessThanOrEqual(200);

    // 512 strings of 1 MB in an already-decoded body: read in bounded slices, never joined whole.
    const mb = `${'y'.repeat(1_000_000)} USDC`;
    const wide = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`k${i}`, Object.fromEntries(Array.from({ length: 16 }, (_, j) => [`s${j}`, mb]))]));
    expect(parse(wide)).toMatchObject({ reason: 'unknown', format: 'json' });

    const html = parse(`<html><head><title>${'t'.repeat(5_000_000)}`);
    expect((html.message ?? '').length).toBeLessThanOrEqual(500);
    const angles = parse('<'.repeat(5_000_000));
    expect(angles.reason).toBe('unknown');
  });

  it('maxMessageLength caps the message', () => {
    const i = parsePaymentRequired({ status: 402, body: { message: 'Your card was declined.' } }, { maxMessageLength: 10 });
    expect(i?.message).toBe('Your card…');
    expect(i?.reason).toBe('payment_failed');
  });

  it('control, zero-width and bidi characters are stripped', () => {
    expect(parse({ message: 'Pay\u0000 now\u202e\u200b\n\tplease\u0007' }).message).toBe('Pay now please');
  });

  it('tags that removing a tag would join back together are removed too (found by fuzzing)', () => {
    expect(parse({ message: 'Pay <a<b>> now' }).message).toBe('Pay now');
    const nested = parse({ message: `x ${'<a'.repeat(50)}${'>'.repeat(50)} y` }).message ?? '';
    expect(nested).not.toMatch(/<\/?[a-z][^<>]*>/i);
    expect(nested).toMatch(/^x .* y$/);
  });

  it('HTML bodies keep the title text only', () => {
    expect(parse('<!doctype html><html><head><title>Billing &amp; Plans</title><script>alert(1)</script></head></html>').message).toBe('Billing & Plans');
    expect(parse('<html><body><h1>402</h1></body></html>').message).toBeUndefined();
  });

  it('wrong types everywhere', () => {
    const i = parse({ error: { message: 42, code: { a: 1 }, type: ['x'], upgrade_url: 5, limit: 'many', remaining: -3, reset: 'yesterday' } });
    expect(i).toMatchObject({ reason: 'unknown', links: {} });
    expect(i.quota).toBeUndefined();
  });

  it('NaN, negative, 1e308 and past times', () => {
    const i = parse({ code: 'quota_exceeded', limit: NaN, remaining: -1, used: 1e308, resets_at: 1e308, retry_after: -5 });
    expect(i.quota).toEqual({ used: 1e308, resetAt: NOW + MAX_FUTURE_MS });
    expect(i.retryAt).toBeUndefined();
    const past = parse({ code: 'quota_exceeded', reset_at: '2001-01-01T00:00:00Z' }, { 'retry-after': 'Mon, 01 Jan 2001 00:00:00 GMT' });
    expect(past.quota).toBeUndefined();
    expect(past.retryAt).toBeUndefined();
  });

  it('an instant that rounds to now is dropped, not kept as a time in the past (found by fuzzing)', () => {
    const x402 = (secs: number) => ({ x402Version: 1, error: 'X-PAYMENT header is required', accepts: [{ scheme: 'exact', network: 'base', maxAmountRequired: '10', asset: '0x1', payTo: '0x2', resource: 'https://api.example.com/x', maxTimeoutSeconds: secs }] });
    expect(parse(x402(0.0003)).micropayment?.expiresAt).toBeUndefined();
    expect(parse(x402(60)).micropayment?.expiresAt).toBe(NOW + 60_000);
    const atEpoch = parsePaymentRequired({ status: 402, body: x402(5e-324) }, { now: () => 0 });
    expect(paymentRequiredIncidentSchema.safeParse(atEpoch).error).toBeUndefined();
    expect(atEpoch?.micropayment?.expiresAt).toBeUndefined();
  });

  it('numbers as strings are read', () => {
    expect(parse({ code: 'quota_exceeded', limit: '100', remaining: '0' }).quota).toEqual({ limit: 100, remaining: 0, used: 100 });
  });

  it('deeply nested objects (10k levels) and wide objects', () => {
    let deep: Record<string, unknown> = { message: 'bottom: credits exhausted' };
    for (let n = 0; n < 10_000; n++) deep = { error: deep };
    expect(parse(deep).reason).toBe('unknown');

    const deepText = '{"error":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    expect(parse(deepText).format).toBe('json');

    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, n) => [`k${n}`, n]));
    expect(parse(wide).reason).toBe('unknown');
    expect(parse(Array.from({ length: 100_000 }, () => ({ a: [1, 2, 3] }))).reason).toBe('unknown');
  });

  it('cyclic bodies', () => {
    const a: Record<string, unknown> = { message: 'Credit limit exceeded' };
    a.self = a;
    a.error = { parent: a };
    expect(parse(a).reason).toBe('quota_exceeded');
  });

  it('__proto__ and constructor keys pollute nothing', () => {
    const text = '{"__proto__":{"polluted":"yes","message":"x"},"constructor":{"prototype":{"polluted":"yes"}},"error":{"__proto__":{"polluted":1},"code":"card_declined","type":"card_error"}}';
    const i = parse(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(i.reason).toBe('payment_failed');
    const obj = JSON.parse(text) as unknown;
    parse(obj, { __proto__: 'x', 'retry-after': '5' });
    parse({ plan: { __proto__: { id: 'evil' } }, current_plan: JSON.parse('{"__proto__":{"id":"x"}}') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });

  it('objects with throwing getters and Proxies', () => {
    const trap = new Proxy({}, {
      get: () => { throw new Error('get'); },
      ownKeys: () => { throw new Error('keys'); },
      getOwnPropertyDescriptor: () => { throw new Error('desc'); },
      has: () => { throw new Error('has'); },
    });
    expect(parse(trap).reason).toBe('unknown');
    const getter = { get message(): string { throw new Error('no'); }, code: 'quota_exceeded' };
    expect(parse(getter).reason).toBe('quota_exceeded');
    expect(parse({ error: trap }, trap).reason).toBe('unknown');
  });

  it('hostile inputs and options never throw', () => {
    const bad: unknown[] = [null, undefined, 1, 'x', {}, { status: '402' }, { status: NaN }, new Proxy({}, { get: () => { throw new Error('x'); } })];
    for (const input of bad) expect(parsePaymentRequired(input as never)).toBeNull();
    expect(parsePaymentRequired({ status: 402 }, { statuses: 'x' as never, now: () => NaN, maxMessageLength: -1, formats: 5 as never })?.reason).toBe('unknown');
    expect(parsePaymentRequired({ status: 402, body: { message: 'hi' } }, { maxMessageLength: Infinity })?.message).toBe('hi');
  });

  it('bodies are never bigger than the cap after decoding', () => {
    expect(MAX_BODY_CHARS).toBe(65_536);
  });
});

describe('hostile links', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.com/billing',
    '/\\evil.com',
    '\\\\evil.com',
    'https://user:pass@evil.com/',
    'http://evil.com/billing',
    'https://evil.com/\u202ebilling',
    'billing',
  ])('%s is dropped', (url) => {
    const i = parse({ message: 'Your card was declined', billing_portal_url: url, upgrade_url: url, support_url: url, doc_url: url });
    expect(i.links).toEqual({});
  });

  it('prose links go through the same policy', () => {
    const i = parse({ message: 'Go to javascript:alert(1) or http://evil.com/billing or https://ok.example/billing to add credits' });
    expect(i.links).toEqual({ billingPortal: 'https://ok.example/billing' });
  });
});

describe('dropped links are reported in development', () => {
  it('once per distinct dropped URL, never for a kept one', () => {
    const body = { message: 'Your card was declined', billing_portal_url: 'http://evil.example/once', upgrade_url: 'https://ok.example/upgrade' };
    expect(parse(body).links).toEqual({ upgrade: 'https://ok.example/upgrade' });
    parse(body);
    expect(warnings('evil.example/once')).toHaveLength(1);
    expect(warnings('ok.example')).toHaveLength(0);
    // Links written in prose are server links too.
    parse({ message: 'Top up at http://evil.example/prose now' });
    expect(warnings('evil.example/prose')).toHaveLength(1);
  });

  it('names the option that would keep a link outside the allowlist', () => {
    const links = { baseUrl: 'https://app.example.com', allowedOrigins: ['https://billing.stripe.com'] };
    const i = parsePaymentRequired({ status: 402, body: { billing_portal_url: 'https://portal.elsewhere.example/p' } }, { links });
    expect(i?.links).toEqual({});
    expect(warnings('portal.elsewhere.example')[0]?.[0]).toContain('allowedOrigins');
  });

  it('is removed from production bundles, text and all', () => {
    // Bundled the way an app's bundler does (NODE_ENV replaced, minified); esbuild's CLI, since
    // its JS API refuses to run under jsdom.
    const root = resolve(import.meta.dirname, '../..');
    const bundle = (nodeEnv: string) =>
      execFileSync(
        resolve(root, 'node_modules/.bin/esbuild'),
        ['src/core/links.ts', '--bundle', '--format=esm', '--minify', `--define:process.env.NODE_ENV="${nodeEnv}"`, '--log-level=silent'],
        { cwd: root, encoding: 'utf8' },
      );
    expect(bundle('development')).toContain('dropped the server link');
    expect(bundle('production')).not.toContain('dropped the server link');
  });

  it('is silent in production builds', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(parse({ billing_portal_url: 'http://evil.example/production' }).links).toEqual({});
    expect(console.warn).not.toHaveBeenCalled();
  });
});

describe('link policy', () => {
  it('a kept link is kept again: the page origin written out in full passes like its path (found by fuzzing)', () => {
    const policy = { baseUrl: 'http://localhost:3000', allowHttpLocalhost: false };
    const kept = sanitizeLink('/billing', policy);
    expect(kept).toBe('http://localhost:3000/billing');
    expect(sanitizeLink(kept, policy)).toBe(kept);
    expect(sanitizeLink('http://localhost:4000/billing', policy)).toBeUndefined();
    const intranet = { baseUrl: 'http://intranet.example', allowedOrigins: ['https://billing.stripe.com'] };
    expect(sanitizeLink('http://intranet.example/x', intranet)).toBe('http://intranet.example/x');
    expect(sanitizeLink('http://other.example/x', intranet)).toBeUndefined();
  });

  it('wildcard origins admit subdomains in any letter case, never the apex or a look-alike', () => {
    const policy = { baseUrl: 'https://app.example.com', allowedOrigins: ['HTTPS://*.Example.ORG'] };
    expect(sanitizeLink('https://Pay.example.org/x', policy)).toBe('https://pay.example.org/x');
    expect(sanitizeLink('https://example.org/x', policy)).toBeUndefined();
    expect(sanitizeLink('https://pay.example.org.evil.com/x', policy)).toBeUndefined();
    expect(sanitizeLink('http://pay.example.org/x', policy)).toBeUndefined();
  });
});
