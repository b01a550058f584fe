import { act, renderHook } from '@testing-library/react';
import { useIncidentControls } from '../../src/components/shared/useIncidentControls';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { createQueryClient, withProviders } from '../helpers';

const quota: PaymentRequiredIncident = { reason: 'quota_exceeded', status: 402, quota: { limit: 10, used: 10 }, links: {}, format: 'json', raw: {} };

test('a dropped-in prompt resolving twice acts once: never on the new incident its own replay opened (issue 12 §3)', async () => {
  const client = createQueryClient();
  const { store } = getPaymentRequiredClient(client);
  const replayOfNew = vi.fn(async () => {});
  // The replay fails with the same quota again: a new entry of the same cause.
  const replay = vi.fn(async () => {
    store.report({ ...quota }, { blocked: { kind: 'query', key: '["usage"]', queryKey: ['usage'] }, resume: replayOfNew });
  });
  act(() => {
    store.report(quota, { blocked: { kind: 'query', key: '["usage"]', queryKey: ['usage'] }, resume: replay });
  });
  const { result } = renderHook(() => useIncidentControls(quota, {}), { wrapper: withProviders(client) });

  await act(async () => {
    result.current.onResolved?.();
    await Promise.resolve();
    result.current.onResolved?.();
  });
  expect(replay).toHaveBeenCalledTimes(1);
  expect(replayOfNew).not.toHaveBeenCalled();
  expect(store.getSnapshot().entries).toHaveLength(1);
});
