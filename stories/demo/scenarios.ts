/**
 * What the demo's mocked API answers while the account has a billing problem: the library's
 * sample 402s (the devtools simulate with the same responses), each with the demo's label for it.
 */
import * as samples from '../../src/devtools/samples';

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
  /** Which fixture of test/fixtures/402 the response follows. */
  fixture: string;
  fix: ScenarioFix;
  /** The response while the problem lasts; `secondsLeft` is for quota scenarios. */
  respond: samples.SampleResponder;
}

export const scenarios: Record<ScenarioId, Scenario> = {
  card_declined: { id: 'card_declined', label: 'Card declined (generic decline)', fixture: 'stripe-card-declined-generic-decline', fix: 'update-payment', respond: samples.cardDeclinedResponse },
  insufficient_funds: { id: 'insufficient_funds', label: 'Card declined (insufficient funds)', fixture: 'stripe card_error (docs shape, synthesized)', fix: 'update-payment', respond: samples.insufficientFundsResponse },
  no_card: { id: 'no_card', label: 'No card on file', fixture: 'stripe-legacy-missing-card', fix: 'update-payment', respond: samples.noCardResponse },
  expired_card: { id: 'expired_card', label: 'Expired card', fixture: 'stripe card_error expired_card (docs shape, synthesized)', fix: 'update-payment', respond: samples.expiredCardResponse },
  subscription_past_due: { id: 'subscription_past_due', label: 'Subscription past due', fixture: 'saas-subscription-past-due', fix: 'update-payment', respond: samples.subscriptionPastDueResponse },
  upgrade_required: { id: 'upgrade_required', label: 'Upgrade required (plan limit)', fixture: 'saas-feature-requires-plan', fix: 'upgrade', respond: samples.upgradeRequiredResponse },
  quota: { id: 'quota', label: 'Quota exceeded (Retry-After)', fixture: 'saas-quota-exceeded-ratelimit-headers', fix: 'wait', respond: samples.quotaExceededResponse },
  x402: { id: 'x402', label: 'x402 micropayment (USDC)', fixture: 'x402-v1-spec-payment-required', fix: 'pay', respond: samples.x402Response },
  l402: { id: 'l402', label: 'L402 micropayment (Lightning)', fixture: 'l402-lsat-www-authenticate', fix: 'pay', respond: samples.l402Response },
  unknown: { id: 'unknown', label: 'Unknown (plain text 402)', fixture: 'plain-text-402', fix: 'support', respond: samples.plainTextResponse },
};

/** Scenario ids in the order the control lists them. */
export const scenarioIds = Object.keys(scenarios) as ScenarioId[];
