import type { IncidentEvent } from '../core/events';
import type { MicropaymentRequest, PaymentRequiredIncident, Plan } from '../core/types';
import type { MessageOverrides } from '../messages/catalog';
import type { ThemeTokens } from '../theme/tokens';

/** What "Update payment method" was asked for: a new method, a different one, or a renewal. */
export type UpdatePaymentIntent = 'update' | 'change-method' | 'renew';

/**
 * The app's billing actions. Each may return a promise: the UI shows progress while it runs,
 * shows the error and stays open if it rejects, and resolves the incident (re-running what
 * failed) when it fulfils, unless it fulfils with `false` (the user cancelled). Closing the
 * prompt ("Not now", Escape) while a handler runs cancels the wait: its later outcome is
 * ignored, nothing is re-run, and the incident stays dismissed (still blocking) until resolved.
 */
export interface PaymentRequiredHandlers {
  /** Open the billing portal or the app's payment form. */
  onUpdatePayment?: (incident: PaymentRequiredIncident, intent: UpdatePaymentIntent) => unknown;
  /** Start checkout for a higher plan. */
  onUpgrade?: (plan: Plan, incident: PaymentRequiredIncident | null) => unknown;
  /**
   * Pay a per-request (x402, L402, …) payment; the library signs nothing itself. Fulfil with the
   * payment header's value (or `{ headers }`) for the one retry made through a fetch wrapped with
   * `withPayments`, with nothing when the app attached the payment itself, or with `false` when
   * the user cancelled (see `MicropaymentPayResult`).
   */
  onPay?: (request: MicropaymentRequest, incident: PaymentRequiredIncident) => unknown;
  /** Contact support; without it the incident's support link (if any) is shown. */
  onContactSupport?: (incident: PaymentRequiredIncident) => unknown;
}

/** Everything the prebuilt components read from the provider besides the incidents. */
export interface PaymentRequiredConfig {
  /** Stable wrappers that always call the latest handler props. */
  handlers: Required<PaymentRequiredHandlers>;
  /** Which handlers the app actually passed (buttons for missing ones are not shown). */
  has: { [K in keyof PaymentRequiredHandlers]-?: boolean };
  plans?: readonly Plan[];
  /** BCP 47 locale for messages and `Intl` formatting; defaults to the browser's. */
  locale?: string;
  messages?: MessageOverrides;
  theme?: ThemeTokens;
  /** Drop the library's styles; parts keep their `data-part` attributes and class names. */
  unstyled?: boolean;
  /** Sends an event to the app's `onIncident` (redacted like the store's); never throws. */
  reportEvent?: (event: IncidentEvent) => void;
}
