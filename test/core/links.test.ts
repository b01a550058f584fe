import { describe, expect, it } from 'vitest';
import { linkKind, linksInText, sanitizeLink } from '../../src/core/links';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';

describe('sanitizeLink', () => {
  it.each([
    ['https://billing.example.com/portal', 'https://billing.example.com/portal'],
    ['HTTPS://Billing.Example.com/a?b=1#c', 'https://billing.example.com/a?b=1#c'],
    ['http://localhost:3000/billing', 'http://localhost:3000/billing'],
    ['http://127.0.0.1/billing', 'http://127.0.0.1/billing'],
    ['http://[::1]:8080/x', 'http://[::1]:8080/x'],
    ['http://example.com/billing', undefined],
    ['ftp://example.com/x', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html;base64,PHNjcmlwdD4=', undefined],
    ['vbscript:x', undefined],
    ['file:///c:/x', undefined],
    ['blob:https://example.com/uuid', undefined],
    ['https://user:pass@example.com/', undefined],
    ['https://user@example.com/', undefined],
    ['//evil.com', undefined],
    ['/\\evil.com', undefined],
    ['\\\\evil.com', undefined],
    ['https://example.com/\u0000x', undefined],
    [' https://example.com', undefined],
    ['https://exa mple.com', undefined],
    ['https://example.com/\u200bx', undefined],
    ['', undefined],
    [42, undefined],
    [null, undefined],
    [{ href: 'https://x.com' }, undefined],
    ['https://example.com/' + 'a'.repeat(3000), undefined],
  ])('%s', (url, expected) => {
    expect(sanitizeLink(url, { baseUrl: 'https://app.example.com' })).toBe(expected);
  });

  it('relative paths resolve against the base and stay same-origin', () => {
    expect(sanitizeLink('/billing?x=1', { baseUrl: 'https://app.example.com/some/page' })).toBe('https://app.example.com/billing?x=1');
    expect(sanitizeLink('/billing', { baseUrl: 'javascript:alert(1)' })).toBe('/billing');
    expect(sanitizeLink('billing', { baseUrl: 'https://app.example.com' })).toBeUndefined();
    expect(sanitizeLink('../billing', { baseUrl: 'https://app.example.com' })).toBeUndefined();
  });

  it('defaults the base to location.origin (jsdom here)', () => {
    expect(sanitizeLink('/billing')).toBe(`${location.origin}/billing`);
  });

  it('http on localhost can be refused', () => {
    expect(sanitizeLink('http://localhost/x', { allowHttpLocalhost: false })).toBeUndefined();
  });

  it('allowedOrigins: exact origins, *.wildcards, and the base origin', () => {
    const policy = { baseUrl: 'https://app.example.com', allowedOrigins: ['https://billing.stripe.com', 'https://*.example.org'] };
    expect(sanitizeLink('https://billing.stripe.com/p/session/1', policy)).toBe('https://billing.stripe.com/p/session/1');
    expect(sanitizeLink('https://evil.com/billing', policy)).toBeUndefined();
    expect(sanitizeLink('https://billing.stripe.com.evil.com/', policy)).toBeUndefined();
    expect(sanitizeLink('https://pay.example.org/x', policy)).toBe('https://pay.example.org/x');
    expect(sanitizeLink('https://example.org.evil.com/x', policy)).toBeUndefined();
    expect(sanitizeLink('https://app.example.com/settings', policy)).toBe('https://app.example.com/settings');
    expect(sanitizeLink('/settings', policy)).toBe('https://app.example.com/settings');
  });
});

describe('links in incidents', () => {
  it('explicit fields win over prose and map by name', () => {
    const i = parsePaymentRequired({
      status: 402,
      body: {
        message: 'See https://example.com/billing/credits or https://example.com/pricing and https://docs.example.com/errors/402, or email https://example.com/contact',
        billing_portal_url: 'https://billing.example.com/session',
        portal_url: 'https://ignored.example.com',
      },
    });
    expect(i?.links).toEqual({
      billingPortal: 'https://billing.example.com/session',
      upgrade: 'https://example.com/pricing',
      docs: 'https://docs.example.com/errors/402',
      support: 'https://example.com/contact',
    });
  });

  it('a bare url field is the billing page; policy applies to all', () => {
    const body = { error: { code: 'insufficient_credits', url: 'https://pay.example.com/top-up', support_url: 'https://help.example.com' } };
    expect(parsePaymentRequired({ status: 402, body })?.links).toEqual({ billingPortal: 'https://pay.example.com/top-up', support: 'https://help.example.com/' });
    expect(parsePaymentRequired({ status: 402, body }, { links: { allowedOrigins: ['https://help.example.com'], baseUrl: 'https://app.example.com' } })?.links).toEqual({
      support: 'https://help.example.com/',
    });
  });

  it('relative links from the server', () => {
    const i = parsePaymentRequired({ status: 402, body: { code: 'plan_required', upgrade_url: '/settings/plan' } }, { links: { baseUrl: 'https://app.example.com' } });
    expect(i?.links.upgrade).toBe('https://app.example.com/settings/plan');
  });

  it('linkKind and linksInText', () => {
    expect(linkKind(' upgrade url ')).toBe('upgrade');
    expect(linkKind(' billing portal url ')).toBe('billingPortal');
    expect(linkKind(' doc url ')).toBe('docs');
    expect(linkKind(' request log url ')).toBeUndefined();
    expect(linksInText('Top up at https://example.com/x.')).toEqual({ billingPortal: 'https://example.com/x' });
    expect(linksInText('Read (https://example.com/faq).')).toEqual({ docs: 'https://example.com/faq' });
  });
});
