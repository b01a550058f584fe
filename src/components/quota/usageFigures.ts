import type { QuotaInfo } from '../../core/types';

/** Usage figures checked for display. */
export interface QuotaUsageFigures {
  used: number;
  limit: number;
  unit: string | undefined;
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

/** Used and limit from a quota (used derived from `remaining` when missing); `undefined` without a positive limit. */
export function quotaUsageFigures(quota: QuotaInfo | undefined): QuotaUsageFigures | undefined {
  const limit = count(quota?.limit);
  if (!limit) return undefined;
  const remaining = count(quota?.remaining);
  const used = count(quota?.used) ?? (remaining === undefined ? undefined : Math.max(0, limit - remaining));
  if (used === undefined) return undefined;
  const unit = typeof quota?.unit === 'string' && quota.unit.trim() ? quota.unit.trim().slice(0, 40) : undefined;
  return { used, limit, unit };
}
