import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { PlanUpgradePrompt, type PlanUpgradePromptProps } from '../src/components';
import { sampleIncidents, samplePlans } from '../src/devtools/samples';
import { expectFocusInside, expectNoDialog, expectShippedLook, findDialog, pressEscape } from './support/play';
import { WithTrigger } from './support/WithTrigger';

const [team, business, scale, enterprise] = samplePlans;

// Two to four plans, variants and states of the upgrade prompt.
const meta = {
  title: 'Components/PlanUpgradePrompt',
  component: PlanUpgradePrompt,
  tags: ['autodocs'],
  args: {
    incident: sampleIncidents.upgrade,
    plans: samplePlans.slice(0, 3),
    onUpgrade: fn(),
    onResolved: fn(),
    onOpenChange: fn(),
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 700 } },
  },
} satisfies Meta<typeof PlanUpgradePrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two plans: the one the account is on and the one the feature needs, so no choice to make. */
export const TwoPlans: Story = {
  args: { plans: [team!, business!] },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement, 'Upgrade to continue');
    await expect(dialog).toHaveAccessibleDescription(/SAML single sign-on is part of the Business plan/);
    await expect(within(dialog).getByText('Current plan')).toBeVisible();
    await expect(within(dialog).getByText('Needed for this')).toBeVisible();
    await expect(within(dialog).getByText('$50/month')).toBeVisible();
    await expect(within(dialog).queryByRole('radio')).toBeNull();
    const upgrade = within(dialog).getByRole('button', { name: 'Upgrade to Business' });
    await waitFor(() => expect(upgrade).toHaveFocus());
    await userEvent.click(upgrade);
    await expect(args.onUpgrade).toHaveBeenCalledWith(business, args.incident);
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
  },
};

/** Three plans: the required one is pre-selected; a higher one can be picked instead. */
export const ThreePlans: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    const radios = within(dialog).getAllByRole('radio');
    await expect(radios).toHaveLength(2);
    await expect(within(dialog).getByRole('radio', { name: 'Business' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Scale' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Upgrade to Scale' }));
    await expect(args.onUpgrade).toHaveBeenCalledWith(scale, args.incident);
  },
};

/** Four plans, mixed currencies and intervals (USD per month, EUR per year). */
export const FourPlans: Story = {
  args: { plans: samplePlans },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getAllByRole('listitem', { name: undefined }).length).toBeGreaterThanOrEqual(4);
    await expect(within(dialog).getByText('€4,990/year')).toBeVisible();
  },
};

/** In the page instead of a modal (`variant="inline"`), e.g. on a settings page. */
export const Inline: Story = {
  args: { variant: 'inline', plans: [team!, business!, enterprise!] },
  parameters: { layout: 'padded' },
  decorators: [(Story) => <div style={{ maxInlineSize: 880 }}><Story /></div>],
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('dialog')).toBeNull();
    await expect(canvas.getByRole('region', { name: 'Upgrade to continue' })).toBeVisible();
  },
};

/** As a plain upsell, without an incident: the first plan above the current one is offered. */
export const WithoutIncident: Story = {
  args: { incident: null, currentPlanId: 'team', plans: [team!, business!, scale!] },
};

/** No `onUpgrade` handler: the call to action is the server's upgrade link (new tab). */
export const UpgradeLinkFromServer: Story = {
  args: { onUpgrade: undefined, plans: [team!, business!] },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement);
    await expect(within(dialog).getByRole('link', { name: 'Upgrade to Business' })).toHaveAttribute(
      'href',
      'https://app.example.com/settings/billing?plan=business',
    );
  },
};

/** Checkout is running (the handler's promise has not settled). */
export const Pending: Story = {
  args: { onUpgrade: fn(() => new Promise<never>(() => {})) },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    const upgrade = within(dialog).getByRole('button', { name: 'Upgrade to Business' });
    await userEvent.click(upgrade);
    await waitFor(() => expect(upgrade).toHaveAttribute('aria-disabled', 'true'));
    await expect(dialog).toHaveAttribute('aria-busy', 'true');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Working on it…');
    await expect(args.onResolved).not.toHaveBeenCalled();
  },
};

/** Checkout failed: the error is shown and the prompt stays open. */
export const HandlerError: Story = {
  args: {
    onUpgrade: fn(async () => {
      throw new Error('Checkout is unavailable right now.');
    }),
  },
  play: async ({ canvasElement, args, userEvent }) => {
    const dialog = await findDialog(canvasElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Upgrade to Business' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent('Checkout is unavailable right now.');
    await expect(args.onResolved).not.toHaveBeenCalled();
  },
};

/** Opened on demand; Escape closes it and focus goes back to the button. */
export const EscapeReturnsFocus: Story = {
  render: (args) => (
    <WithTrigger<PlanUpgradePromptProps> label="See plans" props={args} render={(props) => <PlanUpgradePrompt {...props} />} />
  ),
  play: async ({ canvasElement, canvas, userEvent, args }) => {
    const trigger = canvas.getByRole('button', { name: 'See plans' });
    await userEvent.click(trigger);
    await expectFocusInside(await findDialog(canvasElement));
    await pressEscape();
    await expectNoDialog(canvasElement);
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** German: messages and `Intl` prices (`50 $/Monat`). */
export const German: Story = {
  args: { locale: 'de' },
};

/** The dark scheme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};

/** As an app gets it: the provider's defaults, no scheme forced; the page (light here) decides, and the stylesheet paints the dialog. */
export const AsShipped: Story = {
  parameters: { asShipped: true },
  play: ({ canvasElement }) => expectShippedLook(canvasElement),
};
