import { describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/parse/classify';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { paymentRequiredIncidentSchema } from '../../src/core/schema';
import { words } from '../../src/core/text';
import type { PaymentRequiredReason } from '../../src/core/types';

const reasonOf = (body: unknown, headers?: Record<string, string>) => {
  const incident = parsePaymentRequired({ status: 402, body, headers });
  expect(paymentRequiredIncidentSchema.safeParse(incident).error).toBeUndefined();
  return incident?.reason;
};

describe('unseen vendors (bodies not in the fixtures)', () => {
  const cases: [string, unknown, PaymentRequiredReason][] = [
    ['SCREAMING_CASE code', { error: { code: 'INSUFFICIENT_CREDITS', message: 'Request failed' } }, 'quota_exceeded'],
    ['PascalCase code', { errorCode: 'PlanLimitReached' }, 'quota_exceeded'],
    ['camelCase code', { code: 'subscriptionExpired', message: 'Access denied' }, 'subscription_inactive'],
    ['kebab-case code', { error: 'card-declined' }, 'payment_failed'],
    ['card vs prepaid: insufficient funds on a card', { message: 'Your card has insufficient funds.' }, 'payment_failed'],
    ['card vs prepaid: insufficient balance', { message: 'Insufficient balance. Please top up your account.' }, 'quota_exceeded'],
    ['prepaid wallet funds', { message: 'Insufficient funds in your wallet balance, please top up to continue.' }, 'quota_exceeded'],
    ['DeepSeek', { error: { message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' } }, 'quota_exceeded'],
    ['Gemini status', { error: { code: 402, message: 'Request failed', status: 'RESOURCE_EXHAUSTED' } }, 'quota_exceeded'],
    ['Deepgram', { err_code: 'ASR_PAYMENT_REQUIRED', err_msg: 'Project does not have enough credits for an ASR request', request_id: 'x' }, 'quota_exceeded'],
    ['no card on file', { error: { code: 'no_payment_method', message: 'Add a payment method to continue.' } }, 'payment_method_required'],
    ['prose: add a card', 'Please add a credit card to your account before using the API.', 'payment_method_required'],
    ['expired card prose', { message: 'The card on file has expired. Please update it.' }, 'payment_method_invalid'],
    ['bad CVC', { errors: [{ code: 'invalid_cvc', detail: 'The security code is invalid.' }] }, 'payment_method_invalid'],
    ['unsupported card', { error: 'This card type is not supported.' }, 'payment_method_invalid'],
    // Nothing was ever paid: the way on is choosing a paid plan, not renewing (docs/classification.md).
    ['trial ended', { message: 'Your free trial has ended.' }, 'upgrade_required'],
    ['canceled subscription', { detail: 'Subscription cancelled on 2024-03-01' }, 'subscription_inactive'],
    ['no active subscription', { message: 'This workspace has no active subscription.' }, 'subscription_inactive'],
    ['unpaid invoice', { message: 'Your account has an unpaid invoice. Access is restricted.' }, 'subscription_inactive'],
    ['plan gating', { message: 'Custom domains are not available on your current plan.' }, 'upgrade_required'],
    ['requires plan', { message: 'This endpoint requires the Enterprise plan.' }, 'upgrade_required'],
    ['plan does not include', { error: { message: "Your plan doesn't include API access." } }, 'upgrade_required'],
    ['premium feature', { reason: 'premium_feature' }, 'upgrade_required'],
    ['monthly limit', { message: "You've reached your monthly limit of 1,000 requests." }, 'quota_exceeded'],
    ['usage quota', { error: { type: 'usage_limit_exceeded', message: 'Usage limit exceeded, resets at midnight UTC' } }, 'quota_exceeded'],
    ['out of tokens', { message: 'You are out of tokens for this billing period.' }, 'quota_exceeded'],
    ['payment failed', { message: 'We could not charge your card. Payment failed.' }, 'payment_failed'],
    ['declined with remedy', { message: 'Payment declined by issuer. Please use a different card.' }, 'payment_failed'],
    // A processing fault names no cause the user can act on (Stripe: "try again"), unlike a decline.
    ['processing error', { code: 'PROCESSING_ERROR' }, 'unknown'],
    ['billing system down', { message: 'Internal error in the billing service, please retry later.' }, 'unknown'],
    ['billing provider outage', { code: 'BILLING_SERVICE_UNAVAILABLE' }, 'unknown'],
    ['pay per request', { message: 'This endpoint is pay-per-request. Send a payment to continue.' }, 'micropayment_required'],
    ['JSON:API errors', { errors: [{ status: '402', code: 'credits_exhausted', title: 'Credits exhausted' }] }, 'quota_exceeded'],
    ['Shopify frozen shop', { errors: 'Shop is frozen' }, 'subscription_inactive'],
    ['nothing to go on', { error: 'Payment Required' }, 'unknown'],
    ['spending cap', { message: 'Spending cap reached for this project.' }, 'quota_exceeded'],
    ['not enough tokens', { message: 'Not enough tokens left to run this job.' }, 'quota_exceeded'],
    ['OpenAI-style quota wording', { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota' } }, 'quota_exceeded'],
    ['card with insufficient balance', { message: 'The card has insufficient balance.' }, 'payment_failed'],
    ['3DS', { message: '3D Secure authentication failed for this charge.' }, 'payment_failed'],
    ['payment overdue', { message: 'Payment overdue: service suspended.' }, 'subscription_inactive'],
    ['non-payment', { message: 'Account locked due to non-payment.' }, 'subscription_inactive'],
    ['paid accounts only', { message: 'This model is only available to paid accounts.' }, 'upgrade_required'],
    ['free tier denied', { message: 'Free tier users cannot access this model.' }, 'upgrade_required'],
    ['needs pro account', { message: 'You need a Pro account to use this.' }, 'upgrade_required'],
  ];
  it.each(cases)('%s', (_name, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });

  it('structured codes win over message keywords', () => {
    expect(reasonOf({ code: 'subscription_past_due', message: 'Your card was declined.' })).toBe('subscription_inactive');
    expect(reasonOf({ error: { type: 'card_error', code: 'expired_card', message: 'Your credits ran out' } })).toBe('payment_method_invalid');
  });

  it('x402 and headers win over the body', () => {
    expect(reasonOf({ message: 'Your card was declined' }, { 'www-authenticate': 'L402 macaroon="m", invoice="lnbc10u1xyz"' })).toBe('micropayment_required');
  });
});

describe('classifyText', () => {
  it('earliest match wins: the problem before the remedy', () => {
    expect(classifyText(words('Credit limit exceeded. Upgrade your plan for more.'))).toBe('quota_exceeded');
    expect(classifyText(words('Upgrade to Pro to get more credits.'))).toBe('upgrade_required');
  });

  it('"credit card" is not credits', () => {
    expect(classifyText(words('Your credit card was declined'))).toBe('payment_failed');
    expect(classifyText(words('Your credit card has expired'))).toBe('payment_method_invalid');
  });

  it('splits camelCase, snake_case, kebab-case and SCREAMING_CASE', () => {
    expect(words('subscriptionExpired')).toBe(' subscription expired ');
    expect(words('INSUFFICIENT_CREDITS')).toBe(' insufficient credits ');
    expect(words('card-declined')).toBe(' card declined ');
  });

  it('returns undefined when nothing matches', () => {
    expect(classify(['PAYMENT_REQUIRED'], ['Payment required'])).toBeUndefined();
    expect(classify()).toBeUndefined();
  });
});

describe('issue 13 probes: real vendor wording', () => {
  it("Stripe's no-card error as it is sent (invalid_request_error, code missing)", () => {
    const body = { error: { type: 'invalid_request_error', code: 'missing', message: 'This customer has no attached payment source or default payment method.' } };
    expect(reasonOf(body)).toBe('payment_method_required');
    expect(reasonOf({ error: { type: 'invalid_request_error', message: 'This customer has no attached payment source or default payment method.' } })).toBe('payment_method_required');
  });

  it('a non-conforming x402 body (decimal amount, asset symbol, no error, an extra field) asks for a micropayment', () => {
    const body = { accepts: [{ scheme: 'exact', network: 'base', amount: '0.01', asset: 'USDC', payTo: '0xabc' }], payer: '0x9', price: '$0.01' };
    const incident = parsePaymentRequired({ status: 402, body });
    expect(incident).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'x402', amount: '0.01', asset: 'USDC' } });
  });

  it('text and platform pages that say an account or deployment is disabled for non-payment', () => {
    expect(reasonOf('402: PAYMENT_REQUIRED\nCode: DEPLOYMENT_DISABLED\nID: iad1::abc')).toBe('subscription_inactive');
    expect(reasonOf('This account has been disabled due to non-payment.')).toBe('subscription_inactive');
    expect(reasonOf('<html><head><title>Site suspended</title></head><body>This site has been suspended for an unpaid invoice.</body></html>')).toBe('subscription_inactive');
  });

  it('a stated cause wins over the state it caused', () => {
    expect(reasonOf({ code: 'blocked_account', text: 'Your account is blocked due to insufficient credit balance' })).toBe('quota_exceeded');
    expect(reasonOf('This site was paused as it reached its usage limits.')).toBe('quota_exceeded');
    expect(reasonOf('Your account was suspended because of an unpaid invoice.')).toBe('subscription_inactive');
  });

  it('a billing problem with no stated cause stays unknown', () => {
    expect(reasonOf({ object: 'error', message: 'There is a billing issue with your account.', type: 'billing_error' })).toBe('unknown');
  });
});

describe('wording other vendors use (rules meant to generalise, issue 13)', () => {
  const cases: [string, unknown, PaymentRequiredReason][] = [
    ['Square CVV failure', { errors: [{ category: 'PAYMENT_METHOD_ERROR', code: 'CVV_FAILURE', detail: "Authorization error: 'CVV_FAILURE'" }] }, 'payment_method_invalid'],
    ['Square AVS failure', { errors: [{ category: 'PAYMENT_METHOD_ERROR', code: 'ADDRESS_VERIFICATION_FAILURE' }] }, 'payment_method_invalid'],
    ['Square transaction limit', { errors: [{ category: 'PAYMENT_METHOD_ERROR', code: 'TRANSACTION_LIMIT' }] }, 'payment_failed'],
    ['a limit code explained as the card’s', { error: { code: 'DAILY_LIMIT_EXCEEDED', message: "This transaction would exceed the card's daily limit" } }, 'payment_failed'],
    ['Adyen refusal with a card reason', { resultCode: 'Refused', refusalReason: 'Expired Card' }, 'payment_method_invalid'],
    ['Adyen refusal with a balance reason stays a refusal', { resultCode: 'Refused', refusalReason: 'Not enough balance' }, 'payment_failed'],
    ['a refusal in Spanish', { error: 'Pago rechazado por el emisor' }, 'payment_failed'],
    ['free allowance, add a card to go on', { detail: 'Free time limit reached. Please set up billing to continue.' }, 'payment_method_required'],
    ['paid allowance, top up', { detail: 'Monthly limit reached. Please top up your balance.' }, 'quota_exceeded'],
    ['complete payment information', { message: 'Please complete your payment information to continue.' }, 'payment_method_required'],
    ['a subscription without a card is a missing card', { error: { code: 'subscription_missing_payment_method' } }, 'payment_method_required'],
    ['cancelled account', { error: 'account_cancelled' }, 'subscription_inactive'],
    ['Slack paid teams only', { ok: false, error: 'paid_teams_only' }, 'upgrade_required'],
    ['free workspaces', { error: 'free_team_not_allowed' }, 'upgrade_required'],
    ['available on two plans', { message: 'This feature is available on Premium and Enterprise plans' }, 'upgrade_required'],
    ['needs to be on a plan', { message: 'You need to be on the Growth plan or above to use webhooks' }, 'upgrade_required'],
    ['evaluation licence', { message: 'Your evaluation license has expired' }, 'upgrade_required'],
    ['trial limit', { error: 'trial_limit_reached' }, 'upgrade_required'],
    ['no plan', { error: 'no_plan' }, 'upgrade_required'],
    ['service not enabled', { errors: [{ code: 'payment_required', message: 'DNS service not enabled' }] }, 'upgrade_required'],
    ['accept the extra charges', { message: 'accept charges', error: '402' }, 'upgrade_required'],
    ['hit a plan limit', { error: "You've hit your plan's limit of 1,000 builds" }, 'quota_exceeded'],
    ['spend reached', { error: 'max_monthly_spend_reached' }, 'quota_exceeded'],
    ['used up (as written)', { errors: [{ code: 'PAYMENT_REQUIRED', message: 'traffic has use up' }] }, 'quota_exceeded'],
    ['Deepgram code alone', { err_code: 'ASR_PAYMENT_REQUIRED' }, 'quota_exceeded'],
    ['a lapsed plan named by its tier', { message: 'Your Pro plan has expired. Renew to keep access.' }, 'subscription_inactive'],
    ['an overdue balance', { message: 'Your account balance is overdue' }, 'subscription_inactive'],
    ['Braintree gateway rejection', { status: 'gateway_rejected', message: 'Gateway Rejected: fraud' }, 'payment_failed'],
    ['payment information required', { error: 'Payment information required to create this service' }, 'payment_method_required'],
    ['trial accounts cannot', { message: 'Trial accounts cannot send messages to unverified numbers.' }, 'upgrade_required'],
    ['feature not enabled', { errors: [{ title: 'Feature not permitted', detail: 'This feature is not enabled for your account' }] }, 'upgrade_required'],
    ['over plan limits', { error: { message: 'Your team is over its Hobby plan limits' } }, 'quota_exceeded'],
    ['upgrade offered before a spent allowance', { message: 'Upgrade to continue - you have used all 10 free generations this month' }, 'quota_exceeded'],
    ['upgrade offered alone', { message: 'Upgrade your plan to increase your limits' }, 'upgrade_required'],
    ['a limit with words before "reached"', { message: 'Limit of 500 requests reached' }, 'quota_exceeded'],
    // A count of things the plan caps is no allowance that refills: only a bigger plan lifts it.
    ['a capped count', { message: 'Limit of 5 projects reached' }, 'upgrade_required'],
    ['a payment gateway outage is no decline', { message: 'Payment gateway unavailable, please retry later' }, 'unknown'],
    ['setup as one word', { message: 'Setup payment method to continue' }, 'payment_method_required'],
    ['no billing account', { message: 'This project has no billing account' }, 'payment_method_required'],
    ['a card that does not support the purchase', { message: 'Your card does not support this type of purchase.' }, 'payment_method_invalid'],
    ['a decline caused by the card', { message: 'The card was declined because the card has expired' }, 'payment_method_invalid'],
    ['a decline caused by a balance stays a decline', { message: 'Payment failed due to insufficient balance in the account' }, 'payment_failed'],
    ['a cancelled payment', { message: 'Payment was cancelled by the user' }, 'payment_failed'],
    ['unlock a feature', { message: 'Payment required to unlock this feature' }, 'upgrade_required'],
    ['no access on the plan', { message: 'You do not have access to this feature on your current plan' }, 'upgrade_required'],
    ['entitlement', { error: 'missing_entitlement' }, 'upgrade_required'],
    ['a frozen plan', { errors: "The shop's plan has been frozen" }, 'subscription_inactive'],
    ['a plan limit is an allowance', { error: 'plan_limit', limit: 1 }, 'quota_exceeded'],
    ['a plan limitation is a gate', { error: 'plan_limitation' }, 'upgrade_required'],
    // Round 2 of the corpus: billing set-up, plan gates, prepaid balances, processing faults.
    ['billing to be enabled', { message: 'This API requires billing to be enabled on your account.' }, 'payment_method_required'],
    ['billing not linked', { error: { message: 'Billing account for organization acme is not linked.' } }, 'payment_method_required'],
    ['billed accounts only', { message: 'Batch jobs are open to billed accounts only.' }, 'payment_method_required'],
    ['a spent quota and no card to bill the rest', { error: 'quota_exceeded_no_payment_method' }, 'payment_method_required'],
    ['a spent quota whose remedy is a card stays a quota', { message: 'Credits exhausted. Add a payment method to buy more.' }, 'quota_exceeded'],
    ['a disabled subscription', { error: { code: 'SubscriptionDisabled' } }, 'subscription_inactive'],
    ['a closed billing account', { message: 'This workspace is linked to a closed billing account.' }, 'subscription_inactive'],
    ['an account that is not open', { error: 'Account is not open' }, 'subscription_inactive'],
    ['a mandate no longer usable', { error: { reason: 'mandate_revoked' } }, 'payment_method_invalid'],
    ['a free tier switched off', { message: 'Free tier access disabled for this organization. Purchase a plan to continue.' }, 'upgrade_required'],
    ['limited by the plan', { message: 'Limited by your subscription' }, 'upgrade_required'],
    ['sign up for a paid product', { error: 'You must sign up for Pro to use this' }, 'upgrade_required'],
    ['a cap on how many exist is a plan gate', { code: 'limit_reached', message: 'You can have up to 5 projects on the Free plan.' }, 'upgrade_required'],
    ['the plan allows so many', { error: { code: 'resource_limit', message: 'Your plan allows 2 seats.' } }, 'upgrade_required'],
    ['a monthly allowance stays a quota', { code: 'limit_reached', message: 'You have used all 1,000 requests included in your plan this month.' }, 'quota_exceeded'],
    ['a system error is no decline', { message: 'A system error occurred, please try again' }, 'unknown'],
    ['a prepaid balance below the price', { error: 'insufficient_funds', wallet_balance: 1.2, price: 5 }, 'quota_exceeded'],
    ['a card that must be on file', { message: 'Your organization must have a payment method on file.' }, 'payment_method_required'],
    ['billing information incomplete', { error: 'billing_information_incomplete' }, 'payment_method_required'],
    ['no active subscription, said with a verb', { message: 'You do not have an active subscription.' }, 'subscription_inactive'],
    ['never subscribed, said with a verb', { message: 'The specified account does not have a subscription to this service.' }, 'upgrade_required'],
    ['a stablecoin deposit to a prepaid budget', { error: 'INSUFFICIENT_FUNDS', detail: 'Prepaid budget spent. Deposit USDC to continue.', balanceCents: 0 }, 'quota_exceeded'],
  ];
  it.each(cases)('%s', (_name, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });

  it("an HTML page's scripts and styles are code, not what it says", () => {
    const page = '<html><head><title>402</title><style>.upgrade-banner{color:red}</style><script>showBanner("upgrade your plan")</script></head><body>Payment Required</body></html>';
    expect(reasonOf(page)).toBe('unknown');
    expect(reasonOf(page.replace('Payment Required', 'This site was paused as it reached its usage limits'))).toBe('quota_exceeded');
  });

  it('a 503 page "Service Unavailable" is no plan gate', () => {
    expect(reasonOf('<html><head><title>503 Service Unavailable</title></head></html>')).toBe('unknown');
  });
});

describe('signals read beyond the message (issue 13)', () => {
  const parse = (status: number, body: unknown, headers?: Record<string, string>) =>
    parsePaymentRequired({ status, body, headers }, { statuses: [402, status] });

  it('a home-made chain payment request stays a per-request payment, with no version or full address', () => {
    const body = { paymentRequired: true, recipient: '0x…', chainId: 8453, amountWei: '1000000000000000', label: 'Premium access' };
    expect(parse(402, body)).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'x402' } });
    // `accepts[]` whose entries only name a scheme and a network is still an x402 challenge.
    const accepts = { accepts: [{ scheme: 'exact', network: 'base-sepolia', price: '$0.001' }], error: 'X-PAYMENT header is required' };
    expect(parse(402, accepts)).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'x402' } });
  });

  it('an x402 error that asks for a payment is no refusal; a facilitator reason is', () => {
    const accepts = [{ scheme: 'exact', network: 'base', maxAmountRequired: '1000', payTo: '0xabc', asset: '0xdef' }];
    expect(parse(402, { x402Version: 1, error: 'No payment provided', accepts })?.reason).toBe('micropayment_required');
    expect(parse(402, { x402Version: 1, error: 'insufficient_funds', accepts })).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'x402' } });
  });

  it('a Lightning invoice in the body without the L402 header still asks for a per-request payment', () => {
    const invoice = 'lnbc1500n1pw5kjhmpp5fu6xhthlt2vucmzkx6c7wtlh2r625r30cyjsfqhu8rsx4xpz5lwqdpa2fjkzep6yprkcmmzv9kzqsmj09c8gmmrw4e8yetwvdujq5n9va6kcct5d9hkucqzysdlghdpua7uvjjkcfj49psxtlqzkp5pdncffdfk2cp3mp76thrl29qhqgzufm503pjj96586n5w6edgw3n66j4rxxs707y4zdjuhyt6qqe5weu4';
    expect(parse(402, { invoice, macaroon: 'AGIAJEemVQUTEyNCR0exk7ek90Cg==' })).toMatchObject({
      reason: 'micropayment_required',
      micropayment: { protocol: 'l402', amount: '150', options: [{ invoice, macaroon: 'AGIAJEemVQUTEyNCR0exk7ek90Cg==' }] },
    });
    expect(parse(402, { invoice: 'INV-2024-001', message: 'Your invoice is overdue' })?.reason).toBe('subscription_inactive');
  });

  it('a per-request payment asked for in words only still opens the micropayment prompt', () => {
    expect(parse(402, 'x402 payment required: send 0.01 USDC on Base')).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'x402' } });
    expect(parse(402, { message: 'This endpoint requires an L402 payment' })).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'l402' } });
    // A facilitator's reason names the chain family inside a snake_case code.
    expect(parse(402, { error: 'invalid_exact_evm_payload_signature' })).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'x402' } });
    // A card settlement declined carries no per-request details.
    expect(parse(402, { error: 'settlement_declined', message: 'Settlement declined' })).toMatchObject({ reason: 'payment_failed' });
    expect(parse(402, { error: 'settlement_declined' })?.micropayment).toBeUndefined();
  });

  it('a code that names one of our reasons is a declaration no prose refines', () => {
    expect(parse(402, { reason: 'quota_exceeded', detail: 'Your card was declined' })?.reason).toBe('quota_exceeded');
    expect(parse(402, { reason: 'payment_failed', code: 'expired_card_retry', detail: 'declined because the card has expired' })?.reason).toBe('payment_failed');
    // `unknown` declares nothing: the text still decides.
    expect(parse(402, { status: 'unknown', error: 'insufficient credits' })?.reason).toBe('quota_exceeded');
  });

  it('a Payment-scheme network fault is no refused payment', () => {
    const body = { type: 'https://paymentauth.org/problems/network-error', title: 'Payment Network Unavailable', status: 402 };
    expect(parse(402, body)?.reason).toBe('unknown');
    expect(parse(402, { ...body, type: 'https://paymentauth.org/problems/verification-failed' })?.reason).toBe('payment_failed');
  });

  it('reads a nested plan object as the current and required plans', () => {
    const incident = parse(402, { error: 'payment_required', plan: { current: { id: 'free' }, required: { id: 'pro', name: 'Pro' } } });
    expect(incident).toMatchObject({ reason: 'upgrade_required', plan: { current: { id: 'free' }, required: { id: 'pro', name: 'Pro' } } });
    // Figures inside a plan object stay quota figures.
    expect(parse(402, { plan: { id: 'free', limit: 100, used: 100 } })?.quota).toMatchObject({ limit: 100, used: 100, remaining: 0 });
  });

  it('field lists under errors are messages (Rails)', () => {
    expect(parse(402, { errors: { base: ['Your subscription has expired'] } })?.reason).toBe('subscription_inactive');
    expect(parse(402, { errors: { card: ['Your card has expired'] } })?.reason).toBe('payment_method_invalid');
  });

  it('a stated prepaid balance is no per-request payment and no card decline', () => {
    const incident = parse(402, { error: 'INSUFFICIENT_FUNDS', detail: 'Prepaid budget spent. Deposit USDC to continue.', balanceCents: 0 });
    expect(incident?.micropayment).toBeUndefined();
    // Without a balance figure, insufficient funds stay a decline, and a stablecoin wallet's a refused per-request payment.
    expect(parse(402, { error: 'insufficient_funds' })?.reason).toBe('payment_failed');
    expect(parse(402, { error: 'insufficient_balance', message: 'Wallet has insufficient USDC balance' })).toMatchObject({
      reason: 'payment_failed',
      micropayment: { protocol: 'x402' },
    });
  });

  it('an x402-shaped body never opens the card modal, whatever type its error has', () => {
    const accepts = [{ scheme: 'exact', network: 'base', maxAmountRequired: '1000', payTo: '0xabc', asset: '0xdef' }];
    for (const error of [{ issues: [{ code: 'invalid_type', path: ['payload'] }], name: 'ZodError' }, ['bad'], 42, true, null, { type: 'card_error', code: 'expired_card' }]) {
      expect(parse(402, { x402Version: 1, error, accepts })?.micropayment?.protocol).toBe('x402');
    }
  });

  it('a challenge in another scheme that names an amount is a per-request payment; one without is not', () => {
    const h402 = { 'www-authenticate': 'h402 realm="shop", invoice_id="A1", amount="0.00001000", currency="BTC"' };
    expect(parse(402, { detail: { code: 'not_settled' } }, h402)).toMatchObject({
      reason: 'micropayment_required',
      micropayment: { protocol: 'payment-auth', amount: '0.00001000', currency: 'BTC' },
    });
    expect(parse(402, { error: 'Payment Required' }, { 'www-authenticate': 'Bearer realm="api"' })?.micropayment).toBeUndefined();
  });

  it('a code list is read as codes (Checkout.com error_codes)', () => {
    expect(parse(422, { request_id: 'r1', error_type: 'request_invalid', error_codes: ['card_expired'] })?.reason).toBe('payment_method_invalid');
    expect(parse(422, { request_id: 'r1', error_type: 'request_invalid', error_codes: ['amount_required'] })).toBeNull();
  });

  it('a 2xx JSON body is read only when it reports a failure', () => {
    expect(parse(200, { ok: false, error: 'paid_only' })?.reason).toBe('upgrade_required');
    expect(parse(200, { pspReference: 'p1', resultCode: 'Refused', refusalReason: 'Expired Card' })?.reason).toBe('payment_method_invalid');
    expect(parse(200, { Status: 'FAILED', ResultCode: '1', ResultMessage: 'Insufficient funds on the card' })?.reason).toBe('payment_failed');
    expect(parse(200, { results: [], status: 'REQUEST_DENIED', error_message: 'You must enable billing on this project' })?.reason).toBe('payment_method_required');
    expect(parse(200, { messages: [{ status: '9', 'error-text': 'Account quota exceeded' }] })?.reason).toBe('quota_exceeded');
    // A numeric result code other than 0 (success) reports a failure.
    expect(parse(200, { code: 1, msg: 'balance not enough' })?.reason).toBe('quota_exceeded');
    expect(parse(200, { code: 0, msg: 'ok', data: { balance: 0 } })).toBeNull();
    // Data, or a failure that names no billing cause, stays an ordinary response.
    expect(parse(200, { ok: true, tip: 'Upgrade to Pro for more seats' })).toBeNull();
    expect(parse(200, { items: [{ description: 'Card expired reminder' }], error: null })).toBeNull();
    expect(parse(200, { ok: false, error: 'channel_not_found' })).toBeNull();
    expect(parse(200, { approved: false, declineText: 'System Error, Please Try Again' })).toBeNull();
  });

  it('a Spanish message field is read', () => {
    expect(parse(402, { error: 'Payment Required', mensaje: 'Pago rechazado: el monto excede el cupo' })?.reason).toBe('payment_failed');
  });

  it('on another status, a stopped account counts only when billing is named', () => {
    const page = (p: string) => `<h1>This Account Has Been Suspended.</h1><p>${p}</p>`;
    expect(parse(200, page('Please contact the billing department.'))?.reason).toBe('subscription_inactive');
    expect(parse(200, page('Contact your hosting provider for more information.'))).toBeNull();
    expect(parse(509, '<title>Bandwidth Limit Exceeded</title><p>due to the site owner reaching his/her bandwidth limit.</p>')?.reason).toBe('quota_exceeded');
    expect(parse(503, '<title>Service Suspended</title><p>This service has been suspended by its owner.</p>')).toBeNull();
    expect(parse(403, { message: 'Account suspended' })).toBeNull();
    expect(parse(402, { message: 'Account suspended' })?.reason).toBe('subscription_inactive');
    expect(parse(403, { errors: 'Unavailable Shop' })?.reason).toBe('subscription_inactive');
    // Google: billing disabled on a project means no open billing account is linked; enabling it is the way on.
    expect(parse(403, { error: { code: 403, message: 'Billing is disabled for this project', status: 'PERMISSION_DENIED' } })?.reason).toBe('payment_method_required');
    expect(parse(403, { error: { message: 'The project to be billed is associated with a closed billing account.' } })?.reason).toBe('subscription_inactive');
    expect(parse(403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } })).toBeNull();
    // A 200 page is read only when it says something about billing; JSON data never is.
    expect(parse(200, '<h1>Welcome</h1>')).toBeNull();
    expect(parse(200, { message: 'Account suspended for non-payment' })).toBeNull();
  });
});

