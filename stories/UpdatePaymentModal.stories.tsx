import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { UpdatePaymentModal, type UpdatePaymentModalProps } from '../src/components';
import { sampleIncidents } from '../src/devtools/samples';
import { arabicMessages } from './support/arabic';
import { expectFocusInside, expectNoDialog, expectOnePointOnce, expectShippedLook, findDialog, pressEscape } from './support/play';
import './support/restyled.css';
import { WithTrigger } from './support/WithTrigger';

// Every reason and state of the modal. Every story is a test: its play function runs in
// Chromium, then axe. The docs page shows the component's own JSDoc and props.
const meta = {
  title: 'Components/UpdatePaymentModal',
  component: UpdatePaymentModal,
  tags: ['autodocs'],
  args: {
    incident: sampleIncidents.genericDecline,
    onUpdatePayment: fn(),
    onRetry: fn(),
    onContactSupport: fn(),
    onResolved: fn(),
    onOpenChange: fn(),
  },
  parameters: {
    layout: 'fullscreen',
    // Each modal in its own frame on the docs page, so they do not stack in one top layer.
    docs: { story: { inline: false, iframeHeight: 620 } },
  },
} satisfies Meta<typeof UpdatePaymentModal>;

export default meta;
type Story = StoryObj<typeof meta>;

// ——— Reasons ———

/** A declined card (Stripe `card_declined` / `generic_decline`): update the method (which covers using another), or retry. */
export const PaymentFailed: Story = {
  args: { blockedCount: 2 },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Your payment didn’t go through');
    await expectOnePointOnce(dialog);
    const update = within(dialog).getByRole('button', { name: 'Update payment method' });
    await waitFor(() => expect(update).toHaveFocus());
    await expect(dialog).toHaveAccessibleDescription(/couldn’t complete the payment/);
    await expect(within(dialog).getByText(/2 things you were doing/)).toBeVisible();

    await userEvent.click(update);
    await expect(args.onUpdatePayment).toHaveBeenCalledWith(args.incident, 'update');
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
  },
};

/** No payment method on file (Stripe's legacy `missing`): "Add payment method". */
export const NoCardOnFile: Story = {
  args: { incident: sampleIncidents.noCard },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Add a payment method');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add payment method' }));
    await expect(args.onUpdatePayment).toHaveBeenCalledWith(args.incident, 'update');
    await expect(within(dialog).queryByRole('button', { name: 'Retry payment' })).toBeNull();
  },
};

/** The card on file has expired: shown as expired, no pointless "Retry payment"; the server's "Your card has expired." repeats the advice, so it is left out. */
export const ExpiredCard: Story = {
  args: { incident: sampleIncidents.expiredCard },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Check your payment details');
    await expectOnePointOnce(dialog);
    await expect(within(dialog).getByText(/Expired 03\/2025/)).toBeVisible();
    await expect(within(dialog).getByText('ending in 4444')).toBeInTheDocument();
    await expect(within(dialog).queryByRole('button', { name: 'Retry payment' })).toBeNull();
    await expect(within(dialog).queryByText('Your card has expired.')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Update payment method' }));
    await expect(args.onUpdatePayment).toHaveBeenCalledWith(args.incident, 'update');
  },
};

/** A mistyped card number (Stripe `incorrect_number`, a validation error). */
export const IncorrectCardNumber: Story = {
  args: { incident: sampleIncidents.incorrectNumber },
};

/** Subscription past due: "Renew subscription" calls `onUpdatePayment(incident, 'renew')`. */
export const SubscriptionLapsed: Story = {
  args: { incident: sampleIncidents.subscriptionPastDue },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Your subscription is inactive');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Renew subscription' }));
    await expect(args.onUpdatePayment).toHaveBeenCalledWith(args.incident, 'renew');
  },
};

/** A 402 nobody can classify: support first, "Try again" re-runs what failed. */
export const Unknown: Story = {
  args: { incident: sampleIncidents.unknown },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'We couldn’t process this request');
    const support = within(dialog).getByRole('button', { name: 'Contact support' });
    await waitFor(() => expect(support).toHaveFocus());
    await userEvent.click(support);
    await expect(args.onContactSupport).toHaveBeenCalledWith(args.incident);
    // Contacting support does not fix anything: nothing is re-run.
    await expect(args.onResolved).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
  },
};

// ——— Kinds of decline (issuer decline codes, grouped by what the user can do) ———

