import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { findDialog, expectNoDialog } from '../support/play';
import { demoApiHandlers, latestMockApi } from './mockApi';
import { SaasApp } from './SaasApp';
import { scenarioIds, scenarios } from './scenarios';

/**
 * A small SaaS dashboard wrapped in `PaymentRequiredProvider`. Its API is mocked with MSW and
 * answers 402 for the chosen scenario, with bodies and headers from real-world responses.
 *
 * Click through it: the 402 opens the matching dialog; "Not now", then create a project (its
 * mutation gets a 402 too and joins the incident); fix the problem ("Update payment method",
 * "Upgrade", "Pay", or wait for the quota to reset). The mock then answers 200, the blocked
 * queries refetch and the form's mutation is replayed once, with the same data.
 * The side panel shows every `onIncident` event and what the mocked server answered.
 */
const meta = {
  title: 'Demo/SaaS app',
  component: SaasApp,
  tags: ['autodocs'],
  beforeEach({ msw }) {
    msw.use(...demoApiHandlers);
  },
  args: {
    scenario: 'card_declined',
    quotaSeconds: 10,
    confirmDelay: 600,
    failFirstAttempt: false,
  },
  argTypes: {
    scenario: {
      control: { type: 'select', labels: Object.fromEntries(scenarioIds.map((id) => [id, scenarios[id].label])) },
      options: scenarioIds,
    },
    quotaSeconds: { control: { type: 'range', min: 2, max: 120, step: 1 } },
    confirmDelay: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    theme: { table: { disable: true } },
    locale: { table: { disable: true } },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 820 } },
  },
} satisfies Meta<typeof SaasApp>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick any scenario in the controls and click through. */
export const Playground: Story = {};

/**
 * Card declined → "Update payment method" → the projects query refetches and the "Create
 * project" mutation is replayed with the same name: the project exists once.
 */
export const CardDeclinedFlow: Story = {
  args: { scenario: 'card_declined', confirmDelay: 300 },
  play: async ({ canvasElement, canvas, userEvent, step }) => {
    await step('The projects query gets a 402: the update-payment dialog opens', async () => {
      const dialog = await findDialog(canvasElement, 'Your payment didn’t go through');
      await expect(within(dialog).getByText(/declined by your bank/)).toBeVisible();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Not now' }));
      await expectNoDialog(canvasElement);
      await expect(await canvas.findByRole('region', { name: 'Billing issue' })).toBeVisible();
    });

    await step('Creating a project gets a 402 as well: the same incident opens again', async () => {
      await userEvent.type(canvas.getByLabelText('Project name'), 'Billing dashboard');
      await userEvent.click(canvas.getByRole('button', { name: 'Create project' }));
      const dialog = await findDialog(canvasElement, 'Your payment didn’t go through');
      await expect(within(dialog).getByText(/The 2 things you were doing/)).toBeVisible();
      await expect(latestMockApi().getState().creations).toBe(0);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Update payment method' }));
    });

    await step('Paid: the query refetches and the mutation is replayed once', async () => {
      await expect(await canvas.findByText('Project “Billing dashboard” created.', {}, { timeout: 5_000 })).toBeVisible();
      await expectNoDialog(canvasElement);
      const list = await canvas.findByRole('list', { name: 'Projects' });
      await waitFor(() => expect(within(list).getAllByText('Billing dashboard')).toHaveLength(1));
      await expect(latestMockApi().getState().creations).toBe(1);
      await expect(canvas.getByTestId('server-creations')).toHaveTextContent('1');
      const events = canvas.getByRole('list', { name: 'Incident events, newest first' });
      await expect(within(events).getAllByText('resolved')).toHaveLength(1);
    });
  },
};

/** The first "Update payment method" fails (the handler rejects): the error shows, the second try works. */
export const PaymentErrorThenSuccess: Story = {
  args: { scenario: 'expired_card', failFirstAttempt: true, confirmDelay: 300 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Check your payment details');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Update payment method' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('The billing portal could not be reached.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Update payment method' }));
    await expectNoDialog(canvasElement);
    await expect(await canvas.findByRole('list', { name: 'Projects' }, { timeout: 5_000 })).toBeVisible();
  },
};

/** Upgrade required → pick Business → checkout succeeds → the blocked request re-runs. */
export const UpgradeFlow: Story = {
  args: { scenario: 'upgrade_required', confirmDelay: 300 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Upgrade to continue');
    await expect(within(dialog).getByText('Current plan')).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Upgrade to Business' }));
    await expectNoDialog(canvasElement);
    await expect(await canvas.findByRole('list', { name: 'Projects' }, { timeout: 5_000 })).toBeVisible();
    await expect(latestMockApi().getState().fixed).toBe(true);
  },
};

/**
 * Quota exceeded with `Retry-After: 3`: the countdown runs, reaches zero and resumes on its
 * own; the project created meanwhile is replayed once.
 */
export const QuotaAutoResume: Story = {
  args: { scenario: 'quota', quotaSeconds: 3 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'You’ve reached your limit');
    await expect(within(dialog).getByRole('timer')).toHaveTextContent(/Resets in [1-3] seconds?/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Not now' }));
    await userEvent.type(canvas.getByLabelText('Project name'), 'Nightly export');
    await userEvent.click(canvas.getByRole('button', { name: 'Create project' }));
    await expect(await canvas.findByText('Project “Nightly export” created.', {}, { timeout: 8_000 })).toBeVisible();
    await expectNoDialog(canvasElement);
    await expect(await canvas.findByRole('list', { name: 'Projects' })).toBeVisible();
    await expect(latestMockApi().getState().creations).toBe(1);
  },
};

/** x402: "Pay 0.01 USDC" hands the request to `onPay`; once paid the data loads. */
export const MicropaymentFlow: Story = {
  args: { scenario: 'x402', confirmDelay: 300 },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Pay to continue');
    await userEvent.click(within(dialog).getByRole('button', { name: /^Pay / }));
    await expectNoDialog(canvasElement);
    await expect(await canvas.findByRole('list', { name: 'Projects' }, { timeout: 5_000 })).toBeVisible();
  },
};

/** Subscription past due: "Renew subscription". */
export const SubscriptionPastDue: Story = {
  args: { scenario: 'subscription_past_due' },
};

/** No card on file: "Add payment method". */
export const NoCard: Story = {
  args: { scenario: 'no_card' },
};

/** A bare `402 Payment Required` in plain text: the generic dialog with support first. */
export const UnknownReason: Story = {
  args: { scenario: 'unknown' },
};

/** The whole app in the dark scheme, the German catalogue for the library's UI. */
export const DarkGerman: Story = {
  args: { scenario: 'insufficient_funds' },
  globals: { theme: 'dark', locale: 'de' },
};
