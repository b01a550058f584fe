import type { Messages } from './catalog';

/** English messages: the default catalogue and the fallback for every key. */
export const en: Messages = {
  'payment_method_required.title': 'Add a payment method',
  'payment_method_required.description':
    'There is no payment method on your account yet. Add one to continue, and we will finish what you were doing.',
  'payment_method_invalid.title': 'Check your payment details',
  'payment_method_invalid.description':
    'The payment method on file can’t be used for this payment.',
  'payment_failed.title': 'Your payment didn’t go through',
  'payment_failed.description':
    'We couldn’t complete the payment. What you were doing picks up again once it goes through.',
  'subscription_inactive.title': 'Your subscription is inactive',
  'subscription_inactive.description':
    'Your subscription has ended or is past due. Renew it to pick up right where you left off.',
  'unknown.title': 'We couldn’t process this request',
  'unknown.description':
    'This needs attention before you can continue. Try again, or contact support if it keeps happening.',

  'decline.insufficient_funds': 'The card has insufficient funds. Add funds or use a different payment method, then retry.',
  'decline.expired_card': 'The card has expired. Update its expiry date or use a different card.',
  'decline.incorrect_details':
    'Some card details look wrong, such as the number, expiry date or security code. Check them and try again.',
  'decline.authentication_required':
    'Your bank needs you to confirm this payment. Update your payment method to complete the check.',
  'decline.try_again': 'Your bank had a temporary problem. Retry the payment in a moment.',
  'decline.not_supported': 'This card can’t be used for this payment. Use a different payment method.',
  'decline.limit': 'The card’s limit has been reached. Contact your bank or use a different payment method.',
  'decline.generic': 'Your bank declined the payment. Contact your bank, or use a different payment method.',

  'price.day': '{price}/day',
  'price.week': '{price}/week',
  'price.month': '{price}/month',
  'price.year': '{price}/year',
  'price.once': '{price} once',

  'action.addPayment': 'Add payment method',
  'action.updatePayment': 'Update payment method',
  'action.renew': 'Renew subscription',
  'action.retryPayment': 'Retry payment',
  'action.changeMethod': 'Use a different payment method',
  'action.contactSupport': 'Contact support',
  'action.tryAgain': 'Try again',
  'action.notNow': 'Not now',
  'action.close': 'Close',
  'action.upgrade': 'Upgrade to {plan}',
  'action.upgradeShortcut': 'Upgrade your plan',
  'action.pay': 'Pay {amount}',
  'status.pending': 'Working on it…',
  'status.error': 'That didn’t work. Nothing was lost, so please try again.',
  blocked: {
    one: 'What you were doing will finish on its own once this is fixed.',
    other: 'The {count} things you were doing will finish on their own once this is fixed.',
  },

  'card.label': 'Payment method on file',
  'card.endingIn': 'ending in {last4}',
  'card.expires': 'Expires {date}',
  'card.expired': 'Expired {date}',

  'upgrade.title': 'Upgrade to continue',
  'upgrade.description': 'Your current plan doesn’t include this. Upgrade to keep going right where you left off.',
  'upgrade.descriptionPlan': 'This is part of the {plan} plan. Upgrade to keep going right where you left off.',
  'upgrade.descriptionFeature': '{feature} is part of the {plan} plan. Upgrade to keep going right where you left off.',
  'upgrade.plans': 'Plans',
  'upgrade.current': 'Current plan',
  'upgrade.required': 'Needed for this',
  'upgrade.unlocks': 'Includes {feature}',
  'upgrade.free': 'Free',

  'quota.title': 'You’ve reached your limit',
  'quota.description': 'You’ve used everything your plan includes for now.',
  'quota.meterLabel': 'Usage',
  'quota.usage': '{used} of {limit} used',
  'quota.usageUnit': '{used} of {limit} {unit} used',
  'quota.resetsIn': 'Resets in {duration}',
  'quota.ready': 'Your limit has reset. You can continue.',
  'quota.unknownReset': 'Please try again later.',

  'micropayment.title': 'Pay to continue',
  'micropayment.description': 'This request costs {amount}. Nothing is paid until you confirm.',
  'micropayment.amount': 'Amount',
  'micropayment.network': 'Network',
  'micropayment.payTo': 'Paid to',
  'micropayment.resource': 'For',
  'micropayment.baseUnits': '{amount} base units of {asset}',
  'micropayment.paid': 'Already paid',
  'micropayment.continue': 'Continue with this payment',
};
