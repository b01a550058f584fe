import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { loadMicropaymentPrompt } from '../components/micropayment/loadMicropaymentPrompt';
import type { PaymentFormSlotProps } from '../components/update-payment/useUpdatePayment';
import type { IncidentEvent } from '../core/events';
import type { RedactedEventField } from '../core/redact';
import { redactEventStrictly } from '../core/strictRedaction';
import type { FailureExtractor } from '../core/extract';
import type { ParseOptions } from '../core/parse/options';
import type { Plan } from '../core/types';
import type { MessageOverrides } from '../messages/catalog';
import { loadedOnDemand, protocolReaders } from '../query/lazyParser';
import { getPaymentRequiredClient, type PaymentRequiredClientOptions } from '../query/paymentRequiredClient';
import type { ThemeTokens } from '../theme/tokens';
import type { PaymentRequiredConfig, PaymentRequiredHandlers } from '../presentation/config';
import { AutoHost } from './AutoHost';
import { PaymentRequiredClientContext, PaymentRequiredConfigContext } from '../presentation/context';

/** Props of {@link PaymentRequiredProvider}. */
export interface PaymentRequiredProviderProps extends PaymentRequiredHandlers {
  children?: ReactNode;
  /** The QueryClient to watch; defaults to the one from `QueryClientProvider`. */
  client?: QueryClient;
  /** Plans offered in the upgrade prompt. */
  plans?: readonly Plan[];
  /** Partial theme tokens, applied on top of the stylesheet's. */
  theme?: ThemeTokens;
  /** Per-key overrides of the message catalogue. */
  messages?: MessageOverrides;
  /** BCP 47 locale for messages and `Intl` formatting. */
  locale?: string;
  /**
   * Called for every incident event (shown, updated, dismissed, reopened, resolved, render_failed).
   * Never gets card data or the raw body; URLs, links, message and micropayment options are
   * redacted unless listed in `revealInEvents`.
   */
  onIncident?: (event: IncidentEvent) => void;
  /**
   * Fields `onIncident` receives unredacted: `'url'` (query string and credentials),
   * `'links'` (billing-portal sessions and other bearer links), `'message'` (URLs and tokens in
   * it), `'micropayment'` (the server's raw options, e.g. an L402 macaroon and invoice).
   */
  revealInEvents?: readonly RedactedEventField[];
  /**
   * Options for the 402 parser: custom formats, link policy, statuses. Of two providers on one
   * client, the first mounted one's `parseOptions` and `extractors` apply.
   */
  parseOptions?: ParseOptions;
  /**
   * Adapters for fetchers whose errors the built-in detection does not read, e.g.
   * `[apolloFailure]` from `react-payment-required/adapters/apollo`. Tried before it, in order.
   */
  extractors?: readonly FailureExtractor[];
  /**
   * Resume in every tab: when the user pays in one tab of the app, the others resolve their
   * incidents and re-run what they had blocked. `true`, or options (a channel name per app).
   */
  crossTab?: boolean | { channel?: string };
  /** Render the matching prebuilt UI automatically (default). `false`: the app renders the components itself. */
  autoUI?: boolean;
  /** Drop the library's styles from the prebuilt UI. */
  unstyled?: boolean;
  /** Renders the app's own payment form (e.g. Stripe's PaymentElement) inside the update-payment modal. */
  renderPaymentForm?: (props: PaymentFormSlotProps) => ReactNode;
}

// Layout effects run before the children's passive effects, which is where their queries start
// fetching, so the retry rule is in place before the first 402. On the server there is no effect.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Catches every 402 from the QueryClient's queries and mutations, shows the matching UI, and
 * re-runs what failed when the incident is resolved. Wrap the app once, inside `QueryClientProvider`.
 */
