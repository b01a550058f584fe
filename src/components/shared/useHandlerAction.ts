import { useCallback, useEffect, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/** Where a handler run stands. `idle` again after the user cancelled (the handler fulfilled with `false`). */
export type HandlerActionStatus = 'idle' | 'pending' | 'error' | 'success';

/** Options of {@link useHandlerAction}. */
export interface HandlerActionOptions {
  /** Runs when the handler fulfils with anything but `false`: typically `resolve()`. */
  onFulfilled?: () => void;
}

/** State and trigger of an app handler run by the UI. */
export interface HandlerAction<Args extends unknown[]> {
  status: HandlerActionStatus;
  pending: boolean;
  /** What the handler threw or rejected with (only in `error`). */
  error: unknown;
  /** The arguments of the run in progress or last settled, e.g. to show which button is busy. */
  args: Args | undefined;
  /**
   * Calls the handler; ignored while a run is pending, so nothing runs twice. Resolves `true`
   * when it fulfilled, `false` when it was cancelled, failed, ignored or abandoned. Never rejects.
   */
  run: (...args: Args) => Promise<boolean>;
  /** Back to `idle`, clearing the error. */
  reset: () => void;
}

interface RunState<Args> {
  status: HandlerActionStatus;
  error: unknown;
  args: Args | undefined;
}

/**
 * Runs an app handler (`onUpdatePayment`, `onUpgrade`, `onPay` …) with pending and error states:
 * a synchronous throw or a rejection becomes `error` (the UI stays, nothing is lost), fulfilling
 * with `false` means the user cancelled, any other fulfilment calls `onFulfilled`.
 *
 * A run whose component unmounts while it is pending is abandoned: the user closed the prompt
 * ("Not now", Escape) or the provider went away, so its outcome is ignored and `onFulfilled` is
 * not called. Nothing is re-run behind the user's back or against an unmounted app; the
 * incident stays as the close left it (dismissed), still blocking until it is resolved.
 */
export function useHandlerAction<Args extends unknown[]>(
  handler: ((...args: Args) => unknown) | undefined,
  options: HandlerActionOptions = {},
): HandlerAction<Args> {
  const [state, setState] = useState<RunState<Args>>({ status: 'idle', error: undefined, args: undefined });
  const latest = useRef({ handler, options });
  useIsomorphicLayoutEffect(() => {
    latest.current = { handler, options };
  });
  const running = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: Args): Promise<boolean> => {
    const current = latest.current.handler;
    if (running.current || !current) return false;
    running.current = true;
    setState({ status: 'pending', error: undefined, args });
    try {
      const result = await current(...args);
      if (!mounted.current) return false;
      if (result === false) {
        setState({ status: 'idle', error: undefined, args });
        return false;
      }
      setState({ status: 'success', error: undefined, args });
      latest.current.options.onFulfilled?.();
      return true;
    } catch (error) {
      if (mounted.current) setState({ status: 'error', error, args });
      return false;
    } finally {
      running.current = false;
    }
  }, []);

  const reset = useCallback(() => setState({ status: 'idle', error: undefined, args: undefined }), []);

  return { ...state, pending: state.status === 'pending', run, reset };
}