describe('wording that states the cause another way', () => {
  it('a card that asks for authentication, or a payment that did not go through, is a refused payment', () => {
    expect(reasonOf({ error: 'This card requires authentication before it can be charged.' })).toBe('payment_failed');
    expect(reasonOf({ message: "Your payment didn't go through. Please try again." })).toBe('payment_failed');
    expect(reasonOf({ error: { code: 'limit_exceeded', message: 'The amount exceeds your card limit.' } })).toBe('payment_failed');
  });

  it('a refusal code beside prose that names a broken card is the card', () => {
    expect(reasonOf({ code: 'PAYMENT_FAILED', error: 'Card expired.' })).toBe('payment_method_invalid');
    expect(reasonOf({ error: 'payment_method_failed', message: 'The payment method could not be verified.' })).toBe('payment_method_invalid');
    expect(reasonOf({ error: { code: 'invalid_cvc', message: 'The security code you typed is not correct.' } })).toBe('payment_method_invalid');
  });

  it('insufficient funds said in a sentence with no card in sight is a prepaid balance', () => {
    expect(reasonOf({ errors: [{ code: '4100', title: 'Insufficient funds', detail: 'Your account does not have enough funds for this request.' }] })).toBe('quota_exceeded');
    expect(reasonOf({ error: { code: 'insufficient_funds', message: 'Insufficient balance. Please add funds to continue.' } })).toBe('quota_exceeded');
    // With a card or a bank named, or a bare code, it stays a decline.
    expect(reasonOf({ message: 'Insufficient funds: the bank refused the charge.' })).toBe('payment_failed');
    expect(reasonOf({ error: 'insufficient_funds' })).toBe('payment_failed');
  });

  it('a per-minute window is throttling, not billing, on another status', () => {
    const body = { type: 'error', error: { type: 'rate_limit_error', message: 'Number of request tokens has exceeded your per-minute rate limit' } };
    expect(parsePaymentRequired({ status: 429, body }, { statuses: [402, 429] })).toBeNull();
  });

  it('a throttling type beside prose that states a billing fact: the prose decides', () => {
    const incident = parsePaymentRequired(
      { status: 429, body: { error: { type: 'rate_limit_error', message: 'Your subscription has expired. Renew it to continue.' } } },
      { statuses: [402, 429] },
    );
    expect(incident?.reason).toBe('subscription_inactive');
  });

  it('an account in arrears, or a bare unpaid state, is an unpaid bill', () => {
    expect(reasonOf({ error: { code: 'Arrearage', message: 'Access denied.' } })).toBe('subscription_inactive');
    expect(reasonOf({ error: { code: 'UNPAID' } })).toBe('subscription_inactive');
    // "Not paid or out of credits": the credits are what the user can act on.
    expect(reasonOf({ message: 'You have not paid or you are out of credits' })).toBe('quota_exceeded');
  });

  it('a cap on seats, members or projects is a plan limit only a bigger plan lifts', () => {
    expect(reasonOf({ error: { code: 'seat_limit_reached' } })).toBe('upgrade_required');
    expect(reasonOf({ error: { code: 'MAX_PROJECTS_REACHED' } })).toBe('upgrade_required');
    expect(reasonOf({ error: { code: 'PREMIUM_REQUIRED' } })).toBe('upgrade_required');
    expect(reasonOf({ error: 'Workspace has reached the maximum of 3 members on the Free plan.' })).toBe('upgrade_required');
    expect(reasonOf({ error: 'You have reached the limit of 5 boards. Upgrade to create more.' })).toBe('upgrade_required');
    expect(reasonOf({ code: 'LIMIT_REACHED', message: 'The upload exceeds the maximum file size for your plan.' })).toBe('upgrade_required');
    // A spent allowance is still a quota.
    expect(reasonOf({ error: { code: 'request_limit_reached' } })).toBe('quota_exceeded');
    expect(reasonOf({ error: 'You have reached the limit of 1000 requests this month.' })).toBe('quota_exceeded');
    expect(reasonOf({ error: 'Maximum of 50 free generations reached. Upgrade for more.' })).toBe('quota_exceeded');
  });

  it('overage refused and an empty wallet are spent allowances', () => {
    expect(reasonOf({ error: { code: 'OVERAGE_NOT_ALLOWED' } })).toBe('quota_exceeded');
    expect(reasonOf({ error: { code: 'wallet_empty' } })).toBe('quota_exceeded');
  });

  it('more ways to say no card is on file, a lapsed plan, or a plan gate', () => {
    expect(reasonOf({ message: 'Please link a payment method.' })).toBe('payment_method_required');
    expect(reasonOf({ message: 'Verify your account by adding a credit card.' })).toBe('payment_method_required');
    expect(reasonOf({ error: 'billing_setup_required' })).toBe('payment_method_required');
    expect(reasonOf({ message: 'Your account is in grace period. Please pay your invoice.' })).toBe('subscription_inactive');
    expect(reasonOf({ message: 'Access paused: your last payment failed.' })).toBe('subscription_inactive');
    expect(reasonOf({ message: 'Your license is no longer valid. Please renew.' })).toBe('subscription_inactive');
    expect(reasonOf({ message: 'You are on the free tier. This action requires Pro.' })).toBe('upgrade_required');
    expect(reasonOf({ message: 'Access to this content requires a premium membership.' })).toBe('upgrade_required');
    expect(reasonOf({ message: 'Your subscription level does not permit this request.' })).toBe('upgrade_required');
    expect(reasonOf({ error: 'tier_not_supported' })).toBe('upgrade_required');
    // Access revoked by someone is no unpaid bill.
    expect(reasonOf({ message: 'Access revoked by an administrator.' })).toBe('unknown');
  });

  it('a wrong card number, or authentication asked for a payment, is the card or a refusal', () => {
    expect(reasonOf({ message: 'Card number is incorrect.' })).toBe('payment_method_invalid');
    expect(reasonOf({ message: 'Authentication required for this payment (3DS).' })).toBe('payment_failed');
    expect(reasonOf({ error: 'payment_expired', message: 'The payment authorization has expired' })).toBe('payment_failed');
    expect(reasonOf({ message: 'Your payment method has expired' })).toBe('payment_method_invalid');
  });

  it('a payment proof refused in words stays in the micropayment prompt', () => {
    const refused = parsePaymentRequired({ status: 400, body: 'The provided preimage is invalid\n' }, { statuses: [402, 400] });
    expect(refused).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'l402' } });
    expect(parsePaymentRequired({ status: 402, body: { error: 'Payment signature did not verify' } })).toMatchObject({
      reason: 'payment_failed',
      micropayment: { protocol: 'x402' },
    });
    // A card refusal names no proof: no per-request details.
    expect(parsePaymentRequired({ status: 402, body: { error: 'Your payment was declined' } })?.micropayment).toBeUndefined();
  });

  it('an upstream error relayed as a JSON string is read', () => {
    const raw = JSON.stringify({ error: { code: '402', message: 'Insufficient account balance', type: 'insufficient_balance' } });
    expect(reasonOf({ error: { message: 'Provider returned error', code: 402, metadata: { raw } } })).toBe('quota_exceeded');
    // Broken or hostile JSON strings are text, never a crash.
    expect(reasonOf({ error: { message: 'Provider returned error', metadata: { raw: '{"error": ' } } })).toBe('unknown');
    const deep = JSON.stringify({ a: JSON.stringify({ b: JSON.stringify({ c: JSON.stringify({ d: JSON.stringify({ e: { code: 'insufficient_credits' } }) }) }) }) });
    expect(() => reasonOf({ raw: deep })).not.toThrow();
  });
});

