import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { QuotaCountdown, useQuotaCountdown, type QuotaCountdownProps } from '../src/components';
import { samplePlans, sampleQuotaIncident } from '../src/devtools/samples';
import { arabicMessages } from './support/arabic';
import { expectFocusInside, expectNoDialog, expectShippedLook, findDialog, pressEscape } from './support/play';
import { WithTrigger } from './support/WithTrigger';

/** Story args: the component's props, with the reset given relative to when the story mounts. */
type QuotaStoryProps = QuotaCountdownProps & {
  /** Seconds from mount until the quota resets; empty: the server did not say. */
  resetInSeconds?: number;
};

/** Builds the incident when the story mounts, so the countdown always starts from `resetInSeconds`. */
function QuotaStory({ resetInSeconds, ...props }: QuotaStoryProps) {
  const [incident] = useState(() => sampleQuotaIncident(resetInSeconds));
  return <QuotaCountdown {...props} incident={incident} />;
}

// Seconds, minutes and days left, an unknown reset time, the three variants and the states of
// the upgrade shortcut. The stories build the incident from `resetInSeconds` when they mount.
const meta = {
  title: 'Components/QuotaCountdown',
  component: QuotaCountdown,
  render: (args) => <QuotaStory {...args} />,
  tags: ['autodocs'],
  args: {
    resetInSeconds: 45,
    onResolved: fn(),
    onOpenChange: fn(),
    onUpgrade: fn(),
    plans: samplePlans.slice(0, 2),
  },
  argTypes: {
    resetInSeconds: {
      description: 'Story only: seconds from mount until the quota resets (empty: the server did not say).',
      control: { type: 'number', min: 0 },
    },
    incident: { control: false },
    variant: { control: 'inline-radio', options: ['inline', 'banner', 'modal'] },
  },
  decorators: [
    // Inline prompts sit in a column of the app, not across a wide screen.
    (Story, { args }) => (args.variant === 'banner' || args.variant === 'modal' ? <Story /> : <div style={{ maxInlineSize: 560 }}><Story /></div>),
  ],
  parameters: {
    layout: 'padded',
  },
} satisfies Meta<QuotaStoryProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Seconds left: "Resets in 45 seconds", ticking. */
export const Seconds: Story = {
  play: async ({ canvas }) => {
    const timer = canvas.getByRole('timer');
    await expect(timer).toHaveTextContent(/Resets in 4\d seconds/);
    await expect(canvas.getByRole('meter', { name: 'Usage' })).toHaveAttribute('aria-valuetext', '10,000 of 10,000 requests used');
    const before = timer.textContent;
    await waitFor(() => expect(timer.textContent).not.toBe(before), { timeout: 2_500 });
  },
};

/** Minutes left: "Resets in 12 minutes, 30 seconds". */
export const Minutes: Story = {
  args: { resetInSeconds: 12 * 60 + 30 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent(/Resets in 12 minutes, (29|30) seconds/);
  },
};

/** Days left (a monthly quota): "Resets in 3 days, 4 hours". */
export const Days: Story = {
  args: { resetInSeconds: 3 * 86_400 + 4 * 3_600 + 120 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent('Resets in 3 days, 4 hours');
  },
};

/** The countdown reaches zero: the prompt says so and calls `onResolved` (the provider then re-runs what failed). */
export const ReachesZero: Story = {
  args: { resetInSeconds: 2 },
  play: async ({ canvas, canvasElement, args }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent(/Resets in [12] seconds?/);
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1), { timeout: 4_000 });
    const countdown = canvasElement.querySelector('[data-part="countdown"]');
    await expect(countdown).toHaveAttribute('data-state', 'ready');
    await expect(countdown).toHaveTextContent('Your limit has reset. You can continue.');
    // Screen readers hear it once, from the polite live region.
    await expect(canvasElement.querySelector('[aria-live="polite"]')).toHaveTextContent('Your limit has reset.');
  },
};

