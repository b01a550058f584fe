// One timer for every countdown on the page: a chain of timeouts aligned to the wall-clock
// second, started by the first subscriber and cleared with the last. Listeners read the time
// from here, so every countdown shows the same second and nothing accumulates ticks: after the
// tab was hidden (and timers throttled) the next tick simply reads the clock again.

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;
let tickTime = 0;

function schedule(): void {
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function notifyAll(): void {
  tickTime = Date.now();
  for (const listener of [...listeners]) listener();
}

function tick(): void {
  timer = undefined;
  notifyAll();
  if (listeners.size > 0 && timer === undefined) schedule();
}

function onVisibilityChange(): void {
  if (document.visibilityState === 'visible') notifyAll();
}

/**
 * Calls `listener` once per second (on the second) while subscribed, and when the tab becomes
 * visible again. Returns the function that unsubscribes; safe to call more than once.
 */
export function subscribeToSecondTicker(listener: () => void): () => void {
  const wrapped = () => listener();
  listeners.add(wrapped);
  if (listeners.size === 1) {
    tickTime = Date.now();
    schedule();
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisibilityChange);
  }
  return () => {
    if (!listeners.delete(wrapped) || listeners.size > 0) return;
    clearTimeout(timer);
    timer = undefined;
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/** The time countdowns read: the last tick while the ticker runs (stable between ticks), else now. */
export function tickerNow(): number {
  return listeners.size > 0 ? tickTime : Date.now();
}

/** How many countdowns listen and whether the one timer is scheduled: for tests and the bench. */
export function getSecondTickerStats(): { subscribers: number; timers: number } {
  return { subscribers: listeners.size, timers: timer === undefined ? 0 : 1 };
}
