import { useMemo, useState } from 'react';
import type { PaymentRequiredIncident, Plan } from '../../core/types';
import { usePaymentRequiredConfig } from '../../presentation/context';
import { safeHref } from '../shared/safeHref';
import { useHandlerAction, type HandlerActionStatus } from '../shared/useHandlerAction';
import { resolvePlanOptions, type PlanOption } from './planOptions';

/** Options of {@link usePlanUpgrade}; plans and handler default to the provider's. */
export interface UsePlanUpgradeOptions {
  /** The `upgrade_required` incident, if there is one (the prompt also works as a plain upsell). */
  incident?: PaymentRequiredIncident | null;
  /** Plans to offer, lowest first. Default: the provider's `plans`, else the incident's plans. */
  plans?: readonly Plan[];
  /** Overrides the incident's current plan. */
  currentPlanId?: string;
  /** Overrides the incident's required plan. */
  requiredPlanId?: string;
  /** Start checkout for the plan; fulfil when upgraded (`false`: the user cancelled). */
  onUpgrade?: (plan: Plan, incident: PaymentRequiredIncident | null) => unknown;
  /** Called once the upgrade succeeded (the provider's `resolve()` in the host). */
  onResolved?: () => void;
}

/** State of the upgrade prompt. */
export interface PlanUpgradeState {
  options: PlanOption[];
  /** The plan the call to action upgrades to. */
  selectedPlan: Plan | undefined;
  /** The required plan, when it is known. */
  requiredPlan: Plan | undefined;
  select: (planId: string) => void;
  /** More than one plan can be chosen: show radio buttons. */
  hasChoice: boolean;
  /** An upgrade handler was given. */
  canUpgrade: boolean;
  /** The incident's sanitized upgrade link, used when there is no handler. */
  upgradeHref: string | undefined;
  status: HandlerActionStatus;
  pending: boolean;
  error: unknown;
  /** Runs `onUpgrade` for the selected plan; ignored while pending. */
  upgrade: () => Promise<boolean>;
}

/**
 * Headless state of the upgrade prompt: the plans with the current and required one marked,
 * the selected target (the required plan by default), and the upgrade run with pending / error.
 */
export function usePlanUpgrade(options: UsePlanUpgradeOptions = {}): PlanUpgradeState {
  const config = usePaymentRequiredConfig();
  const { incident = null, currentPlanId, requiredPlanId, onResolved } = options;
  const plans = options.plans ?? config?.plans;
  const onUpgrade = options.onUpgrade ?? (config?.has.onUpgrade ? config.handlers.onUpgrade : undefined);

  const requirement = incident?.plan;
  const resolved = useMemo(
    () => resolvePlanOptions({ plans, requirement, currentPlanId, requiredPlanId }),
    [plans, requirement, currentPlanId, requiredPlanId],
  );
  const [chosenId, setChosenId] = useState<string | undefined>(undefined);
  const selectable = resolved.options.filter((option) => option.selectable);
  const selectedPlan = (selectable.find((option) => option.plan.id === chosenId) ??
    selectable.find((option) => option.plan.id === resolved.defaultPlanId))?.plan;

  const action = useHandlerAction((plan: Plan) => onUpgrade?.(plan, incident), { onFulfilled: onResolved });
  const { run } = action;

  return {
    options: resolved.options,
    selectedPlan,
    requiredPlan: resolved.options.find((option) => option.state === 'required')?.plan,
    select: setChosenId,
    hasChoice: selectable.length > 1,
    canUpgrade: onUpgrade !== undefined && selectedPlan !== undefined,
    upgradeHref: safeHref(incident?.links?.upgrade),
    status: action.status,
    pending: action.pending,
    error: action.error,
    upgrade: () => (selectedPlan ? run(selectedPlan) : Promise.resolve(false)),
  };
}
