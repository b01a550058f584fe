import { expect, userEvent as simulatedUserEvent, waitFor, within } from 'storybook/test';

/**
 * Presses Escape as a user would. Under Vitest the key press is real (Playwright), so the
 * browser's own dialog behaviour runs. In the Storybook UI, where scripts cannot press real
 * keys, the key is simulated and the close request the browser would make is made by hand
 * (`requestClose()` fires the same cancelable `cancel` event as Escape).
 */
export async function pressEscape(): Promise<void> {
  const trusted = globalThis.__rprTrustedKeyboard;
  if (trusted) {
    await trusted('{Escape}');
    return;
  }
  await simulatedUserEvent.keyboard('{Escape}');
  const dialog = document.activeElement?.closest('dialog');
  if (dialog?.open) {
    const request = (dialog as HTMLDialogElement & { requestClose?: () => void }).requestClose;
    if (request) request.call(dialog);
    else dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
  }
}

/** The open dialog inside `root`, once it is there and its entrance animation has made it visible. */
export async function findDialog(root: HTMLElement, name?: RegExp | string): Promise<HTMLElement> {
  const dialog = await within(root).findByRole('dialog', name ? { name } : {}, { timeout: 5_000 });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

/** Waits until keyboard focus is inside `container`. */
export async function expectFocusInside(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.contains(container.ownerDocument.activeElement)).toBe(true));
}

/** Waits until no dialog is left inside `root`. */
export async function expectNoDialog(root: HTMLElement): Promise<void> {
  await waitFor(() => expect(within(root).queryByRole('dialog')).toBeNull());
}
