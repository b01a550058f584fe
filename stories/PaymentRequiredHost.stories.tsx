import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { PaymentRequiredError, PaymentRequiredProvider, type PaymentRequiredProviderProps, type ThemeTokens } from '../src/index';
import { PaymentRequiredHost, type PaymentRequiredHostProps } from '../src/components';
import { scenarioIds, scenarios, type ScenarioId } from './demo/scenarios';
import { samplePlans } from '../src/devtools/samples';
import { expectNoDialog, expectShippedLook, findDialog } from './support/play';

interface HostStoryProps
  extends PaymentRequiredHostProps,
    Pick<PaymentRequiredProviderProps, 'onUpdatePayment' | 'onUpgrade' | 'onPay' | 'onContactSupport' | 'onIncident'> {
  /** Which real-world 402 the query's fetcher throws (until a handler runs). */
  response: ScenarioId;
  theme?: ThemeTokens;
  locale?: string;
}

/** A query whose fetcher throws a `PaymentRequiredError` built from the scenario's 402 until `paid`. */
function Report({ response, paid }: { response: ScenarioId; paid: { current: boolean } }) {
  const report = useQuery({
    queryKey: ['report', response],
    queryFn: async () => {
      if (paid.current) return { rows: 42 };
      const url = 'https://api.example.com/v1/reports/monthly';
      const { status, headers, body } = scenarios[response].respond({ url, secondsLeft: 30, now: Date.now() });
      throw new PaymentRequiredError({ status, headers, body, url });
    },
  });
  return (
    <main style={{ padding: 24 }}>
      <h1 style={{ margin: 0, fontSize: 18 }}>Monthly report</h1>
      <p>{report.isPending ? 'Loading…' : report.isError ? 'The report is waiting for billing.' : `Report ready: ${report.data.rows} rows.`}</p>
    </main>
  );
}

/**
 * An app inside `QueryClientProvider` + `PaymentRequiredProvider autoUI={false}` with the host
 * dropped in: a query throws a real-world 402 (chosen with `response`) and the host shows the
 * matching prompt. With the default `autoUI` the provider renders the same host by itself.
 */
function HostStory({ response, theme, locale, renderPaymentForm, ...handlers }: HostStoryProps) {
  const [client] = useState(() => new QueryClient());
  const paid = useRef(false);
  // Any successful handler "fixes" the account, so resolve() refetches a query that now succeeds.
  const fix =
    <A extends unknown[]>(handler?: (...args: A) => unknown) =>
    (...args: A) => {
      paid.current = true;
      return handler?.(...args);
    };
  return (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider
        autoUI={false}
        plans={samplePlans.slice(0, 3)}
        theme={theme}
        locale={locale}
        onUpdatePayment={fix(handlers.onUpdatePayment)}
        onUpgrade={fix(handlers.onUpgrade)}
        onPay={fix(handlers.onPay)}
        onContactSupport={handlers.onContactSupport}
        onIncident={handlers.onIncident}
      >
        <Report response={response} paid={paid} />
        <PaymentRequiredHost renderPaymentForm={renderPaymentForm} />
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Components/PaymentRequiredHost',
  component: PaymentRequiredHost,
  subcomponents: { PaymentRequiredProvider },
  render: (args) => <HostStory {...args} />,
  tags: ['autodocs'],
  args: {
    response: 'card_declined',
    onUpdatePayment: fn(),
    onUpgrade: fn(),
    onPay: fn(),
    onContactSupport: fn(),
    onIncident: fn(),
  },
  argTypes: {
    response: {
      description: 'Story only: which real-world 402 the query’s fetcher throws until a handler runs.',
      control: { type: 'select', labels: Object.fromEntries(scenarioIds.map((id) => [id, scenarios[id].label])) },
      options: scenarioIds,
    },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
} satisfies Meta<HostStoryProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A declined card: the update-payment modal; paying resolves the incident and the query refetches. */
export const CardDeclined: Story = {
  play: async ({ canvasElement, canvas, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Your payment didn’t go through');
    await expect(args.onIncident).toHaveBeenCalledWith(expect.objectContaining({ type: 'shown' }));
    // Card data never reaches monitoring.
    await expect(args.onIncident).not.toHaveBeenCalledWith(expect.objectContaining({ incident: expect.objectContaining({ paymentMethod: expect.anything() }) }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Update payment method' }));
    await expectNoDialog(canvasElement);
    await expect(await canvas.findByText('Report ready: 42 rows.')).toBeVisible();
    await waitFor(() => expect(args.onIncident).toHaveBeenCalledWith(expect.objectContaining({ type: 'resolved' })));
  },
};

/** Dismissing ("Not now") closes the UI; the query stays in error until the next 402 or a fix. */
export const Dismissed: Story = {
  play: async ({ canvasElement, canvas, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Not now' }));
    await expectNoDialog(canvasElement);
    await expect(canvas.getByText('The report is waiting for billing.')).toBeVisible();
    await expect(args.onIncident).toHaveBeenCalledWith(expect.objectContaining({ type: 'dismissed' }));
  },
};

/** Each reason gets its own UI: */
export const NoCardOnFile: Story = {
  args: { response: 'no_card' },
  play: async ({ canvasElement }) => {
    await findDialog(canvasElement, 'Add a payment method');
  },
};

export const ExpiredCard: Story = {
  args: { response: 'expired_card' },
  play: async ({ canvasElement }) => {
    await findDialog(canvasElement, 'Check your payment details');
  },
};

export const SubscriptionPastDue: Story = {
  args: { response: 'subscription_past_due' },
  play: async ({ canvasElement }) => {
    await findDialog(canvasElement, 'Your subscription is inactive');
  },
};

export const UpgradeRequired: Story = {
  args: { response: 'upgrade_required' },
  play: async ({ canvasElement }) => {
    await findDialog(canvasElement, 'Upgrade to continue');
  },
};

export const QuotaExceeded: Story = {
  args: { response: 'quota' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'You’ve reached your limit');
    await expect(within(dialog).getByRole('timer')).toHaveTextContent(/Resets in/);
  },
};

export const Micropayment: Story = {
  args: { response: 'x402' },
  play: async ({ canvasElement }) => {
    await findDialog(canvasElement, 'Pay to continue');
  },
};

export const Unknown: Story = {
  args: { response: 'unknown' },
  play: async ({ canvasElement }) => {
    await findDialog(canvasElement, 'We couldn’t process this request');
  },
};

/** As an app gets it: the provider's defaults, no scheme forced; the page (light here) decides, and the stylesheet paints the dialog. */
export const AsShipped: Story = {
  parameters: { asShipped: true },
  play: ({ canvasElement }) => expectShippedLook(canvasElement),
};