describe('wording and fields from retired evaluation round 4 (each case in words of our own)', () => {
  const cases: [string, unknown, PaymentRequiredReason][] = [
    ['a paid balance too low', { message: 'This model requires paid balance. Your paid balance is insufficient, please top up.' }, 'quota_exceeded'],
    ['a positive balance required', { message: 'Scheduling is only available for accounts with a positive balance.' }, 'quota_exceeded'],
    ['an allocation consumed', { message: 'You have consumed the allocated trial usage.' }, 'quota_exceeded'],
    ['storage full', { error: 'insufficient_space' }, 'quota_exceeded'],
    ['not signed up for a service', { message: 'Your account is not signed up for this service.' }, 'upgrade_required'],
    ['no licences', { detail: "You don't have licenses for this request" }, 'upgrade_required'],
    ['a count of apps at the plan limit', { message: 'The number of projects has reached the limit of your subscription.' }, 'upgrade_required'],
    ['a trial over with a card as the way on', { error: 'Your free trial has expired. Please add a payment method.' }, 'payment_method_required'],
    ['a trial over with a plan to choose', { error: 'Your free trial has expired. Please choose a plan.' }, 'upgrade_required'],
    ['billing info not found', 'Could not find BillingInfo for this account', 'payment_method_required'],
    ['a billing address rejected', { message: 'Your billing address is invalid.' }, 'payment_method_invalid'],
    ['a gateway CVV rejection', { errors: { cvv: [{ message: 'Gateway Rejected: cvv' }] } }, 'payment_method_invalid'],
    ['not sufficient funds', { errorGroup: 'NOT_SUFFICIENT_FUNDS' }, 'payment_failed'],
    ['refer to issuer', { message: 'Denied by bank: refer to card issuer' }, 'payment_failed'],
    ['a rejected card payment code', { code: 'REJECT_CARD_PAYMENT', message: '한도 초과로 결제에 실패했습니다.' }, 'payment_failed'],
    ['a paused live mode', { title: 'Live Mode Paused' }, 'subscription_inactive'],
    ['a premium period over', 'Your premium period is over.', 'subscription_inactive'],
    ['Russian: not enough money on the account', { message: 'Не хватает средств на лицевом счету' }, 'quota_exceeded'],
  ];
  it.each(cases)('%s', (_name, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });

  it('a default page that says payment is required and the request failed is no refused payment', () => {
    expect(reasonOf('<html><head><title>402 Payment Required</title></head><body><h1>Payment Required</h1><p>The request could not be processed.</p></body></html>')).toBe('unknown');
  });

  it('messages under info, error_string, status_text, cause, suggestion and error_summary are read', () => {
    expect(reasonOf({ success: false, error: { code: 105, info: 'Your current subscription plan does not support this endpoint.' } })).toBe('upgrade_required');
    expect(reasonOf({ status: 'ERR', error: '103', error_string: 'not enough credit for this operation' })).toBe('quota_exceeded');
    expect(reasonOf({ status: 'ERROR', status_code: 7, status_text: 'Not enough credits' })).toBe('quota_exceeded');
    expect(reasonOf({ error_summary: 'path/insufficient_space/' })).toBe('quota_exceeded');
  });

  it('a 2xx that reports a denied transaction or an ERR status is read when opted in', () => {
    const opted = (body: unknown) => parsePaymentRequired({ status: 200, body }, { statuses: [402, 200] })?.reason ?? null;
    expect(opted({ transaction_status: 'deny', status_message: 'Denied by bank: refer to card issuer' })).toBe('payment_failed');
    expect(opted({ status: 'ERR', error_string: 'not enough credit' })).toBe('quota_exceeded');
    expect(opted({ transaction_status: 'settlement', status_message: 'Success' })).toBeNull();
  });
});

