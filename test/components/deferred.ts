import type { Plan } from '../../src/core/types';

export const plans: Plan[] = [
  { id: 'free', name: 'Free', price: { amount: 0, currency: 'USD', interval: 'month' }, features: ['1 project'] },
  {
    id: 'pro',
    name: 'Pro',
    description: 'For growing teams',
    price: { amount: 29, currency: 'USD', interval: 'month' },
    features: ['Unlimited projects', 'CSV export'],
  },
  { id: 'business', name: 'Business', price: { amount: 990, currency: 'USD', interval: 'year' }, features: ['SSO'] },
];

/** A promise with its settle functions, to hold a handler pending. */
export function deferred<T = unknown>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
