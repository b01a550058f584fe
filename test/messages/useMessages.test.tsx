import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
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

test("the provider's locale and overrides, then the component's own", () => {
  const { result } = renderHook(() => useMessages({ messages: { 'action.close': 'Zumachen' } }), {
    wrapper: wrapper({ locale: 'de', messages: { 'action.notNow': 'Später' } }),
  });
  expect(result.current.isExplicit).toBe(true);
  expect(result.current.locale).toBe('de');
  expect(result.current.t('action.notNow')).toBe('Später');
  expect(result.current.t('action.close')).toBe('Zumachen');
  expect(result.current.t('action.tryAgain')).toBe('Erneut versuchen');
});

test('the formatter is stable across renders', () => {
  const { result, rerender } = renderHook(() => useMessages({ locale: 'en' }));
  const first = result.current;
  rerender();
  expect(result.current).toBe(first);
});
