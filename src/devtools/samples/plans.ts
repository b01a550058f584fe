import type { Plan } from '../../core/types';

/** A plan with every field a prompt shows (one line a plan, so the list reads as a table). */
function plan(id: string, name: string, description: string, price: NonNullable<Plan['price']>, features: string[]): Plan {
  return { id, name, description, price, features };
}

/** Four plans of an imaginary SaaS, cheapest first: what the upgrade prompts offer. */
export const samplePlans: readonly Plan[] = [
  plan('team', 'Team', 'For small teams getting started.', { amount: 20, currency: 'USD', interval: 'month' }, ['5 seats', '3 projects', 'Email support']),
  plan('business', 'Business', 'Security and control for growing companies.', { amount: 50, currency: 'USD', interval: 'month' }, [
    '25 seats',
    'Unlimited projects',
    'SAML single sign-on',
  ]),
  plan('scale', 'Scale', 'Higher limits and priority support.', { amount: 4990, currency: 'EUR', interval: 'year' }, ['100 seats', 'Audit log', 'Priority support']),
  plan('enterprise', 'Enterprise', 'Dedicated capacity and a named contact.', { amount: 1200, currency: 'USD', interval: 'month' }, [
    'Unlimited seats',
    '99.99% uptime SLA',
    'Dedicated support',
  ]),
];
