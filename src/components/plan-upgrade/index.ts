export { PlanUpgradePrompt, type PlanUpgradePromptProps, type PlanUpgradePart } from './PlanUpgradePrompt';
export { usePlanUpgrade, type UsePlanUpgradeOptions, type PlanUpgradeState } from './usePlanUpgrade';
export { PlanList, type PlanListProps } from './PlanList';
export { PlanCard, type PlanCardProps } from './PlanCard';
export { resolvePlanOptions, type PlanOption, type PlanOptions, type PlanOptionsInput, type PlanState } from './planOptions';
export { formatPlanPrice } from './planPrice';
