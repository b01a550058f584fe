export { PlanUpgradePrompt, type PlanUpgradePromptProps, type PlanUpgradePart } from './PlanUpgradePrompt';
export { usePlanUpgrade, type UsePlanUpgradeOptions, type PlanUpgradeState } from './usePlanUpgrade';
export { PlanList, type PlanListProps } from './PlanList';
export { PlanCard, type PlanCardProps } from './PlanCard';
export type { PlanOption, PlanOptions, PlanOptionsInput, PlanState } from './planOptions';