/** `insufficient_funds`: retrying can work once there is money on the card. */
export const DeclinedInsufficientFunds: Story = {
  args: { incident: sampleIncidents.insufficientFunds },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    await expectOnePointOnce(dialog);
    await expect(within(dialog).getByText(/insufficient funds\. Add funds/)).toBeVisible();
    // The server's "Your card has insufficient funds." would say it twice.
    await expect(dialog.querySelector('[data-part="message"]')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry payment' }));
    await expect(args.onRetry).toHaveBeenCalledWith(args.incident);
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
  },
};

/** `incorrect_cvc`: check the details; a retry of the same card cannot work. */
export const DeclinedIncorrectDetails: Story = {
  args: { incident: sampleIncidents.incorrectCvc },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getByText(/Some card details look wrong/)).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Retry payment' })).toBeNull();
  },
};

/** `authentication_required` (3-D Secure): the bank wants the user to confirm. */
export const DeclinedAuthenticationRequired: Story = {
  args: { incident: sampleIncidents.authenticationRequired },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getByText(/Your bank needs you to confirm this payment/)).toBeVisible();
  },
};

/** `processing_error`: a temporary problem, retry in a moment. */
export const DeclinedTryAgain: Story = {
  args: { incident: sampleIncidents.processingError },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getByText(/temporary problem/)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Retry payment' })).toBeVisible();
  },
};

/** `card_not_supported`: this card cannot pay for this, so the one fix is "Use a different payment method" (`'change-method'`). */
export const DeclinedNotSupported: Story = {
  args: { incident: sampleIncidents.cardNotSupported },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    await expectOnePointOnce(dialog);
    const primary = within(dialog).getByRole('button', { name: 'Use a different payment method' });
    await expect(primary).toHaveAttribute('data-primary');
    await userEvent.click(primary);
    await expect(args.onUpdatePayment).toHaveBeenCalledWith(args.incident, 'change-method');
  },
};

/** `card_velocity_exceeded`: the card's limit is reached. */
export const DeclinedLimitReached: Story = {
  args: { incident: sampleIncidents.velocityExceeded },
};

/** `do_not_honor` (and fraud-related codes, which are never revealed): generic advice. */
export const DeclinedGeneric: Story = {
  args: { incident: sampleIncidents.doNotHonor },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getByText(/Your card was declined by your bank/)).toBeVisible();
  },
};

// ——— States ———

