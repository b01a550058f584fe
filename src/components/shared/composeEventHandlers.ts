/**
 * One handler from the app's and a part's own, the app's first: when the app calls
 * `event.preventDefault()`, the part's is skipped (as Radix's parts do), so an app can both
 * listen to an event and veto what the part would do with it.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  appHandler: ((event: E) => void) | undefined,
  ownHandler: (event: E) => void,
): (event: E) => void {
  return (event) => {
    appHandler?.(event);
    if (!event.defaultPrevented) ownHandler(event);
  };
}
