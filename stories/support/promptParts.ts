import type { MicropaymentPart, PlanUpgradePart, QuotaCountdownPart, UpdatePaymentPart } from '../../src/components';

// The parts each prompt renders (its `classNames` keys), for the Design page's token tables.
// Typed against the components' own part unions, so a renamed part fails type-checking here.

export const updatePaymentParts = [
  'dialog', 'title', 'description', 'guidance', 'message', 'card', 'card-label', 'card-brand', 'card-number',
  'card-expiry', 'form', 'blocked', 'error', 'status', 'actions', 'action', 'spinner',
] as const satisfies readonly UpdatePaymentPart[];

export const planUpgradeParts = [
  'dialog', 'panel', 'title', 'description', 'plans', 'plan', 'plan-label', 'plan-radio', 'plan-name', 'plan-badge',
  'plan-price', 'plan-description', 'plan-features', 'plan-unlocks', 'blocked', 'error', 'status', 'actions', 'action', 'spinner',
] as const satisfies readonly PlanUpgradePart[];

export const quotaParts = [
  'dialog', 'panel', 'title', 'description', 'usage', 'meter', 'meter-fill', 'countdown', 'announcer', 'blocked', 'error',
  'status', 'actions', 'action', 'spinner',
] as const satisfies readonly QuotaCountdownPart[];

export const micropaymentParts = [
  'dialog', 'panel', 'title', 'description', 'message', 'details', 'detail-label', 'detail-value', 'error', 'status',
  'actions', 'action', 'spinner',
] as const satisfies readonly MicropaymentPart[];
