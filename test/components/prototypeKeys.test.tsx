import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import type { IncidentEvent } from '../../src/core/events';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { PaymentRequiredHost } from '../../src/components/PaymentRequiredHost';
import { loadMicropaymentPrompt } from '../../src/components/micropayment/loadMicropaymentPrompt';
import { CardOnFile } from '../../src/components/update-payment/CardOnFile';
import { brandName } from '../../src/components/update-payment/cardDisplay';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';

// A hostile server puts names of Object.prototype members wherever it sends text. Before the
// fix, `brand: "__proto__"` rendered Object.prototype as a React child and unmounted the app.

const FUNCTION_OR_OBJECT_TEXT = /function\s*\w*\s*\(|native code|\[object \w+\]/i;

describe('card brand named like an Object.prototype member', () => {
  it.each([
    ['__proto__', '__proto__'],
    ['--proto--', '--proto--'],
    [' __PROTO__ ', '__PROTO__'],
    ['constructor', 'Constructor'],
    ['toString', 'ToString'],
    ['hasOwnProperty', 'HasOwnProperty'],
  ])('%j is shown as the server wrote it', (brand, shown) => {
    expect(brandName(brand)).toBe(shown);
    render(<CardOnFile paymentMethod={{ brand, last4: '4242', expMonth: 12, expYear: 2099 }} />);
    expect(screen.getByText(shown)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(FUNCTION_OR_OBJECT_TEXT);
  });

  it('a brand that is not a string is ignored', () => {
    expect(brandName({} as unknown as string)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Property: prototype names in every server-text field of every body shape, rendered by the host.

const NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
];
const VARIANTS: ((name: string) => string)[] = [
  (n) => n,
  (n) => n.toUpperCase(),
  (n) => n.toLowerCase(),
  (n) => ` ${n} `,
  (n) => n.replace(/_/g, '-'),
  (n) => n.replace(/_/g, ' '),
  (n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}`,
  (n) => n.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase(),
];

const soon = () => new Date(Date.now() + 60_000).toISOString();

/** One body per shape the parser reads, with `n` in each field that ends up as text. */
const BODIES: Record<string, (n: string) => { body: unknown; headers?: Record<string, string> }> = {
  stripeCard: (n) => ({
    body: {
      error: {
        type: 'card_error',
        code: n,
        decline_code: n,
        message: n,
        payment_method: { card: { brand: n, display_brand: n, last4: '4242', exp_month: 1, exp_year: 2030 } },
      },
    },
  }),
  problemUpgrade: (n) => ({
    headers: { 'content-type': 'application/problem+json' },
    body: { type: n, title: n, detail: n, feature: n, current_plan: { id: n, name: n }, required_plan: { id: n, name: n }, [n]: n },
  }),
  upgrade: (n) => ({ body: { error: 'upgrade_required', message: n, required_plan: n, current_plan: n, required_feature: n } }),
  quota: (n) => ({
    headers: { 'retry-after': '30' },
    body: { error: { code: 'quota_exceeded', message: n, reason: n }, quota: { limit: 10, used: 10, unit: n, resets_at: soon() } },
  }),
  x402: (n) => ({
    body: {
      x402Version: 1,
      error: n,
      accepts: [
        { scheme: n, network: n, maxAmountRequired: '1000', resource: n, description: n, payTo: n, asset: n, extra: { name: n, decimals: 6 } },
      ],
    },
  }),
  l402: (n) => ({ headers: { 'www-authenticate': `L402 macaroon="${n}", invoice="${n}"` }, body: n }),
  subscription: (n) => ({ body: { error: { code: 'subscription_inactive', status: n, message: n }, subscription: { status: n } } }),
  keysAndValues: (n) => ({ body: { [n]: n, reason: n, code: n, detail: { [n]: n, message: n } } }),
  text: (n) => ({ body: n }),
  html: (n) => ({ body: `<html><head><title>${n} &${n.trim()}; &amp;</title></head><body>${n}</body></html>` }),
};

// The provider below passes onPay, so on a page the micropayment prompt's chunk is requested at
// mount, long before a 402; here it is in memory before the synchronous checks.
beforeAll(async () => {
  await loadMicropaymentPrompt();
});

function renderHost(onIncident: (event: IncidentEvent) => void) {
  const client = createQueryClient();
  const view = render(
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false} locale="en" onIncident={onIncident} onUpdatePayment={() => {}} onUpgrade={() => {}} onPay={() => {}}>
        <p>app content</p>
        <PaymentRequiredHost />
      </PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  return { client, view };
}

test('prototype names in every server-text field of a 402 never break the host nor render as functions or objects', () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...VARIANTS),
        fc.constantFrom(...Object.keys(BODIES)),
        (name, variant, shape) => {
          errors.mockClear();
          const text = variant(name);
          const { body, headers } = BODIES[shape]!(text);
          const incident = parsePaymentRequired({ status: 402, body, headers, url: 'https://api.example.com/items' });
          expect(incident).not.toBeNull();
          const events: IncidentEvent[] = [];
          const { client, view } = renderHost((event) => events.push(event));
          try {
            act(() => {
              getPaymentRequiredClient(client).store.report(incident!);
            });
            expect(screen.getByText('app content')).toBeInTheDocument();
            expect(screen.getByRole('dialog')).toBeInTheDocument();
            expect(document.body.textContent).not.toMatch(FUNCTION_OR_OBJECT_TEXT);
            // The prompt itself rendered: no render error was caught and reported.
            expect(events.map((event) => event.type)).toEqual(['shown']);
            expect(errors).not.toHaveBeenCalled();
          } finally {
            view.unmount();
          }
        },
      ),
      { numRuns: 130, seed: 402 },
    );
  } finally {
    errors.mockRestore();
    warnings.mockRestore();
  }
  // A ceiling against a hang on a loaded machine, not an assertion about speed.
}, 120_000);
