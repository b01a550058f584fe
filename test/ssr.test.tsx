// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import * as apollo from '../src/adapters/apollo';
import * as axios from '../src/adapters/axios';
import * as ky from '../src/adapters/ky';
import * as ofetch from '../src/adapters/ofetch';
import * as openapiFetch from '../src/adapters/openapiFetch';
import * as graphqlRequest from '../src/adapters/graphqlRequest';
import * as trpc from '../src/adapters/trpc';
import * as components from '../src/components';
import * as core from '../src/core';
import * as crossTab from '../src/core/crossTab';
import * as micropayment from '../src/core/micropayment';
import * as parse from '../src/core/parse';
import * as devtools from '../src/devtools';
import * as main from '../src/index';
import { getPaymentRequiredClient } from '../src/query/paymentRequiredClient';

test('every entry imports without a DOM', () => {
  expect(typeof document).toBe('undefined');
  expect(typeof main.PaymentRequiredProvider).toBe('function');
  expect(typeof core.createIncidentStore).toBe('function');
  expect(typeof parse.parsePaymentRequired).toBe('function');
  expect(typeof components.UpdatePaymentModal).toBe('function');
  expect(typeof micropayment.withPayments).toBe('function');
  expect(typeof crossTab.connectCrossTab).toBe('function');
  expect(typeof devtools.PaymentRequiredDevtools).toBe('function');
  for (const adapter of [apollo, axios, ky, ofetch, openapiFetch, graphqlRequest, trpc]) {
    expect(Object.values(adapter).some((value) => typeof value === 'function')).toBe(true);
  }
});

test('the components and the devtools render to a string without a DOM', () => {
  const client = new QueryClient();
  const incident = { reason: 'payment_failed' as const, status: 402, links: {}, format: 'empty' as const, raw: '' };
  const html = renderToString(
    <QueryClientProvider client={client}>
      <main.PaymentRequiredProvider>
        <components.UpdatePaymentModal incident={incident} />
        <components.PlanUpgradePrompt variant="inline" />
        <components.QuotaCountdown resetAt={Date.now() + 60_000} />
        <components.MicropaymentPrompt incident={{ ...incident, reason: 'micropayment_required' }} variant="inline" />
        <devtools.PaymentRequiredDevtools />
      </main.PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  expect(html).toContain('data-reason="payment_failed"');
  expect(html).toContain('data-reason="upgrade_required"');
  expect(html).toContain('data-reason="quota_exceeded"');
  expect(html).toContain('data-reason="micropayment_required"');
});

test('the provider renders to a string, with and without an incident', () => {
  const client = new QueryClient();
  const page = () =>
    renderToString(
      <QueryClientProvider client={client}>
        <main.PaymentRequiredProvider>
          <p>app</p>
        </main.PaymentRequiredProvider>
      </QueryClientProvider>,
    );
  expect(page()).toContain('<p>app</p>');
  getPaymentRequiredClient(client).store.report({ reason: 'unknown', status: 402, links: {}, format: 'empty', raw: '' });
  expect(page()).toContain('<p>app</p>');
});