describe('wording and fields from retired evaluation round 5 (each case in words of our own)', () => {
  const cases: [string, unknown, PaymentRequiredReason][] = [
    ['no tokens left', 'User has no credits!', 'quota_exceeded'],
    ['a trial key limited to N calls', { message: 'Your trial key is limited to 500 API calls per month.' }, 'quota_exceeded'],
    ['a plan that can only access part', { errmsg: 'Your plan can only access delayed quotes.' }, 'upgrade_required'],
    ['membership required', { error: 'membership required' }, 'upgrade_required'],
    ['complete the subscription', { message: 'Complete your subscription to continue.' }, 'upgrade_required'],
    ['an enterprise licence required', { error: { message: 'enterprise license required', type: 'license_required' } }, 'upgrade_required'],
    ['not subscribed to an API', { message: 'You are not subscribed to this API.' }, 'upgrade_required'],
    ['an account without the abilities', { error: { message: 'Account does not have the abilities to perform the action.' } }, 'upgrade_required'],
    ['complete the latest invoice', { detail: { code: 'payment_issue', message: 'Complete the latest invoice to continue.' } }, 'subscription_inactive'],
    ['a badly filled card number', { status: 'rejected', status_detail: 'cc_rejected_bad_filled_card_number' }, 'payment_method_invalid'],
    ['an invalid-method code with prose saying none is there', { Code: 'InvalidPaymentMethod.Incomplete', Message: 'No payment method is specified for your account.' }, 'payment_method_required'],
    ['an LSAT rejected', { error: { message: 'Unauthorized: LSAT invalid' } }, 'payment_failed'],
    ['a short insufficient-funds error stays a decline', { error: 'Insufficient funds', code: 'INSUFFICIENT_FUNDS' }, 'payment_failed'],
    ['Arabic: balance insufficient', { error: 'الرصيد غير كافٍ. الرجاء إضافة رصيد.' }, 'quota_exceeded'],
    ['Vietnamese: payment failed', { success: false, message: 'Thanh toán thất bại' }, 'payment_failed'],
    ['Romanian: payment failed', { message: 'Plata a eșuat' }, 'payment_failed'],
    ['Portuguese: transaction not authorised', { errors: [{ description: 'Transação não autorizada.' }] }, 'payment_failed'],
  ];
  it.each(cases)('%s', (_name, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });

  it("an error code in a platform's header is read beside a bare body", () => {
    expect(reasonOf({ error: { code: '402', message: 'Payment required' } }, { 'x-vercel-error': 'DEPLOYMENT_DISABLED' })).toBe('subscription_inactive');
    expect(reasonOf({ error: { code: '402', message: 'Payment required' } })).toBe('unknown');
  });
});

