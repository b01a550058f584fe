import type { Plan, PlanRequirement } from '../../core/types';

/** How a plan relates to the account: the one it is on, the one the request needs, or another. */
export type PlanState = 'current' | 'required' | 'available';

/** A plan as the upgrade prompt lists it. */
export interface PlanOption {
  plan: Plan;
  state: PlanState;
  /** Whether it can be chosen for the upgrade (not the current plan nor one listed before it). */
  selectable: boolean;
}

/** What {@link resolvePlanOptions} reads. */
export interface PlanOptionsInput {
  /** Plans the app offers, lowest first; without them the incident's plans are shown. */
  plans?: readonly Plan[];
  /** The incident's `plan` (current and required, by id). */
  requirement?: PlanRequirement;
  currentPlanId?: string;
  requiredPlanId?: string;
}

/** The plans to list and the one to pre-select. */
export interface PlanOptions {
  options: PlanOption[];
  /** The required plan when it can be chosen, else the first plan above the current one. */
  defaultPlanId: string | undefined;
}

/** Lists the plans with the current and the required one marked, and picks the upgrade target. */
export function resolvePlanOptions(input: PlanOptionsInput): PlanOptions {
  const currentId = input.currentPlanId ?? input.requirement?.current?.id;
  const requiredId = input.requiredPlanId ?? input.requirement?.required?.id;
  const plans =
    input.plans && input.plans.length > 0
      ? input.plans
      : // The server may name one plan as both current and required: list it once (ids are React keys).
        [input.requirement?.current, input.requirement?.required].flatMap((ref, index, refs) =>
          ref && ref.id && (index === 0 || refs[0]?.id !== ref.id) ? [{ id: ref.id, name: ref.name ?? ref.id }] : [],
        );
  const currentIndex = plans.findIndex((plan) => plan.id === currentId);
  const options = plans.map((plan, index): PlanOption => {
    const state: PlanState = plan.id === currentId ? 'current' : plan.id === requiredId ? 'required' : 'available';
    return { plan, state, selectable: state !== 'current' && index > currentIndex };
  });
  const selectable = options.filter((option) => option.selectable);
  const defaultPlan = selectable.find((option) => option.state === 'required') ?? selectable[0];
  return { options, defaultPlanId: defaultPlan?.plan.id };
}
