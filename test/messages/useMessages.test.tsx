import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { UpdatePaymentModal } from '../../src/components/update-payment/UpdatePaymentModal';
import { sampleIncident } from '../../src/devtools/samples';
import { catalogueChunk } from '../../src/messages/catalogueChunks';
import { de } from '../../src/messages/de';
import { useMessages } from '../../src/messages/useMessages';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';

function wrapper(props: { locale?: string; messages?: Record<string, string> }) {
  const client = new QueryClient();
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider autoUI={false} {...props}>
        {children}
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
}

test('outside the provider: the browser language, not explicit', () => {
  const { result } = renderHook(() => useMessages());
  expect(result.current.isExplicit).toBe(false);
  expect(result.current.t('action.close')).toBe('Close');
});

test("the provider's locale and overrides, then the component's own", async () => {
  const { result } = renderHook(() => useMessages({ messages: { 'action.close': 'Zumachen' } }), {
    wrapper: wrapper({ locale: 'de', messages: { 'action.notNow': 'Später' } }),
  });
  expect(result.current.isExplicit).toBe(true);
  expect(result.current.locale).toBe('de');
  expect(result.current.t('action.notNow')).toBe('Später');
  expect(result.current.t('action.close')).toBe('Zumachen');
  // The German catalogue is a chunk: requested by the first render, English meanwhile.
  expect(result.current.isLoading).toBe(true);
  expect(result.current.t('action.tryAgain')).toBe('Try again');
  await waitFor(() => expect(result.current.isLoading).toBe(false));
  expect(result.current.t('action.tryAgain')).toBe('Erneut versuchen');
  expect(result.current.t('action.notNow')).toBe('Später');
});

test('English needs no catalogue to arrive', () => {
  const { result } = renderHook(() => useMessages({ locale: 'en-GB' }));
  expect(result.current.isLoading).toBe(false);
  expect(result.current.t('action.tryAgain')).toBe('Try again');
});

test('a catalogue that fails to load leaves English, and the next mount asks again', async () => {
  const chunk = catalogueChunk('de')!;
  // As if the chunk had never arrived, then its request fails once (offline).
  const loaded = vi.spyOn(chunk, 'loaded').mockReturnValue(undefined);
  const load = vi.spyOn(chunk, 'load').mockRejectedValueOnce(new Error('offline'));
  const first = renderHook(() => useMessages({ locale: 'de' }));
  expect(first.result.current.isLoading).toBe(true);
  await waitFor(() => expect(first.result.current.isLoading).toBe(false));
  expect(first.result.current.t('action.tryAgain')).toBe('Try again');
  first.unmount();
  loaded.mockRestore();

  const second = renderHook(() => useMessages({ locale: 'de' }));
  await waitFor(() => expect(second.result.current.t('action.tryAgain')).toBe('Erneut versuchen'));
  expect(load).toHaveBeenCalledTimes(2);
  load.mockRestore();
});

test('the formatter is stable across renders', () => {
  const { result, rerender } = renderHook(() => useMessages({ locale: 'en' }));
  const first = result.current;
  rerender();
  expect(result.current).toBe(first);
});

test('a whole catalogue passed as messages is used at once, on the server too', () => {
  // As if the German chunk had not arrived: the app's own copy of it needs no wait.
  vi.spyOn(catalogueChunk('de')!, 'loaded').mockReturnValue(undefined);
  const { result } = renderHook(() => useMessages({ locale: 'de', messages: de }));
  expect(result.current.isLoading).toBe(false);
  expect(result.current.t('action.tryAgain')).toBe('Erneut versuchen');
  vi.restoreAllMocks();
  const html = renderToString(<UpdatePaymentModal incident={sampleIncident({ reason: 'payment_failed' })} locale="de" messages={de} />);
  expect(html).toContain('Die Zahlung ist fehlgeschlagen');
  // Without it, the server renders nothing rather than English the browser would replace.
  expect(renderToString(<UpdatePaymentModal incident={sampleIncident({ reason: 'payment_failed' })} locale="de" />)).toBe('');
});
