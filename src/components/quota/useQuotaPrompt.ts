import { useContext, useEffect, useMemo, useRef } from 'react';
import { canResumeAutomatically } from '../../core/store';
import type { PaymentRequiredIncident, Plan, QuotaInfo } from '../../core/types';
import { PaymentRequiredClientContext, usePaymentRequiredConfig } from '../../presentation/context';
import { resolvePlanOptions } from '../plan-upgrade/planOptions';
import { safeHref } from '../shared/safeHref';
import { useHandlerAction, type HandlerActionStatus } from '../shared/useHandlerAction';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect';
import { quotaUsageFigures, type QuotaUsageFigures } from './usageFigures';
import {
  countdownState,
  countdownTarget,
  useCountdownSnapshot,
  type QuotaCountdownPrecision,
  type QuotaCountdownState,
} from './useQuotaCountdown';

/** Options of {@link useQuotaPrompt}. */
export interface UseQuotaPromptOptions {
  /** The `quota_exceeded` incident: quota, `retryAt`, plan and links. */
  incident?: PaymentRequiredIncident | null;
  /** Overrides the incident's quota. */
  quota?: QuotaInfo;
  /** Overrides the reset time (epoch ms); default `quota.resetAt ?? incident.retryAt`. */
  resetAt?: number;
  /**
   * Call `onResolved` when the countdown reaches zero. Default `true`, except for an incident
   * that came straight back after `MAX_AUTOMATIC_RESUMES` resumes in a row (see
   * `canResumeAutomatically`): that one waits for the user.
   */
  autoResolve?: boolean;
  /** Re-run what failed (the provider's `resolve()` in the host). */
  onResolved?: () => void;
  /** Plans for the upgrade shortcut; default the provider's. */
  plans?: readonly Plan[];
  onUpgrade?: (plan: Plan, incident: PaymentRequiredIncident | null) => unknown;
  /**
   * `'second'` (default): `countdown.remainingSeconds` updates, and the component re-renders,
   * every second. `'status'`: only when the countdown reaches zero; render the ticking text with
   * `<QuotaResetCountdown resetAt>` / `<QuotaAnnouncer resetAt>`, which tick on their own.
   */
  precision?: QuotaCountdownPrecision;
}

/** State of the quota prompt. */
export interface QuotaPromptState {
  usage: QuotaUsageFigures | undefined;
  countdown: QuotaCountdownState;
  /** The plan the upgrade shortcut buys, when plans and a handler exist. */
  upgradePlan: Plan | undefined;
  /** The incident's sanitized upgrade link, for when there is no handler. */
  upgradeHref: string | undefined;
  /** Run the upgrade shortcut; ignored while pending. */
  upgrade: () => Promise<boolean>;
  status: HandlerActionStatus;
  pending: boolean;
  error: unknown;
  /** Offer "Try again": the reset time has passed (and was not waited out here) or is unknown. */
  canTryAgain: boolean;
  tryAgain: () => void;
}

/**
 * Headless state of the quota prompt: usage figures, the shared-timer countdown, resolving when it
 * reaches zero (only after counting down here, so a reset time already past never loops), and
 * the upgrade shortcut.
 */
export function useQuotaPrompt(options: UseQuotaPromptOptions = {}): QuotaPromptState {
  const config = usePaymentRequiredConfig();
  const { incident = null, onResolved } = options;
  const quota = options.quota ?? incident?.quota;
  const target = countdownTarget(options.resetAt ?? quota?.resetAt ?? incident?.retryAt);
  const snapshot = useCountdownSnapshot(target, options.precision ?? 'second');
  const countdown = useMemo(() => countdownState(target, snapshot), [target, snapshot]);
  const plans = options.plans ?? config?.plans;
  const onUpgrade = options.onUpgrade ?? (config?.has.onUpgrade ? config.handlers.onUpgrade : undefined);

  // Inside the provider, a quota that keeps coming back right after each resume is resumed
  // automatically only MAX_AUTOMATIC_RESUMES times in a row; then the user decides ("Try again").
  const client = useContext(PaymentRequiredClientContext);
  const entry = incident ? client?.store.getSnapshot().entries.find((candidate) => candidate.incident === incident) : undefined;
  const autoResolve = options.autoResolve !== false && (entry === undefined || canResumeAutomatically(entry));

  const latestResolved = useRef(onResolved);
  useIsomorphicLayoutEffect(() => {
    latestResolved.current = onResolved;
  });
  const countedDown = useRef(false);
  const countdownStatus = countdown.status;
  useEffect(() => {
    // `null` is the server's (and hydration's) snapshot: not a count seen here.
    if (countdownStatus === 'counting' && snapshot !== null) countedDown.current = true;
    else if (countdownStatus === 'ready' && countedDown.current && autoResolve) {
      countedDown.current = false;
      latestResolved.current?.();
    }
  }, [countdownStatus, snapshot, autoResolve]);

  const requirement = incident?.plan;
  const upgradePlan = useMemo(() => {
    if (!onUpgrade || !plans?.length) return undefined;
    const { options: planOptions, defaultPlanId } = resolvePlanOptions({ plans, requirement });
    return planOptions.find((option) => option.plan.id === defaultPlanId)?.plan;
  }, [onUpgrade, plans, requirement]);

  const action = useHandlerAction((plan: Plan) => onUpgrade?.(plan, incident), { onFulfilled: onResolved });
  const { run } = action;

  return {
    usage: quotaUsageFigures(quota),
    countdown,
    upgradePlan,
    upgradeHref: safeHref(incident?.links?.upgrade),
    upgrade: () => (upgradePlan ? run(upgradePlan) : Promise.resolve(false)),
    status: action.status,
    pending: action.pending,
    error: action.error,
    canTryAgain: countdownStatus !== 'counting' && onResolved !== undefined,
    tryAgain: () => onResolved?.(),
  };
}