describe('wording and fields from retired evaluation round 6 (each case in words of our own)', () => {
  const cases: [string, unknown, PaymentRequiredReason][] = [
    ['an invalid payment instrument', { message: 'Access denied: INVALID_PAYMENT_INSTRUMENT. Provide another one.' }, 'payment_method_invalid'],
    ['requests beyond the subscription, "exceeding" first', { message: 'Blocked for exceeding the request limitation of your subscription. Choose a proper subscription.' }, 'quota_exceeded'],
    ['a resource outside what the plan allows', { error: { message: 'This key cannot use the endpoint; see what is allowed in your subscription plan.' } }, 'upgrade_required'],
    ['a daily window on a request limit', { error: 'ERR daily request limit exceeded (10000 of 10000)' }, 'quota_exceeded'],
    ['a wait measured in hours', 'Error: limited, try again in 24 hours.', 'quota_exceeded'],
    ['a billing agreement already cancelled', { details: [{ issue: 'AGREEMENT_ALREADY_CANCELLED' }] }, 'subscription_inactive'],
    ['no valid plan for a resource, with an upgrade', { detail: 'The team has no valid plan for this resource. Upgrade your plan.' }, 'upgrade_required'],
    ['no valid plan at all is a lapse', { detail: 'The team does not have a valid plan.' }, 'subscription_inactive'],
    ['a rejected card payment code', { status: 'rejected', status_detail: 'cc_rejected_insufficient_amount' }, 'payment_failed'],
    ['a refusal that goes on to name the card', { code: 'declined_expired_card' }, 'payment_method_invalid'],
    ['failed because of a payment issue', { detail: 'Adding the seat failed due to a payment issue.' }, 'payment_failed'],
    ['a sentence under a key no list names', { 'Credits Info': 'You have used up all of your credits for this month.' }, 'quota_exceeded'],
  ];
  it.each(cases)('%s', (_name, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });

  it('an XML error document is read by its message and code elements, not its tag names', () => {
    const xml = (inner: string) => `<?xml version="1.0"?>\n<api-error-response><credit-card><errors><error><code>91</code><message>${inner}</message></error></errors></credit-card><message>${inner}</message></api-error-response>`;
    expect(reasonOf(xml('This card brand is not accepted here.'))).toBe('payment_method_invalid');
    expect(parsePaymentRequired({ status: 402, body: xml('Out of credits.') })?.message).toBe('Out of credits.');
    expect(parsePaymentRequired({ status: 402, body: '<Error><Code>QuotaExceeded</Code><Message>Monthly quota used.</Message></Error>' })).toMatchObject({ reason: 'quota_exceeded', message: 'Monthly quota used.', code: 'QuotaExceeded' });
  });

  it('a daily window or an hours-long wait is an allowance on an opted-in status, while a per-minute one stays throttling', () => {
    const opted = (status: number, body: unknown, headers?: Record<string, string>) =>
      parsePaymentRequired({ status, body, headers }, { statuses: [402, 400, 429] })?.reason ?? null;
    expect(opted(400, { error: 'ERR max daily request limit exceeded' })).toBe('quota_exceeded');
    expect(opted(429, 'Too many requests - try again in 24 hours')).toBe('quota_exceeded');
    expect(opted(429, 'Too many requests - try again in 2 seconds')).toBeNull();
    expect(opted(429, { error: 'request limit exceeded' })).toBeNull();
    expect(opted(429, '', { 'x-sentry-rate-limits': '60:error:organization:usage_exceeded' })).toBe('quota_exceeded');
    expect(opted(429, '', { 'x-sentry-rate-limits': '60:error:key' })).toBeNull();
  });
});

