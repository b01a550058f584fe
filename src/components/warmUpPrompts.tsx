// The first dialog of a page renders 30–40 ms slower in Chromium than the next one: V8 compiles
// each component on its first call and its code runs cold, on top of the fonts and formatters
// `primeFirstDialog` readies. Rendering the commonest prompts once, hidden and detached from the
// page, while the browser is idle moves most of that off the path between the 402 and the dialog
// (warm card decline, React 19: 7–10 ms sooner in three A/B runs). React's `<Activity mode="hidden">`
// (19.2+) renders its children without mounting their effects, so nothing opens, takes focus,
// locks scrolling or reports an event; with an older React this does nothing.

import * as React from 'react';
import type { ComponentType, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PaymentRequiredIncident } from '../core/types';
import { whenIdle } from '../core/whenIdle';
import { PlanUpgradePrompt } from './plan-upgrade/PlanUpgradePrompt';
import { QuotaCountdown } from './quota/QuotaCountdown';
import { UpdatePaymentModal } from './update-payment/UpdatePaymentModal';

// Looked up rather than imported: React 18 and 19.0–19.1 have no `Activity` export.
const Activity = (React as { Activity?: ComponentType<{ mode: 'hidden'; children: ReactNode }> }).Activity;

let warmed = false;
const noop = () => {};

/** A typical incident of each prompt the host shows most. */
function samples(now: number): PaymentRequiredIncident[] {
  const base = { status: 402, links: {}, format: 'json', raw: null } as const;
  return [
    { ...base, reason: 'payment_failed', code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card was declined.' },
    { ...base, reason: 'quota_exceeded', quota: { limit: 1000, used: 1000, resetAt: now + 3 * 86_400_000 } },
    { ...base, reason: 'upgrade_required', plan: { required: { id: 'pro', name: 'Pro' } } },
  ];
}

/** Renders the prompts once, hidden and detached, when the browser is idle; once per page. */
export function warmUpPrompts(): void {
  if (warmed || !Activity || typeof document === 'undefined') return;
  warmed = true;
  whenIdle(() => {
    // Whatever goes wrong here must never reach the app: the real dialog renders anyway.
    const root = createRoot(document.createElement('div'), { onUncaughtError: noop, onCaughtError: noop, onRecoverableError: noop });
    const [card, quota, upgrade] = samples(Date.now());
    root.render(
      <Activity mode="hidden">
        <UpdatePaymentModal incident={card!} open onOpenChange={noop} />
        <QuotaCountdown incident={quota!} variant="modal" open onOpenChange={noop} />
        <PlanUpgradePrompt incident={upgrade!} open onOpenChange={noop} />
      </Activity>,
    );
    // React renders a hidden tree at its lowest priority, before the browser is idle again.
    whenIdle(() => root.unmount());
  });
}
