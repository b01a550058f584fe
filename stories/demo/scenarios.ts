/**
 * What the demo's mocked API answers while the account has a billing problem. Bodies and
 * headers are copied from test/fixtures/402/fixtures.json (real responses, or built from
 * a vendor's documented shape where marked `synthesized`), with ids and URLs adapted to the demo.
 */

/** One mocked 402: status, headers and body, as the server sends them. */
export interface MockPaymentRequired {
  status: 402;
  headers: Record<string, string>;
  /** JSON value, or a string sent as is. */
  body: unknown;
}

/** How the user gets out of the scenario in the demo. */
export type ScenarioFix = 'update-payment' | 'upgrade' | 'wait' | 'pay' | 'support';

/** Names of the demo scenarios (the story's `scenario` control). */
export type ScenarioId =
  | 'card_declined'
  | 'insufficient_funds'
  | 'no_card'
  | 'expired_card'
  | 'subscription_past_due'
  | 'upgrade_required'
  | 'quota'
  | 'x402'
  | 'l402'
  | 'unknown';

export interface Scenario {
  id: ScenarioId;
  /** Label in the scenario control. */
  label: string;
  /** Which fixture the response comes from. */
  fixture: string;
  fix: ScenarioFix;
  /** The response while the problem lasts; `secondsLeft` is for quota scenarios. */
  respond: (context: { url: string; secondsLeft: number; now: number }) => MockPaymentRequired;
}

const json = { 'content-type': 'application/json' };