describe('round 8 of the corpus and ordinary errors (issue 13)', () => {
  const opted = (status: number, body: unknown, headers?: Record<string, string>) =>
    parsePaymentRequired({ status, body, headers }, { statuses: [402, 400, 403, 429] })?.reason ?? null;

  it('a throttle over seconds or minutes whose only billing words are the way to a higher rate is no billing problem', () => {
    expect(
      opted(429, {
        error: { message: 'Rate limit reached on requests per min. Limit: 3 / min. Please try again in 20s. Please add a payment method to your account to increase your rate limit.', type: 'requests' },
      }),
    ).toBeNull();
    expect(opted(429, { detail: { status: 'too_many_concurrent_requests', message: 'Too many concurrent requests. Please upgrade your subscription if you want to increase this limit.' } })).toBeNull();
    expect(opted(429, { error: { type: 'rate_limit_error', message: 'This request would exceed the rate limit for your organization of 20,000 input tokens per minute. Contact sales for a rate limit increase.' } })).toBeNull();
    // The same words on a 402 stay a payment problem; a limit over a longer window stays an allowance.
    expect(opted(402, { error: { message: 'Rate limit reached on requests per min. Please add a payment method to your account to increase your rate limit.' } })).not.toBeNull();
    expect(opted(429, 'Rate limit exceeded. Subscribe to a paid plan to increase your usage limits.')).toBe('quota_exceeded');
  });

  it("Google's RESOURCE_EXHAUSTED alone names no billing fact on another status; a quota beside it does", () => {
    const vertex = (message: string) => [{ error: { code: 429, message, errors: [{ message, domain: 'global', reason: 'rateLimitExceeded' }], status: 'RESOURCE_EXHAUSTED' } }];
    expect(opted(429, vertex('Resource exhausted. Please try again later.'))).toBeNull();
    expect(opted(429, { error: { code: 429, message: 'Resource has been exhausted (e.g. check quota).', status: 'RESOURCE_EXHAUSTED' } })).toBe('quota_exceeded');
    expect(opted(402, { error: { code: 402, message: 'Request failed', status: 'RESOURCE_EXHAUSTED' } })).toBe('quota_exceeded');
  });

  it('an input longer than the model takes is a validation error, not a spent quota', () => {
    const body = { error: { message: "This model's maximum context length is 8192 tokens. However, your messages resulted in 8227 tokens.", type: 'invalid_request_error', code: 'context_length_exceeded' } };
    expect(opted(400, body)).toBeNull();
    expect(opted(400, { error: { message: 'prompt is too long: 210000 tokens > 200000 maximum' } })).toBeNull();
    expect(opted(400, { error: { message: 'Your credit balance is too low to access the API.' } })).toBe('quota_exceeded');
  });

  it('nothing left of a window that reopens within a minute is throttling on another status, while a longer one stays a quota', () => {
    const kong = (retryAfter: string) => ({ 'retry-after': retryAfter, 'ratelimit-limit': '5', 'ratelimit-remaining': '0', 'ratelimit-reset': retryAfter });
    expect(opted(429, { message: 'API rate limit exceeded' }, kong('24'))).toBeNull();
    expect(opted(429, { message: 'API rate limit exceeded' }, kong('3600'))).toBe('quota_exceeded');
    expect(opted(402, { message: 'API rate limit exceeded' }, kong('24'))).toBe('quota_exceeded');
    expect(opted(429, { status: 'error', message: 'You have reached your secondly limit.', category: 'RATE_LIMITS' })).toBeNull();
  });

  it('a file over the maximum size is a validation error on another status', () => {
    expect(parsePaymentRequired({ status: 413, body: { statusCode: '413', error: 'Payload too large', message: 'The object exceeded the maximum allowed size' } }, { statuses: [402, 413] })).toBeNull();
    expect(opted(403, { message: 'Storage quota exceeded for this project.' })).toBe('quota_exceeded');
  });

  it('a Payment challenge echoed in the JSON body asks for a per-request payment', () => {
    const incident = parsePaymentRequired({ status: 402, body: { error: 'payment_required', www_authenticate: 'Payment id="chal_1", method="tempo", intent="charge"' } });
    expect(incident).toMatchObject({ reason: 'micropayment_required', micropayment: { protocol: 'payment-auth', scheme: 'tempo' } });
    expect(parsePaymentRequired({ status: 402, body: { error: 'payment_required', www_authenticate: 'Bearer realm="api"' } })?.reason).toBe('unknown');
  });

  const cases: [string, unknown, string][] = [
    ['renew, bare', { detail: 'Renew subscription' }, 'subscription_inactive'],
    ['an inactive subscription in Spanish', { message: 'Suscripción no activa. Renueva tu plan para continuar.' }, 'subscription_inactive'],
    ['a premium subscription required, in Korean', { detail: '프리미엄 구독이 필요합니다.' }, 'upgrade_required'],
  ];
  it.each(cases)('%s', (_name, body, reason) => {
    expect(reasonOf(body)).toBe(reason);
  });
});

