import { useContext, useMemo } from 'react';
import { causeOf } from '../../core/cause';
import type { PaymentRequiredIncident } from '../../core/types';
import { PaymentRequiredClientContext } from '../../presentation/context';

/** What a composed component does on success and on close. */
export interface IncidentControls {
  /** The cause is fixed: re-run what failed. */
  onResolved?: () => void;
  onOpenChange?: (open: boolean) => void;
}

/**
 * The component's own `onResolved` / `onOpenChange`, or, inside `PaymentRequiredProvider`,
 * resolving and dismissing the store entry this incident belongs to. A component dropped in
 * by the app (with `autoUI={false}`) thus resumes what failed without extra wiring.
 */
export function useIncidentControls(
  incident: PaymentRequiredIncident | null | undefined,
  own: IncidentControls,
): IncidentControls {
  const client = useContext(PaymentRequiredClientContext);
  const { onResolved, onOpenChange } = own;
  const store = client?.store;
  const storeControls = useMemo(() => {
    if (!store || !incident) return {};
    // Found once, then kept: called again after the entry was resolved, it finds nothing to do,
    // rather than a newer entry of the same cause (the 402 of the replay it just started).
    let boundId: string | undefined;
    const entryId = () => {
      if (boundId !== undefined) return boundId;
      const { entries } = store.getSnapshot();
      const cause = causeOf(incident);
      boundId = (entries.find((entry) => entry.incident === incident) ?? entries.find((entry) => entry.cause === cause))?.id;
      return boundId;
    };
    return {
      onResolved: () => {
        const id = entryId();
        if (id) void store.resolve(id);
      },
      onOpenChange: (open: boolean) => {
        const id = entryId();
        if (id && !open) store.dismiss(id);
      },
    };
  }, [store, incident]);
  return {
    onResolved: onResolved ?? storeControls.onResolved,
    onOpenChange: onOpenChange ?? storeControls.onOpenChange,
  };
}