export const scenarios: Record<ScenarioId, Scenario> = {
  card_declined: {
    id: 'card_declined',
    label: 'Card declined (generic decline)',
    fixture: 'stripe-card-declined-generic-decline',
    fix: 'update-payment',
    respond: () => ({
      status: 402,
      headers: json,
      body: {
        error: {
          message: 'Your card was declined.',
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'generic_decline',
          charge: 'ch_1A6og3EKzP5C7dKHbsJ4insn',
        },
      },
    }),
  },
  insufficient_funds: {
    id: 'insufficient_funds',
    label: 'Card declined (insufficient funds)',
    fixture: 'stripe card_error (docs shape, synthesized)',
    fix: 'update-payment',
    respond: () => ({
      status: 402,
      headers: { ...json, 'request-id': 'req_8Hc2pQzKx1Lm3N' },
      body: {
        error: {
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          doc_url: 'https://stripe.com/docs/error-codes/card-declined',
          message: 'Your card has insufficient funds.',
          type: 'card_error',
          charge: 'ch_3PqL8x2eZvKYlo2C0n4m5b6V',
          payment_method: { id: 'pm_1PqL7w2eZvKYlo2C', type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 8, exp_year: 2027 } },
        },
      },
    }),
  },
  no_card: {
    id: 'no_card',
    label: 'No card on file',
    fixture: 'stripe-legacy-missing-card',
    fix: 'update-payment',
    respond: () => ({
      status: 402,
      headers: json,
      body: { error: { type: 'card_error', code: 'missing', param: 'card', message: 'Cannot charge a customer that has no active card' } },
    }),
  },
  expired_card: {
    id: 'expired_card',
    label: 'Expired card',
    fixture: 'stripe card_error expired_card (docs shape, synthesized)',
    fix: 'update-payment',
    respond: () => ({
      status: 402,
      headers: json,
      body: {
        error: {
          code: 'expired_card',
          decline_code: 'expired_card',
          doc_url: 'https://stripe.com/docs/error-codes/expired-card',
          message: 'Your card has expired.',
          param: 'exp_month',
          type: 'card_error',
          payment_method: { id: 'pm_1Oa9Zt2eZvKYlo2C', type: 'card', card: { brand: 'mastercard', last4: '4444', exp_month: 3, exp_year: 2025 } },
        },
      },
    }),
  },
  subscription_past_due: {
    id: 'subscription_past_due',
    label: 'Subscription past due',
    fixture: 'saas-subscription-past-due',
    fix: 'update-payment',
    respond: () => ({
      status: 402,
      headers: json,
      body: {
        error: {
          code: 'subscription_past_due',
          message: 'Your subscription payment failed. Update your payment method to restore access.',
          subscription: {
            status: 'past_due',
            plan: 'pro',
            current_period_end: 1751328000,
            grace_period_ends_at: '2025-07-08T00:00:00Z',
          },
          billing_portal_url: 'https://billing.stripe.com/p/session/test_SYNTHETIC',
        },
      },
    }),
  },
  upgrade_required: {
    id: 'upgrade_required',
    label: 'Upgrade required (plan limit)',
    fixture: 'saas-feature-requires-plan',
    fix: 'upgrade',
    respond: () => ({
      status: 402,
      headers: json,
      body: {
        error: {
          type: 'plan_upgrade_required',
          message: 'Unlimited projects are available on the Business plan.',
          feature: 'unlimited_projects',
          current_plan: { id: 'team', name: 'Team' },
          required_plan: { id: 'business', name: 'Business' },
          upgrade_url: 'https://app.example.com/settings/billing?plan=business',
        },
      },
    }),
  },
  quota: {
    id: 'quota',
    label: 'Quota exceeded (Retry-After)',
    fixture: 'saas-quota-exceeded-ratelimit-headers',
    fix: 'wait',
    respond: ({ secondsLeft, now }) => ({
      status: 402,
      headers: {
        'content-type': 'application/problem+json',
        date: new Date(now).toUTCString(),
        'retry-after': String(secondsLeft),
        'ratelimit-policy': '"monthly";q=10000;qu="requests";w=2592000, "burst";q=100;w=60',
        ratelimit: `"monthly";r=0;t=${secondsLeft}`,
      },
      body: {
        type: 'https://iana.org/assignments/http-problem-types#quota-exceeded',
        title: 'Request cannot be satisfied as assigned quota has been exceeded',
        status: 402,
        detail: 'You have used 10000 of 10000 requests included in the Free plan this month.',
        'violated-policies': ['monthly'],
        plan: 'free',
        upgrade_url: 'https://app.example.com/billing/upgrade',
      },
    }),
  },
  x402: {
    id: 'x402',
    label: 'x402 micropayment (USDC)',
    fixture: 'x402-v1-spec-payment-required',
    fix: 'pay',
    respond: ({ url }) => ({
      status: 402,
      headers: json,
      body: {
        x402Version: 1,
        error: 'X-PAYMENT header is required',
        accepts: [
          {
            scheme: 'exact',
            network: 'base-sepolia',
            maxAmountRequired: '10000',
            asset: '0x036CbD53842c5426634e7929541eC2318f3dCF7e',
            payTo: '0x209693Bc6afc0C5328bA36FaF03C514EF312287C',
            resource: url,
            description: 'Access to premium project data',
            mimeType: 'application/json',
            outputSchema: null,
            maxTimeoutSeconds: 60,
            extra: { name: 'USDC', version: '2' },
          },
        ],
      },
    }),
  },
  l402: {
    id: 'l402',
    label: 'L402 micropayment (Lightning)',
    fixture: 'l402-lsat-www-authenticate',
    fix: 'pay',
    respond: ({ now }) => ({
      status: 402,
      headers: {
        date: new Date(now).toUTCString(),
        'www-authenticate':
          'LSAT macaroon="AGIAJEemVQUTEyNCR0exk7ek90Cg==", invoice="lnbc1500n1pw5kjhmpp5fu6xhthlt2vucmzkx6c7wtlh2r625r30cyjsfqhu8rsx4xpz5lwqdpa2fjkzep6yptksct5yp5hxgrrv96hx6twvusycn3qv9jx7ur5d9hkugr5dusx6cqzpgxqr23s79ruapxc4j5uskt4htly2salw4drq979d7rcela9wz02elhypmdzmzlnxuknpgfyfm86pntt8vvkvffma5qc9n50h4mvqhngadqy3ngqjcym5a"',
      },
      body: '',
    }),
  },
  unknown: {
    id: 'unknown',
    label: 'Unknown (plain text 402)',
    fixture: 'plain-text-402',
    fix: 'support',
    respond: () => ({ status: 402, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Payment Required' }),
  },
};

/** Scenario ids in the order the control lists them. */
export const scenarioIds = Object.keys(scenarios) as ScenarioId[];
