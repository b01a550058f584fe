import { expect, userEvent as simulatedUserEvent, waitFor, within } from 'storybook/test';
import { sharedPhrase } from '../../src/components/shared/redundantText';

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

const isTransparent = (colour: string) => colour === '' || colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

/**
 * The dialog is styled as users should see it: an opaque surface, a first button that is filled
 * or has a visible border, and (when modal) a page dimmed behind it. What broke in production
 * builds when the stylesheet's colours collapsed to transparent.
 */
export async function expectStyled(dialog: HTMLElement): Promise<void> {
  await expect(isTransparent(getComputedStyle(dialog).backgroundColor)).toBe(false);
  const button = within(dialog).getAllByRole('button')[0]!;
  const buttonStyle = getComputedStyle(button);
  const bordered =
    buttonStyle.borderTopStyle !== 'none' && parseFloat(buttonStyle.borderTopWidth) > 0 && !isTransparent(buttonStyle.borderTopColor);
  await expect(!isTransparent(buttonStyle.backgroundColor) || bordered).toBe(true);
  if (dialog.matches(':modal')) await expect(isTransparent(getComputedStyle(dialog, '::backdrop').backgroundColor)).toBe(false);
}

/**
 * The hierarchy issue 16 asks for: exactly one filled (primary) action, and no three-word
 * phrase said twice across the description, the decline's advice and the server's message.
 */
export async function expectOnePointOnce(dialog: HTMLElement): Promise<void> {
  await expect(dialog.querySelectorAll('[data-part="action"][data-primary]')).toHaveLength(1);
  const description = dialog.querySelector('[data-part="description"]');
  const guidance = description?.querySelector('[data-part="guidance"]')?.textContent ?? '';
  const texts = {
    description: (description?.textContent ?? '').replace(guidance, ''),
    guidance,
    message: dialog.querySelector('[data-part="message"]')?.textContent ?? '',
  };
  const repeats = [
    sharedPhrase(texts.description, texts.guidance),
    sharedPhrase(texts.description, texts.message),
    sharedPhrase(texts.guidance, texts.message),
  ].filter(Boolean);
  await expect(repeats).toEqual([]);
}

/**
 * The play function of an "As shipped" story: the dialog (opened by the story, or by `open`
 * first) takes its scheme from the page, light here, and the stylesheet paints it.
 */
export async function expectShippedLook(canvasElement: HTMLElement): Promise<void> {
  const dialog = await findDialog(canvasElement);
  await expect(dialog).toHaveAttribute('data-theme', 'light');
  await expectStyled(dialog);
}
