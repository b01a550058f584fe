import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { type PaymentRequiredIncident } from '../src/index';
import { MicropaymentPrompt, type MicropaymentPromptProps } from '../src/components';
import { PaymentVault } from '../src/core/micropayment/paymentVault';
import { parsePaymentRequired } from '../src/core/parse/parsePaymentRequired';
import { sampleL402Incident, sampleX402Incident, sampleX402v2Incident } from '../src/devtools/samples';
import { expectFocusInside, expectShippedLook, findDialog, pressEscape } from './support/play';

/**
 * A copy of the incident and a payment vault per mount: a request being paid or paid stays so on
 * the page (the "Pending" story never finishes paying), so each story starts unpaid.
 */
function freshIncident(incident: PaymentRequiredIncident): PaymentRequiredIncident {
  return incident.micropayment ? { ...incident, micropayment: { ...incident.micropayment } } : { ...incident };
}

function FreshPrompt(props: MicropaymentPromptProps) {
  const incident = useMemo(() => freshIncident(props.incident), [props.incident]);
  const vault = useMemo(() => props.vault ?? new PaymentVault(), [props.vault]);
  return <MicropaymentPrompt {...props} incident={incident} vault={vault} />;
}

const isX402Request = expect.objectContaining({ protocol: 'x402', amount: '10000', network: 'base-sepolia' });
const isMicropaymentIncident = expect.objectContaining({ reason: 'micropayment_required' });

// x402 (v1, v2), L402 and other per-request challenges, and the states of the pay action.
const meta = {
  title: 'Components/MicropaymentPrompt',
  component: MicropaymentPrompt,
  tags: ['autodocs'],
  render: (args) => <FreshPrompt {...args} />,
  args: {
    incident: sampleX402Incident,
    onPay: fn(),
    onResolved: fn(),
    onOpenChange: fn(),
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 520 } },
  },
} satisfies Meta<typeof MicropaymentPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** x402 v1: 0.01 USDC on Base Sepolia; "Pay" hands the request to `onPay`, then the request re-runs. */
export const X402: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Pay to continue');
    await expectFocusInside(dialog);
    await expect(within(dialog).getByText('base-sepolia')).toBeVisible();
    await expect(within(dialog).getByText('https://api.example.com/premium-data')).toBeVisible();
    const pay = within(dialog).getByRole('button', { name: /^Pay / });
    // The amount is said once, on the button that pays it.
    await expect(pay).toHaveTextContent('Pay 0.01 USDC');
    await expect(dialog.textContent?.split('0.01 USDC')).toHaveLength(2);
    await userEvent.click(pay);
    await expect(args.onPay).toHaveBeenCalledWith(isX402Request, isMicropaymentIncident);
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
    // Paid once: a second click pays nothing.
    await userEvent.click(pay);
    await expect(args.onPay).toHaveBeenCalledTimes(1);
  },
};

/** x402 v2 (requirements in the `PAYMENT-REQUIRED` header; CAIP-2 network id). */
export const X402Version2: Story = {
  args: { incident: sampleX402v2Incident },
};

/** L402 / LSAT: a Lightning invoice in `WWW-Authenticate`. */
export const L402: Story = {
  args: { incident: sampleL402Incident },
};

/**
 * A per-request price in a scheme the library has no reader for (`protocol: 'other'`): here an
 * `X-Payment-Required: ecash; amount="0.25"` challenge, as the parser reads it. The prompt says what
 * is known, and `onPay` gets the raw challenge in `options`.
 */
export const OtherScheme: Story = {
  args: {
    incident: parsePaymentRequired({
      status: 402,
      url: 'https://api.example.com/v1/uploads',
      headers: { 'x-payment-required': 'ecash; amount="0.25"; action="upload"' },
      body: { message: 'Payment required for upload' },
    })!,
  },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Pay to continue');
    const pay = within(dialog).getByRole('button', { name: /^Pay / });
    await expect(pay).toHaveTextContent('Pay 0.25 ecash');
    await userEvent.click(pay);
    await expect(args.onPay).toHaveBeenCalledWith(
      expect.objectContaining({ protocol: 'other', amount: '0.25', options: [{ challenge: 'ecash; amount="0.25"; action="upload"' }] }),
      isMicropaymentIncident,
    );
  },
};

/** Paying (the wallet is signing): progress shows, Pay cannot be pressed twice, and closing stays possible. */
export const Pending: Story = {
  args: { onPay: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    const pay = within(dialog).getByRole('button', { name: /^Pay / });
    await userEvent.click(pay);
    await waitFor(() => expect(pay).toHaveAttribute('aria-disabled', 'true'));
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Working on it…');
    // A wallet that never answers must not trap the user: Escape still closes.
    await pressEscape();
    await waitFor(() => expect(args.onOpenChange).toHaveBeenCalledWith(false));
  },
};

/** The wallet refused: the error is shown, and paying again is possible. */
export const HandlerError: Story = {
  args: {
    onPay: fn(async () => {
      throw new Error('The wallet rejected the signature request.');
    }),
  },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: /^Pay / }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('The wallet rejected the signature request.');
    await userEvent.click(within(dialog).getByRole('button', { name: /^Pay / }));
    await waitFor(() => expect(args.onPay).toHaveBeenCalledTimes(2));
  },
};

/** Inline in the page (e.g. above a paywalled article). */
export const Inline: Story = {
  args: { variant: 'inline' },
  parameters: { layout: 'padded' },
  decorators: [(Story) => <div style={{ maxInlineSize: 560 }}><Story /></div>],
};

/** German. */
export const German: Story = {
  args: { locale: 'de' },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/**
 * The paid retry was refused: the x402 server could not settle the payment (`PAYMENT-RESPONSE`
 * with `success: false`, here `insufficient_funds`). Nothing is paid again by itself: "Try again"
 * re-runs the request unpaid for a fresh price, and paying is a new click.
 */
export const SettlementFailed: Story = {
  args: {
    incident: {
      ...sampleX402v2Incident,
      reason: 'payment_failed',
      code: 'insufficient_funds',
      message: 'insufficient_funds',
      micropayment: { protocol: 'x402', version: 2, network: 'eip155:84532', paymentHeader: 'PAYMENT-SIGNATURE', options: [] },
    },
  },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Your payment didn’t go through');
    await expect(within(dialog).getByText('insufficient_funds')).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: /^Pay / })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await expect(args.onResolved).toHaveBeenCalledTimes(1);
    await expect(args.onPay).not.toHaveBeenCalled();
  },
};

/** As an app gets it: the provider's defaults, no scheme forced; the page (light here) decides, and the stylesheet paints the dialog. */
export const AsShipped: Story = {
  parameters: { asShipped: true },
  play: ({ canvasElement }) => expectShippedLook(canvasElement),
};
