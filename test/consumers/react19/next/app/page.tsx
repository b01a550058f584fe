// A Server Component: values come from `react-payment-required/core`, which is server-safe.
import { PAYMENT_REQUIRED_REASONS } from 'react-payment-required/core';
import { Dashboard } from './dashboard';
import { Providers } from './providers';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // `?scheme=light-dark` makes the page declare `color-scheme: light dark`, as many sites do.
  const { scheme } = await searchParams;
  return (
    <>
      {scheme === 'light-dark' ? <style>{':root { color-scheme: light dark; }'}</style> : null}
      <Providers>
        <Dashboard />
      </Providers>
      <footer>
        <p data-reasons={PAYMENT_REQUIRED_REASONS.length}>Billing problems handled: {PAYMENT_REQUIRED_REASONS.join(', ')}.</p>
      </footer>
    </>
  );
}
