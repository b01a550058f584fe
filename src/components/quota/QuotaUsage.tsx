import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from '../shared/parts';

/** Props of {@link QuotaUsage}. */
export type QuotaUsageProps = ComponentPropsWithoutRef<'p'>;

/** The usage in words ("100 of 100 requests used"). */
export function QuotaUsage({ className, ...props }: QuotaUsageProps) {
  return <p {...props} {...usePart('usage', className)} />;
}