describe('round 10 of the corpus: everyday ordinary errors of the most used APIs (issue 13)', () => {
  const opted = (status: number, body: unknown) => parsePaymentRequired({ status, body }, { statuses: [402, 400, 413, 429] })?.reason ?? null;

  it.each([
    ['an expired API key to renew', 400, { error: { code: 400, message: 'API key expired. Please renew the API key.', status: 'INVALID_ARGUMENT' } }],
    ['a trial key limited to calls per minute', 429, { message: 'You are using a Trial key, which is limited to 10 API calls / minute.' }],
    ['a request over the maximum number of bytes', 413, { type: 'error', error: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' } }],
    ['a body over the route limit', 413, 'Body exceeded 1mb limit'],
    ["a tier's capacity, momentarily full", 429, { object: 'error', message: 'Service tier capacity exceeded for this model.', type: 'invalid_request_error' }],
    ['too many attempts to send a code', 429, { code: 60203, message: 'Max send attempts reached', status: 429 }],
    ['a payment source named as a request field', 400, { name: 'INVALID_REQUEST', details: [{ issue: 'PAYPAL_REQUEST_ID_REQUIRED', description: "A PayPal-Request-Id is required. Please specify one or create the order without a 'payment_source' specified." }] }],
  ] as const)('%s shows no dialog', (_name, status, body) => {
    expect(opted(status, body)).toBeNull();
  });

  it('the billing side of the same words still shows one', () => {
    expect(opted(402, { message: 'Please renew your subscription.' })).toBe('subscription_inactive');
    expect(opted(400, { error: 'Your storage capacity is exceeded. Upgrade your plan for more space.' })).not.toBeNull();
    expect(opted(402, { error: 'You have no payment source on file.' })).toBe('payment_method_required');
    expect(opted(429, { error: 'You have used all 1,000 calls included in your plan this month.' })).toBe('quota_exceeded');
  });
});