/** The handler's promise is running: spinner, `aria-busy`, a status message, no second run. */
export const Pending: Story = {
  args: { onUpdatePayment: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    const update = within(dialog).getByRole('button', { name: 'Update payment method' });
    await userEvent.click(update);
    await waitFor(() => expect(dialog).toHaveAttribute('aria-busy', 'true'));
    await expect(update).toHaveAttribute('aria-disabled', 'true');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Working on it…');
    await expect(within(dialog).getByRole('button', { name: 'Retry payment' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(update);
    await expect(args.onUpdatePayment).toHaveBeenCalledTimes(1);
    await expect(args.onResolved).not.toHaveBeenCalled();
  },
};

/** The handler rejected: its message is announced, the dialog stays, nothing is re-run. */
export const HandlerError: Story = {
  args: {
    onUpdatePayment: fn(async () => {
      throw new Error('The billing portal could not be reached. Please try again.');
    }),
  },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Update payment method' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('The billing portal could not be reached.');
    await expect(dialog).toBeVisible();
    await expect(args.onResolved).not.toHaveBeenCalled();
    await expect(args.onOpenChange).not.toHaveBeenCalled();
  },
};

/**
 * Opened from a button: focus moves into the dialog, Escape closes it (through
 * `onOpenChange(false)`), and focus returns to the button.
 */
export const EscapeReturnsFocus: Story = {
  render: (args) => (
    <WithTrigger<UpdatePaymentModalProps>
      label="Review billing problem"
      props={args}
      render={(props) => <UpdatePaymentModal {...props} />}
    />
  ),
  play: async ({ canvasElement, args, userEvent, canvas }) => {
    const trigger = canvas.getByRole('button', { name: 'Review billing problem' });
    await userEvent.click(trigger);
    const dialog = await findDialog(canvasElement);
    await expectFocusInside(dialog);
    await pressEscape();
    await expectNoDialog(canvasElement);
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
    await waitFor(() => expect(trigger).toHaveFocus());

    // "Not now" closes it the same way.
    await userEvent.click(trigger);
    await userEvent.click(within(await findDialog(canvasElement)).getByRole('button', { name: 'Not now' }));
    await expectNoDialog(canvasElement);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** `dismissible: false`: Escape does nothing and "Not now" is disabled until the problem is fixed. */
export const NotDismissible: Story = {
  args: { dismissible: false },
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement);
    await expectFocusInside(dialog);
    await pressEscape();
    await expect(dialog).toBeVisible();
    await expect(args.onOpenChange).not.toHaveBeenCalled();
    await expect(within(dialog).getByRole('button', { name: 'Not now' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** Without an `onContactSupport` handler, the server's support link is offered (opens a new tab). */
export const SupportLinkFromServer: Story = {
  args: { incident: sampleIncidents.unknown, onContactSupport: undefined },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    const link = within(dialog).getByRole('link', { name: 'Contact support' });
    await expect(link).toHaveAttribute('href', 'https://example.com/support');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  },
};

/**
 * `renderPaymentForm`: the app's own payment form (e.g. Stripe's PaymentElement) inside the
 * dialog; the library never sees card data. Here a stand-in form calls `onSuccess`.
 */
export const WithPaymentFormSlot: Story = {
  args: {
    incident: sampleIncidents.expiredCard,
    renderPaymentForm: ({ onSuccess, intent }) => (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSuccess();
        }}
        style={{ display: 'grid', gap: 8, padding: 12, border: '1px dashed currentColor', borderRadius: 8 }}
      >
        <p style={{ margin: 0, fontSize: 13 }}>Your payment provider’s secure form goes here ({intent}).</p>
        <button type="submit">Save new card</button>
      </form>
    ),
  },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).queryByRole('button', { name: 'Update payment method' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save new card' }));
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
  },
};

// ——— Locales, direction, schemes, styling ———

/** German catalogue (`locale: 'de'`), with dates formatted by `Intl`. Use the toolbar for any story. */
export const German: Story = {
  args: { incident: sampleIncidents.expiredCard, locale: 'de' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog).toHaveAttribute('lang', 'de');
  },
};

/** Right to left: Arabic text passed through `messages`; the layout mirrors. */
export const RightToLeft: Story = {
  args: { incident: sampleIncidents.insufficientFunds, locale: 'ar', messages: arabicMessages, blockedCount: 1, showServerMessage: false },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'لم تتم عملية الدفع');
    await expect(dialog).toHaveAttribute('dir', 'rtl');
    await expect(within(dialog).getByRole('button', { name: 'تحديث وسيلة الدفع' })).toBeVisible();
  },
};

/** The dark scheme (`theme.colorScheme: 'dark'`; the toolbar switches every story). */
export const Dark: Story = {
  args: { incident: sampleIncidents.insufficientFunds, blockedCount: 1 },
  globals: { theme: 'dark' },
};

/** Restyled with tokens only: `theme={{ colorPrimary, radius, fontFamily }}`. */
export const ThemedWithTokens: Story = {
  args: {
    incident: sampleIncidents.expiredCard,
    theme: { colorPrimary: '#0f766e', colorFocus: '#0f766e', radius: '4px', radiusSmall: '2px', fontFamily: 'Georgia, serif' },
  },
};

/**
 * `unstyled` drops every library style; `classNames` (per part) and `className` give the parts
 * the app's own classes, here plain CSS from `stories/support/restyled.css`.
 */
export const UnstyledWithClassNames: Story = {
  args: {
    incident: sampleIncidents.expiredCard,
    unstyled: true,
    className: 'acme-dialog',
    classNames: {
      title: 'acme-title',
      description: 'acme-text',
      message: 'acme-text',
      card: 'acme-card',
      error: 'acme-alert',
      actions: 'acme-actions',
      action: 'acme-button',
      spinner: 'acme-spinner',
    },
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog).toHaveClass('acme-dialog');
    await expect(dialog.className).not.toMatch(/rpr-/);
    await expect(dialog).not.toHaveAttribute('data-rpr-root');
    await expect(within(dialog).getByRole('button', { name: 'Update payment method' })).toHaveClass('acme-button');
  },
};

/** As an app gets it: the provider's defaults, no scheme forced; the page (light here) decides, and the stylesheet paints the dialog. */
export const AsShipped: Story = {
  parameters: { asShipped: true },
  play: ({ canvasElement }) => expectShippedLook(canvasElement),
};
