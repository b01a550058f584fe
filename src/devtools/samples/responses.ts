/**
 * 402 responses as real servers send them, one function a case: bodies and headers follow
 * test/fixtures/402/fixtures.json (real responses, or a vendor's documented shape where that
 * file marks them `synthesized`), with ids and URLs of an imaginary SaaS.
 */
import type { PaymentMethodSummary } from '../../core/types';
import { sampleExpiredMastercard, sampleVisa } from './cards';

/** A 402 as the server sends it: status, headers and the decoded body (a JSON value, or text sent as is). */
export interface SampleResponse {
  status: 402;
  headers: Record<string, string>;
  body: unknown;
}

/** What a response may depend on: the URL asked for, seconds until a quota resets, the time now (ms). */
export interface SampleRequest {
  url: string;
  secondsLeft: number;
  now: number;
}

/** Answers a request with a 402. */
export type SampleResponder = (request: SampleRequest) => SampleResponse;

function json(body: unknown, headers: Record<string, string> = {}): SampleResponse {
  return { status: 402, headers: { 'content-type': 'application/json', ...headers }, body };
}

/** A card as Stripe's API shows a payment method. */
function stripePaymentMethod(id: string, card: PaymentMethodSummary) {
  return { id, type: 'card', card: { brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear } };
}

/** Stripe `card_declined` / `generic_decline` (real). */
export const cardDeclinedResponse: SampleResponder = () =>
  json({
    error: {
      message: 'Your card was declined.',
      type: 'card_error',
      code: 'card_declined',
      decline_code: 'generic_decline',
      charge: 'ch_1A6og3EKzP5C7dKHbsJ4insn',
    },
  });

/** Stripe `card_declined` / `insufficient_funds`, with the card on file (docs shape). */
export const insufficientFundsResponse: SampleResponder = () =>
  json(
    {
      error: {
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        message: 'Your card has insufficient funds.',
        type: 'card_error',
        charge: 'ch_3PqL8x2eZvKYlo2C0n4m5b6V',
        payment_method: stripePaymentMethod('pm_1PqL7w2eZvKYlo2C', sampleVisa),
      },
    },
    { 'request-id': 'req_8Hc2pQzKx1Lm3N' },
  );

/** Stripe's legacy `missing`: no card on the customer (real). */
export const noCardResponse: SampleResponder = () =>
  json({ error: { type: 'card_error', code: 'missing', param: 'card', message: 'Cannot charge a customer that has no active card' } });

/** Stripe `expired_card`, with the card on file (docs shape). */
export const expiredCardResponse: SampleResponder = () =>
  json({
    error: {
      code: 'expired_card',
      decline_code: 'expired_card',
      doc_url: 'https://stripe.com/docs/error-codes/expired-card',
      message: 'Your card has expired.',
      param: 'exp_month',
      type: 'card_error',
      payment_method: stripePaymentMethod('pm_1Oa9Zt2eZvKYlo2C', sampleExpiredMastercard),
    },
  });

/** A SaaS API's past-due subscription, with a billing-portal link. */
export const subscriptionPastDueResponse: SampleResponder = () =>
  json({
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
  });

/** A SaaS plan gate: unlimited projects need the Business plan. */
export const upgradeRequiredResponse: SampleResponder = () =>
  json({
    error: {
      type: 'plan_upgrade_required',
      message: 'Unlimited projects are available on the Business plan.',
      feature: 'unlimited_projects',
      current_plan: { id: 'team', name: 'Team' },
      required_plan: { id: 'business', name: 'Business' },
      upgrade_url: 'https://app.example.com/settings/billing?plan=business',
    },
  });

/** RFC 9457 quota-exceeded problem details, with `Retry-After` and RateLimit headers. */
export const quotaExceededResponse: SampleResponder = ({ secondsLeft, now }) => ({
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
});

/** An x402 v1 challenge: 0.01 USDC on Base Sepolia for the URL asked for. */
export const x402Response: SampleResponder = ({ url }) =>
  json({
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
  });

/** An L402 (LSAT) challenge: a 150 sat Lightning invoice in `WWW-Authenticate`, no body. */
export const l402Response: SampleResponder = ({ now }) => ({
  status: 402,
  headers: {
    date: new Date(now).toUTCString(),
    'www-authenticate':
      'LSAT macaroon="AGIAJEemVQUTEyNCR0exk7ek90Cg==", invoice="lnbc1500n1pw5kjhmpp5fu6xhthlt2vucmzkx6c7wtlh2r625r30cyjsfqhu8rsx4xpz5lwqdpa2fjkzep6yptksct5yp5hxgrrv96hx6twvusycn3qv9jx7ur5d9hkugr5dusx6cqzpgxqr23s79ruapxc4j5uskt4htly2salw4drq979d7rcela9wz02elhypmdzmzlnxuknpgfyfm86pntt8vvkvffma5qc9n50h4mvqhngadqy3ngqjcym5a"',
  },
  body: '',
});

/** A bare plain-text 402 nobody can classify. */
export const plainTextResponse: SampleResponder = () => ({
  status: 402,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Payment Required',
});
