/** The part of a window {@link whenIdle} uses; absent on the server and in browsers that lack it. */
interface IdleScheduler {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => unknown;
}

/**
 * Runs `task` once the browser is idle (within 2 s at the latest). Only for work that prepares a
 * later moment, never for work a user waits on: where the browser cannot say when it is idle,
 * the task is skipped rather than risk competing with the page's own start-up.
 */
export function whenIdle(task: () => void, view: IdleScheduler | null | undefined = globalThis as IdleScheduler): void {
  if (typeof view?.requestIdleCallback === 'function') view.requestIdleCallback(task, { timeout: 2000 });
}
