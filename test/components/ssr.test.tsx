// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { PlanUpgradePrompt, QuotaCountdown } from '../../src/components';
import type { PaymentRequiredReason } from '../../src/core/types';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';

test.each<PaymentRequiredReason>(['payment_failed', 'upgrade_required', 'quota_exceeded', 'micropayment_required', 'unknown'])(
  'with a %s incident the provider renders the app on the server, and no modal',
  (reason) => {
    expect(typeof document).toBe('undefined');
    const client = new QueryClient();
    getPaymentRequiredClient(client).store.report({ reason, status: 402, links: {}, format: 'empty', raw: '' });
    const html = renderToString(
      <QueryClientProvider client={client}>
        <PaymentRequiredProvider theme={{ colorPrimary: '#6d28d9' }}>
          <p>app</p>
        </PaymentRequiredProvider>
      </QueryClientProvider>,
    );
    expect(html).toContain('<p>app</p>');
    // A modal opens in the browser (showModal), so the server leaves it to hydration.
    expect(html).not.toContain('<dialog');
  },
);

test('inline prompts render on the server; a countdown claims no time until hydrated', () => {
  const html = renderToString(
    <>
      <QuotaCountdown resetAt={Date.now() + 60_000} />
      <PlanUpgradePrompt variant="inline" plans={[{ id: 'pro', name: 'Pro', price: { amount: 29, currency: 'USD', interval: 'month' } }]} />
    </>,
  );
  expect(html).toContain('role="timer"');
  expect(html).not.toMatch(/Resets in/);
  expect(html).toContain('$29/month');
});
