import type { ComponentPropsWithoutRef } from 'react';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';

/** Props of {@link QuotaMeter}. */
export interface QuotaMeterProps extends ComponentPropsWithoutRef<'div'> {
  used: number;
  limit: number;
  /** How the value is read out, e.g. "100 of 100 requests used". */
  valueText?: string;
}

/** How much of the quota is used: `role="meter"` with its values; `data-state` is `ok`, `warning` (≥ 80 %) or `exceeded`. */
export function QuotaMeter({ used, limit, valueText, className, ...props }: QuotaMeterProps) {
  const messages = usePartMessages();
  const ratio = limit > 0 ? Math.min(1, Math.max(0, used / limit)) : 1;
  const state = used >= limit ? 'exceeded' : ratio >= 0.8 ? 'warning' : 'ok';
  const root = usePart('meter', className, state);
  const fill = usePart('meter-fill', undefined, state);
  return (
    <div
      role="meter"
      aria-label={messages.t('quota.meterLabel')}
      aria-valuemin={0}
      aria-valuemax={limit}
      aria-valuenow={Math.min(Math.max(used, 0), limit)}
      aria-valuetext={valueText}
      {...props}
      {...root}
    >
      {/* The fill's width is data, not theme: the one inline style the prebuilt UI sets. */}
      <div {...fill} style={{ inlineSize: `${Math.round(ratio * 1000) / 10}%` }} />
    </div>
  );
}
