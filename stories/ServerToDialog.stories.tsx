import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, within } from 'storybook/test';
import { PlanUpgradePrompt, QuotaCountdown, UpdatePaymentModal } from '../src/components';
import type { PaymentRequiredIncident } from '../src/core';
import { parsePaymentRequired } from '../src/core/parse';
import { paymentRequiredResponse, type PaymentRequiredOptions } from '../src/server';
import { samplePlans } from '../src/devtools/samples';
import { findDialog } from './support/play';

/** What the story shows: the server code, the 402 it sends, and the dialog the client makes of it. */
interface ServerStoryArgs {
  /** The server code, as you would write it (shown, not run). */
  code: string;
  /** What the code passes to `paymentRequiredResponse` (run, when the story loads). */
  options: () => PaymentRequiredOptions;
  /** The dialog for the parsed incident. */
  dialog: (incident: PaymentRequiredIncident) => ReactNode;
}

interface Loaded {
  wire: string;
  incident: PaymentRequiredIncident | null;
}

/** Sends the 402 with the real server half and reads it back as a browser client does. */
async function roundTrip(args: ServerStoryArgs): Promise<Loaded> {
  const response = paymentRequiredResponse(args.options());
  const text = await response.text();
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  const incident = parsePaymentRequired({ status: response.status, headers: response.headers, body: JSON.parse(text) });
  return { wire: `HTTP/1.1 ${response.status} Payment Required\n${headers}\n\n${JSON.stringify(JSON.parse(text), null, 2)}`, incident };
}

const panel = { margin: 0, padding: 12, overflow: 'auto', fontSize: 12, lineHeight: 1.5, background: '#f6f6f8', color: '#1f2937', borderRadius: 8, whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

function ServerToDialog({ code, wire, children }: { code: string; wire: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 24, alignItems: 'start' }}>
      <div style={{ display: 'grid', gap: 12 }}>
        <section aria-label="Server code">
          <pre style={panel}>
            <code>{code}</code>
          </pre>
        </section>
        <section aria-label="What goes on the wire">
          <pre style={panel}>
            <code>{wire}</code>
          </pre>
        </section>
      </div>
      <section aria-label="What the user sees">{children}</section>
    </div>
  );
}

/**
 * The server half and the client together: each story runs `paymentRequiredResponse` from
 * `react-payment-required/server`, reads the response like a browser, parses it with
 * `parsePaymentRequired` and renders the real component for the incident. Left: the server code
 * and the 402 it sends; right: the dialog it produces.
 */
const meta = {
  title: 'Server/From a 402 to its dialog',
  tags: ['autodocs'],
  loaders: [async ({ args }) => roundTrip(args as ServerStoryArgs)],
  render: (args, { loaded }) => {
    const { wire, incident } = loaded as Loaded;
    return <ServerToDialog code={args.code} wire={wire}>{incident ? args.dialog(incident) : <p>The client did not read a 402.</p>}</ServerToDialog>;
  },
  argTypes: { options: { control: false }, dialog: { control: false } },
  parameters: { layout: 'padded', docs: { story: { inline: false, iframeHeight: 760 } } },
} satisfies Meta<ServerStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A feature gated to a higher plan: the prompt highlights the plan the server names. */
export const UpgradeRequired: Story = {
  args: {
    code: `// Hono
app.post('/sso/saml', (c) =>
  paymentRequiredResponse({
    reason: 'upgrade_required',
    message: 'SAML single sign-on is part of the Business plan.',
    plan: { current: 'team', required: { id: 'business', name: 'Business' } },
    feature: 'saml_sso',
    links: { upgrade: '/billing/plans' },
  }),
);`,
    options: () => ({
      reason: 'upgrade_required',
      message: 'SAML single sign-on is part of the Business plan.',
      plan: { current: 'team', required: { id: 'business', name: 'Business' } },
      feature: 'saml_sso',
      links: { upgrade: '/billing/plans' },
    }),
    dialog: (incident) => <PlanUpgradePrompt variant="inline" incident={incident} plans={samplePlans.slice(0, 3)} onUpgrade={fn()} />,
  },
  play: async ({ canvas }) => {
    const seen = within(canvas.getByRole('region', { name: 'What the user sees' }));
    // The plan the server named is the one marked as needed; the team plan is the current one.
    await expect(seen.getByText('Needed for this')).toBeVisible();
    await expect(seen.getByText('Current plan')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'What goes on the wire' })).toHaveTextContent('"required_plan"');
  },
};

/** Credits used up until the end of the period: usage and a live countdown from the reset the server sent. */
export const QuotaExceeded: Story = {
  args: {
    code: `// Next.js route handler
export async function POST() {
  return paymentRequiredResponse({
    reason: 'quota_exceeded',
    message: 'You have used all 1,000 credits of your plan.',
    quota: { limit: 1000, used: 1000, unit: 'credits', resetAt: inThreeHours },
  });
}`,
    options: () => ({
      reason: 'quota_exceeded',
      message: 'You have used all 1,000 credits of your plan.',
      quota: { limit: 1000, used: 1000, unit: 'credits', resetAt: Date.now() + 3 * 3_600_000 },
    }),
    dialog: (incident) => <QuotaCountdown variant="inline" incident={incident} onResolved={fn()} />,
  },
  play: async ({ canvas }) => {
    const seen = within(canvas.getByRole('region', { name: 'What the user sees' }));
    await expect(seen.getByRole('timer')).toHaveTextContent(/Resets in (3 hours|2 hours, 59 minutes)/);
    await expect(seen.getByRole('meter', { name: 'Usage' })).toHaveAttribute('aria-valuetext', '1,000 of 1,000 credits used');
    const wire = canvas.getByRole('region', { name: 'What goes on the wire' });
    await expect(wire).toHaveTextContent(/ratelimit: "quota";r=0;t=10800/);
    await expect(wire).toHaveTextContent(/retry-after: 10800/);
  },
};

/** A declined card: the update-payment dialog with the card on file, and "Retry payment". */
export const CardDeclined: Story = {
  args: {
    code: `// Express
app.post('/invoices/:id/pay', (req, res) => {
  const { status, headers, body } = paymentRequiredProblem({
    reason: 'payment_failed',
    message: 'Your card has insufficient funds.',
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    paymentMethod: { brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028 },
  });
  res.status(status).set(headers).json(body);
});`,
    options: () => ({
      reason: 'payment_failed',
      message: 'Your card has insufficient funds.',
      code: 'card_declined',
      declineCode: 'insufficient_funds',
      paymentMethod: { brand: 'visa', last4: '4242', expMonth: 8, expYear: 2028 },
    }),
    dialog: (incident) => <UpdatePaymentModal incident={incident} onUpdatePayment={fn()} />,
  },
  parameters: { layout: 'fullscreen' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(dialog).toHaveAccessibleName('Your payment didn’t go through');
    // The decline code picks the guidance; the card on file comes from the server's payment_method.
    await expect(dialog).toHaveTextContent('Your card has insufficient funds.');
    await expect(dialog).toHaveTextContent('ending in 4242');
    await expect(within(dialog).getByRole('button', { name: /Retry payment/ })).toBeVisible();
  },
};
