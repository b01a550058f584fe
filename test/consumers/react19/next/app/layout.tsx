import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import 'react-payment-required/styles.css';

export const metadata: Metadata = { title: 'Acme dashboard (Next.js)' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