export function PaymentRequiredProvider(props: PaymentRequiredProviderProps) {
  const { children, client, plans, theme, messages, locale, parseOptions, extractors, crossTab, autoUI = true, unstyled, renderPaymentForm } =
    props;
  const queryClient = useQueryClient(client);
  const paymentRequired = getPaymentRequiredClient(queryClient);
  // The client is configured through connect(), with an object this provider owns and rewrites
  // after each render (never during one); the client reads it at each decision. Of several
  // providers on one client, the first to mount configures it. Both effects run before the
  // children's fetches can settle; the options are written first so a 402 from before the
  // provider mounted is read with them.
  const clientOptions = useRef<PaymentRequiredClientOptions>({});
  useIsomorphicLayoutEffect(() => {
    clientOptions.current.parseOptions = parseOptions;
    clientOptions.current.extractors = extractors;
  });
  useIsomorphicLayoutEffect(() => paymentRequired.connect(clientOptions.current), [paymentRequired]);

  // Keyed on the channel name, so an inline `{}` does not reconnect on every render. Loaded on
  // demand: apps that do not opt in do not ship it.
  const crossTabChannel = crossTab ? ((typeof crossTab === 'object' && crossTab.channel) || '') : undefined;
  useEffect(() => {
    if (crossTabChannel === undefined) return;
    let disconnect: (() => void) | undefined;
    let active = true;
    void import('../core/crossTab').then(({ connectCrossTab }) => {
      if (active) disconnect = connectCrossTab(paymentRequired.store, crossTabChannel ? { channel: crossTabChannel } : {});
    });
    return () => {
      active = false;
      disconnect?.();
    };
  }, [paymentRequired, crossTabChannel]);

  // Handlers are read through a ref so inline arrow props neither change the config nor go stale.
  const latest = useRef(props);
  useIsomorphicLayoutEffect(() => {
    latest.current = props;
  });

  // Every event leaves the app redacted, unless the app opted in to a field (see SECURITY.md), and
  // at once. The redactor comes with the parser chunk; before it (an incident reported by hand
  // right after mount) the stricter one stands in.
  const reportEvent = useMemo(
    () => (event: IncidentEvent) =>
      latest.current.onIncident?.(
        (loadedOnDemand()?.redactIncidentEvent ?? redactEventStrictly)(event, latest.current.revealInEvents),
      ),
    [],
  );
  useEffect(() => paymentRequired.store.addEventListener(reportEvent), [paymentRequired, reportEvent]);

  // Which handlers were passed decides which buttons show; the flags, not the functions, are memo keys.
  const hasUpdatePayment = typeof props.onUpdatePayment === 'function';
  const hasUpgrade = typeof props.onUpgrade === 'function';
  const hasPay = typeof props.onPay === 'function';
  const hasContactSupport = typeof props.onContactSupport === 'function';
  // An app that pays per request gets its prompt, and the readers of per-request payments, in the
  // same frame as the 402; others load them on demand.
  useEffect(() => {
    if (!hasPay) return;
    loadMicropaymentPrompt().catch(() => {});
    protocolReaders.load().catch(() => {});
  }, [hasPay]);
  const handlers = useMemo<Required<PaymentRequiredHandlers>>(
    () => ({
      onUpdatePayment: (...args) => latest.current.onUpdatePayment?.(...args),
      onUpgrade: (...args) => latest.current.onUpgrade?.(...args),
      onPay: (...args) => latest.current.onPay?.(...args),
      onContactSupport: (...args) => latest.current.onContactSupport?.(...args),
    }),
    [],
  );
  const config = useMemo<PaymentRequiredConfig>(
    () => ({
      handlers,
      has: { onUpdatePayment: hasUpdatePayment, onUpgrade: hasUpgrade, onPay: hasPay, onContactSupport: hasContactSupport },
      plans,
      locale,
      messages,
      theme,
      unstyled,
      reportEvent,
    }),
    [handlers, hasUpdatePayment, hasUpgrade, hasPay, hasContactSupport, plans, locale, messages, theme, unstyled, reportEvent],
  );

  return (
    <PaymentRequiredClientContext.Provider value={paymentRequired}>
      <PaymentRequiredConfigContext.Provider value={config}>
        {children}
        {autoUI ? <AutoHost renderPaymentForm={renderPaymentForm} /> : null}
      </PaymentRequiredConfigContext.Provider>
    </PaymentRequiredClientContext.Provider>
  );
}