/** The server did not say when the quota resets (or CORS hid the headers): no countdown, no guess. */
export const UnknownResetTime: Story = {
  args: { resetInSeconds: undefined },
  play: async ({ canvas, args, userEvent }) => {
    await expect(canvas.queryByRole('timer')).toBeNull();
    await expect(canvas.getByText('Please try again later.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onResolved).toHaveBeenCalledTimes(1);
  },
};

/** A sticky banner at the top of its container (`variant="banner"`). */
export const Banner: Story = {
  args: { variant: 'banner', resetInSeconds: 5 * 60 + 12 },
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <div>
      <QuotaStory {...args} />
      <main className="sb-page">
        <h1>Reports</h1>
        <p>The page stays usable under the banner; what failed runs again when the quota resets.</p>
      </main>
    </div>
  ),
};

/** As a modal (what the provider shows): focus on the first action, the blocked work reassured. */
export const Modal: Story = {
  args: { variant: 'modal', blockedCount: 3 },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 480 } } },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'You’ve reached your limit');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Upgrade your plan' })).toHaveFocus());
    await expect(within(dialog).getByText(/The 3 things you were doing/)).toBeVisible();
  },
};

/** The modal opened on demand: Escape closes it through `onOpenChange(false)`, focus returns. */
export const ModalEscapeReturnsFocus: Story = {
  args: { variant: 'modal' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 480 } } },
  render: (args) => <WithTrigger<QuotaStoryProps> label="Show usage" props={args} render={(props) => <QuotaStory {...props} />} />,
  play: async ({ canvasElement, canvas, args, userEvent }) => {
    const trigger = canvas.getByRole('button', { name: 'Show usage' });
    await userEvent.click(trigger);
    await expectFocusInside(await findDialog(canvasElement, 'You’ve reached your limit'));
    await pressEscape();
    await expectNoDialog(canvasElement);
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** The upgrade shortcut runs `onUpgrade` with the next plan up. */
export const UpgradeShortcut: Story = {
  play: async ({ canvas, args, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Upgrade your plan' }));
    await expect(args.onUpgrade).toHaveBeenCalledWith(samplePlans[0], expect.objectContaining({ reason: 'quota_exceeded' }));
  },
};

/** Upgrade pending (checkout running). */
export const UpgradePending: Story = {
  args: { onUpgrade: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvas, userEvent }) => {
    const upgrade = canvas.getByRole('button', { name: 'Upgrade your plan' });
    await userEvent.click(upgrade);
    await waitFor(() => expect(upgrade).toHaveAttribute('aria-disabled', 'true'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Working on it…');
  },
};

/** Upgrade failed: the error is shown, the countdown goes on. */
export const UpgradeError: Story = {
  args: {
    onUpgrade: fn(async () => {
      throw new Error('Your card was declined.');
    }),
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Upgrade your plan' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your card was declined.');
    await expect(canvas.getByRole('timer')).toBeVisible();
  },
};

/** German: `Intl` durations ("Wird in 12 Minuten zurückgesetzt" style) and numbers (10.000). */
export const German: Story = {
  args: { locale: 'de', resetInSeconds: 12 * 60 + 30 },
};

/** Right to left (Arabic through `messages`). */
export const RightToLeft: Story = {
  args: { locale: 'ar', messages: arabicMessages, resetInSeconds: 5 * 60 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region')).toHaveAttribute('dir', 'rtl');
  },
};

/** The dark scheme. */
export const Dark: Story = {
  args: { resetInSeconds: 12 * 60 + 30 },
  globals: { theme: 'dark' },
};

/** `useQuotaCountdown(resetAt)`: the headless hook under the component, for an app's own UI. */
export const HeadlessHook: Story = {
  args: { resetInSeconds: 90 },
  render: function HookDemo({ resetInSeconds = 90 }) {
    const [resetAt] = useState(() => Date.now() + resetInSeconds * 1000);
    const countdown = useQuotaCountdown(resetAt);
    return (
      <p>
        Status <strong>{countdown.status}</strong>, <span data-testid="seconds">{countdown.remainingSeconds}</span> seconds
        left.
      </p>
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('counting')).toBeVisible();
    await expect(Number(canvas.getByTestId('seconds').textContent)).toBeGreaterThan(85);
  },
};

/** As an app gets it: the provider's defaults, no scheme forced; the page (light here) decides, and the stylesheet paints the dialog. */
export const AsShipped: Story = {
  args: { variant: 'modal' },
  parameters: { asShipped: true },
  play: ({ canvasElement }) => expectShippedLook(canvasElement),
};
