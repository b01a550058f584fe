// The first dialog of a page renders 30–40 ms slower in Chromium than the next one: V8 compiles
// each component on its first call and its code runs cold, on top of the fonts and formatters
// `primeFirstDialog` readies. Rendering the commonest prompts once, hidden and detached from the
// page, while the browser is idle moves much of that off the path between the 402 and the dialog
// (warm card decline: 7–10 ms sooner on React 19, ≈20 ms on React 18, in A/B runs). Their effects
// never mount, so nothing opens, takes focus, locks scrolling or reports an event: React 19.2+
// renders them inside `<Activity mode="hidden">`; older Reacts render them beside a component that
// stays suspended, and commit only the `<Suspense>` fallback.

import * as React from 'react';
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PaymentRequiredIncident } from '../core/types';
import { whenIdle } from '../core/whenIdle';
import { PlanUpgradePrompt } from './plan-upgrade/PlanUpgradePrompt';
import { PromptBoundary } from './PromptBoundary';
import { QuotaCountdown } from './quota/QuotaCountdown';
import { UpdatePaymentModal } from './update-payment/UpdatePaymentModal';

// Looked up rather than imported: React 18 and 19.0–19.1 have no `Activity` export.
const Activity = (React as { Activity?: ComponentType<{ mode: 'hidden'; children: ReactNode }> }).Activity;

/** Suspends until `until` settles, which it never does: its siblings render, and never commit. */
function Suspended({ until }: { until: Promise<never> }): never {
  throw until;
}

let warmed = false;
const noop = () => {};

/** The card, quota and upgrade prompts, each with a typical incident. */
function prompts(now: number): ReactNode {
  const base = { status: 402, links: {}, format: 'json', raw: null } as const;
  const card: PaymentRequiredIncident = {
    ...base,
    reason: 'payment_failed',
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card was declined.',
  };
  const quota: PaymentRequiredIncident = { ...base, reason: 'quota_exceeded', quota: { limit: 1000, used: 1000, resetAt: now + 3 * 86_400_000 } };
  const upgrade: PaymentRequiredIncident = { ...base, reason: 'upgrade_required', plan: { required: { id: 'pro', name: 'Pro' } } };
  return (
    <>
      <UpdatePaymentModal incident={card} open onOpenChange={noop} />
      <QuotaCountdown incident={quota} variant="modal" open onOpenChange={noop} />
      <PlanUpgradePrompt incident={upgrade} open onOpenChange={noop} />
    </>
  );
}

/** Renders the prompts once, hidden and detached, when the browser is idle; once per page. */
export function warmUpPrompts(): void {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  whenIdle(() => {
    // Whatever goes wrong here must never reach the app (the real dialog renders anyway): a
    // boundary for React 18, and React 19's error options so nothing is logged either.
    const root = createRoot(document.createElement('div'), { onUncaughtError: noop, onCaughtError: noop, onRecoverableError: noop });
    const samples = prompts(Date.now());
    root.render(
      <PromptBoundary fallback={null}>
        {Activity ? (
          <Activity mode="hidden">{samples}</Activity>
        ) : (
          // A promise of this warm-up only, so it is collected with the root once unmounted.
          <Suspense fallback={null}>
            <Suspended until={new Promise<never>(noop)} />
            {samples}
          </Suspense>
        )}
      </PromptBoundary>,
    );
    // React renders a hidden or suspended tree at a low priority, before the browser is idle again.
    whenIdle(() => root.unmount());
  });
}
