/** Plural forms of one message, picked with `Intl.PluralRules` from the `count` parameter. */
export type PluralMessage = { [Form in Intl.LDMLPluralRule]?: string } & { other: string };

/** Reasons shown by the update-payment modal; each has its own title, text and primary action. */
export type UpdatePaymentReason =
  | 'payment_method_required'
  | 'payment_method_invalid'
  | 'payment_failed'
  | 'subscription_inactive'
  | 'unknown';

/** Groups of issuer decline codes that call for the same advice to the user. */
export type DeclineGuidanceKey =
  | 'insufficient_funds'
  | 'expired_card'
  | 'incorrect_details'
  | 'authentication_required'
  | 'try_again'
  | 'not_supported'
  | 'limit'
  | 'generic';

/** How often a plan's price is charged, as used in message keys. */
type IntervalKey = 'day' | 'week' | 'month' | 'year' | 'once';

/**
 * Every text the prebuilt UI shows. Strings may hold `{placeholders}`; plural messages pick a
 * form from `{count}`. Override any key through the provider's `messages` prop.
 */
export type Messages = {
  /** Title of the update-payment modal for a reason. */
  [Key in `${UpdatePaymentReason}.title`]: string;
} & {
  /** What happened and what to do, for a reason. */
  [Key in `${UpdatePaymentReason}.description`]: string;
} & {
  /** Advice for a group of decline codes. */
  [Key in `decline.${DeclineGuidanceKey}`]: string;
} & {
  /** A price with its interval; `{price}` is already formatted. */
  [Key in `price.${IntervalKey}`]: string;
} & {
  'action.addPayment': string;
  'action.updatePayment': string;
  'action.renew': string;
  'action.retryPayment': string;
  'action.changeMethod': string;
  'action.contactSupport': string;
  'action.tryAgain': string;
  'action.notNow': string;
  'action.close': string;
  /** `{plan}`: the plan's name. */
  'action.upgrade': string;
  'action.upgradeShortcut': string;
  /** `{amount}`: the formatted amount. */
  'action.pay': string;
  'status.pending': string;
  'status.error': string;
  /** How many queries and mutations wait and will run again: `{count}`. */
  blocked: PluralMessage;
  'card.label': string;
  /** Read by screen readers in place of the dots: `{last4}`. */
  'card.endingIn': string;
  /** `{date}`: month and year. */
  'card.expires': string;
  'card.expired': string;
  'upgrade.title': string;
  'upgrade.description': string;
  /** `{plan}`: the required plan's name. */
  'upgrade.descriptionPlan': string;
  /** `{feature}`, `{plan}`. */
  'upgrade.descriptionFeature': string;
  'upgrade.plans': string;
  'upgrade.current': string;
  'upgrade.required': string;
  /** `{feature}`: what the required plan unlocks. */
  'upgrade.unlocks': string;
  'upgrade.free': string;
  'quota.title': string;
  'quota.description': string;
  /** Accessible name of the usage meter. */
  'quota.meterLabel': string;
  /** `{used}`, `{limit}`. */
  'quota.usage': string;
  /** `{used}`, `{limit}`, `{unit}`. */
  'quota.usageUnit': string;
  /** `{duration}`: e.g. "3 minutes, 20 seconds". */
  'quota.resetsIn': string;
  'quota.ready': string;
  'quota.unknownReset': string;
  'micropayment.title': string;
  /** `{amount}`. */
  'micropayment.description': string;
  'micropayment.amount': string;
  'micropayment.network': string;
  'micropayment.payTo': string;
  'micropayment.resource': string;
  /** An amount in the asset's smallest unit: `{amount}`, `{asset}`. */
  'micropayment.baseUnits': string;
  /** Status shown instead of paying again when this request was already paid on the page. */
  'micropayment.paid': string;
  /** Action that re-runs the request with a payment already made for it, instead of paying again. */
  'micropayment.continue': string;
};

/** Keys of the catalogue. */
export type MessageKey = keyof Messages;

/** Per-key replacements for the catalogue; keys left out keep the locale's text. */
export type MessageOverrides = Partial<Messages>;

/** Values for `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;
