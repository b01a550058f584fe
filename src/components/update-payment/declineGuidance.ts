import type { DeclineGuidanceKey } from '../../messages/catalog';

// Issuer decline codes (Stripe's list, which most processors mirror) grouped by what the user can do.
// Fraud-related codes (fraudulent, lost_card, stolen_card, pickup_card …) fall to `generic` on
// purpose: issuers ask merchants not to reveal them.
const CODES_BY_GROUP: Readonly<Record<DeclineGuidanceKey, string>> = {
  insufficient_funds: 'insufficient_funds',
  expired_card: 'expired_card',
  incorrect_details:
    'incorrect_cvc invalid_cvc incorrect_number invalid_number invalid_expiry_month invalid_expiry_year incorrect_zip incorrect_pin',
  authentication_required: 'authentication_required offline_pin_required online_pin_required',
  try_again: 'processing_error try_again_later issuer_not_available reenter_transaction approve_with_id',
  not_supported: 'card_not_supported currency_not_supported transaction_not_allowed service_not_allowed invalid_account',
  limit: 'card_velocity_exceeded withdrawal_count_limit_exceeded pin_try_exceeded',
  generic:
    'do_not_honor generic_decline card_declined call_issuer do_not_try_again fraudulent lost_card stolen_card pickup_card restricted_card security_violation merchant_blacklist no_action_taken not_permitted revocation_of_authorization revocation_of_all_authorizations stop_payment_order new_account_information_available',
};

const GROUP_OF_CODE: ReadonlyMap<string, DeclineGuidanceKey> = new Map(
  (Object.entries(CODES_BY_GROUP) as [DeclineGuidanceKey, string][]).flatMap(([group, codes]) =>
    codes.split(' ').map((code) => [code, group] as const),
  ),
);

// Groups where running the same payment again cannot succeed until the card is changed.
const NOT_RETRYABLE: ReadonlySet<DeclineGuidanceKey> = new Set([
  'expired_card',
  'incorrect_details',
  'not_supported',
  'authentication_required',
]);

/**
 * Which advice fits a decline: from the issuer's `declineCode`, else the processor's `code`
 * (`expired_card`, `incorrect_cvc` …). `undefined` when neither is a known decline code.
 */
export function declineGuidanceFor(declineCode: string | undefined, code: string | undefined): DeclineGuidanceKey | undefined {
  for (const candidate of [declineCode, code]) {
    const group = candidate && GROUP_OF_CODE.get(candidate.toLowerCase());
    if (group) return group;
  }
  return undefined;
}

/** Whether retrying the same payment can succeed after this kind of decline (unknown: yes). */
export function isRetryableDecline(guidance: DeclineGuidanceKey | undefined): boolean {
  return guidance === undefined || !NOT_RETRYABLE.has(guidance);
}
