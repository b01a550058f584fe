/** The part of a window {@link whenIdle} uses; absent on the server and in older Safari. */
interface IdleScheduler {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => unknown;
}

/**
 * Runs `task` once the browser is idle (within 2 s at the latest), or after a short timeout where
 * there is no idle callback. For work that only prepares a later moment, never for work a user waits on.
 */
export function whenIdle(task: () => void, view: IdleScheduler | null | undefined = globalThis as IdleScheduler): void {
  if (typeof view?.requestIdleCallback === 'function') view.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
