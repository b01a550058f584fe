import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { DevtoolsPanel, type PaymentRequiredDevtoolsProps } from '../src/devtools/DevtoolsPanel';
import { PaymentRequiredProvider } from '../src/react/PaymentRequiredProvider';
import type { ThemeTokens } from '../src/theme/tokens';
import { demoPlans } from './demo/SaasApp';
import { expectNoDialog, findDialog, pressEscape } from './support/play';

interface DevtoolsDemoProps extends PaymentRequiredDevtoolsProps {
  theme?: ThemeTokens;
  locale?: string;
}

/**
 * An app wrapped in `QueryClientProvider` + `PaymentRequiredProvider`, with the devtools inside.
 * "Simulate a 402" reports a canned response for each reason: the provider's UI opens as for a
 * real one, and the panel shows the incident and its events.
 */
function DevtoolsDemo({ theme, locale, ...devtools }: DevtoolsDemoProps) {
  const [queryClient] = useState(() => new QueryClient());
  // The billing actions "succeed" at once, so the provider resolves the incident.
  const confirm = () => new Promise<void>((resolve) => setTimeout(resolve, 200));
  return (
    <QueryClientProvider client={queryClient}>
      <PaymentRequiredProvider
        plans={demoPlans}
        theme={theme}
        locale={locale}
        onUpdatePayment={confirm}
        onUpgrade={confirm}
        onPay={confirm}
        onContactSupport={confirm}
      >
        <main style={{ padding: 24, minBlockSize: 360 }}>
          <h1 style={{ marginBlockStart: 0 }}>Acme Cloud</h1>
          <p>Open the devtools and simulate a 402 for any reason.</p>
          {/* Apps render <PaymentRequiredDevtools />, which is null in production builds; a
              published Storybook is one, so the story renders the panel itself. */}
          <DevtoolsPanel {...devtools} />
        </main>
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Tools/Devtools',
  component: DevtoolsDemo,
  args: { initialOpen: true, position: 'inline' },
  argTypes: {
    position: { control: 'inline-radio', options: ['bottom-right', 'bottom-left', 'inline'] },
    theme: { table: { disable: true } },
    locale: { table: { disable: true } },
  },
  parameters: {
    layout: 'fullscreen',
    docs: { story: { inline: false, iframeHeight: 640 } },
  },
} satisfies Meta<typeof DevtoolsDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Simulate a declined card: the modal opens; dismiss it, show it again, resolve it from the panel. */
export const SimulateAndResolve: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const panel = canvas.getByRole('region', { name: 'Payment Required devtools' });

    await userEvent.click(within(panel).getByRole('button', { name: 'payment_failed' }));
    await findDialog(canvasElement, 'Your payment didn’t go through');
    await pressEscape();
    await expectNoDialog(canvasElement);

    const row = await within(panel).findByRole('row', { name: /^payment_failed/ });
    await expect(row).toHaveAttribute('data-state', 'dismissed');
    await expect(within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent)).toEqual(['dismissed', 'stripe', '1']);

    await userEvent.click(within(panel).getByRole('button', { name: 'Show payment_failed (incident-1)' }));
    await findDialog(canvasElement, 'Your payment didn’t go through');
    await pressEscape();
    await expectNoDialog(canvasElement);

    await userEvent.click(within(panel).getByRole('button', { name: 'Resolve payment_failed (incident-1)' }));
    await waitFor(() => expect(within(panel).getByText('No unresolved incidents.')).toBeVisible());
    const events = within(panel).getByRole('list', { name: 'Incident events, newest first' });
    await expect(within(events).getAllByRole('listitem').map((item) => /(shown|dismissed|reopened|resolved)/.exec(item.textContent ?? '')?.[1])).toEqual([
      'resolved',
      'dismissed',
      'reopened',
      'dismissed',
      'shown',
    ]);
  },
};

/** A quota that ran out: the countdown opens from the simulated `Retry-After`. */
export const SimulateQuota: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const panel = within(canvasElement).getByRole('region', { name: 'Payment Required devtools' });
    await userEvent.click(within(panel).getByRole('button', { name: 'quota_exceeded' }));
    const dialog = await findDialog(canvasElement);
    await expect(dialog).toHaveTextContent(/Resets in/);
    await pressEscape();
    await expectNoDialog(canvasElement);
  },
};

/** As an app renders it: a small toggle in the corner, opened from the keyboard. */
export const Collapsed: Story = {
  args: { initialOpen: false, position: 'bottom-right' },
  play: async ({ canvasElement, userEvent }) => {
    const toggle = within(canvasElement).getByRole('button', { name: /402 devtools · 0 incidents/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(within(canvasElement).getByRole('region', { name: 'Payment Required devtools' })).toBeVisible();
  },
};
