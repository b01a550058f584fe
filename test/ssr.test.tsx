// @vitest-environment node
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import * as core from '../src/core';
import * as parse from '../src/core/parse';
import * as main from '../src/index';
import { getPaymentRequiredClient } from '../src/query/paymentRequiredClient';

test('entries import without a DOM', () => {
  expect(typeof document).toBe('undefined');
  expect(typeof main.PaymentRequiredProvider).toBe('function');
  expect(typeof core.createIncidentStore).toBe('function');
  expect(typeof parse.parsePaymentRequired).toBe('function');
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
