import { render } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactElement } from 'react';
import { PlanUpgradePrompt } from '../../src/components/plan-upgrade/PlanUpgradePrompt';
import { QuotaCountdown } from '../../src/components/quota/QuotaCountdown';
import { UpdatePaymentModal } from '../../src/components/update-payment/UpdatePaymentModal';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { sampleIncident } from '../../src/devtools/samples';

// Server links reach the UI only through the parser, so the incidents here come from server bodies.
function fromServer(body: unknown): PaymentRequiredIncident {
  const parsed = parsePaymentRequired({ status: 402, body }, { links: { baseUrl: 'https://app.example.com' } });
  if (!parsed) throw new Error('no incident');
  return parsed;
}

const declined = () =>
  fromServer({
    code: 'card_declined',
    message: 'Your card was declined.',
    billing_portal_url: 'https://billing.example.com/session/1',
    support_url: '/support',
  });
const upgrade = () => fromServer({ code: 'upgrade_required', message: 'Exports need the Business plan', upgrade_url: '/pricing' });
const quota = () =>
  fromServer({ code: 'quota_exceeded', message: 'Monthly quota exceeded', upgrade_url: 'https://app.example.com/upgrade', limit: 100, remaining: 0 });

// Every component that renders a link from the server, rendered without app handlers so links show.
const cases: [string, () => ReactElement, string[]][] = [
  ['UpdatePaymentModal', () => <UpdatePaymentModal incident={declined()} />, ['https://billing.example.com/session/1', 'https://app.example.com/support']],
  ['PlanUpgradePrompt', () => <PlanUpgradePrompt incident={upgrade()} />, ['https://app.example.com/pricing']],
  ['PlanUpgradePrompt inline', () => <PlanUpgradePrompt variant="inline" incident={upgrade()} />, ['https://app.example.com/pricing']],
  ['QuotaCountdown', () => <QuotaCountdown incident={quota()} />, ['https://app.example.com/upgrade']],
];

describe.each(cases)('%s', (_name, element, hrefs) => {
  it('opens server links in a new tab with rel="noopener noreferrer"', () => {
    render(element());
    const anchors = [...document.querySelectorAll('a')];
    expect(anchors.map((a) => a.getAttribute('href')).sort()).toEqual([...hrefs].sort());
    for (const a of anchors) {
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a).toHaveAttribute('target', '_blank');
    }
  });
});

describe('unsafe links never render', () => {
  it('a server link the policy drops leaves no anchor behind', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hostile = fromServer({
      code: 'card_declined',
      message: 'Your card was declined.',
      billing_portal_url: 'javascript:alert(1)',
      support_url: '//evil.example/support',
    });
    render(<UpdatePaymentModal incident={hostile} />);
    expect(document.querySelector('a')).toBeNull();
    warn.mockRestore();
  });

  it('a link put into an incident by hand is checked again before it renders', () => {
    render(<PlanUpgradePrompt incident={sampleIncident({ reason: 'upgrade_required', links: { upgrade: 'javascript:alert(1)' } })} />);
    expect(document.querySelector('a')).toBeNull();
  });

  // Before, the render-time check looked only at the scheme, so these passed.
  it.each(['//evil.com/billing', '/\\evil.com/billing', 'https://user:pass@evil.com/billing', 'http://evil.com/billing', 'https://evil.com/\u202ebilling'])(
    'the full link policy applies at render: %s renders no anchor',
    (href) => {
      render(<UpdatePaymentModal incident={sampleIncident({ reason: 'payment_failed', links: { billingPortal: href, support: href } })} />);
      expect(document.querySelector('a')).toBeNull();
    },
  );

  it('links the policy keeps still render at render time: https, localhost http, same-origin paths', () => {
    render(
      <UpdatePaymentModal
        incident={sampleIncident({ reason: 'payment_failed', links: { billingPortal: 'http://localhost:8080/billing', support: '/help' } })}
      />,
    );
    expect([...document.querySelectorAll('a')].map((a) => a.getAttribute('href')).sort()).toEqual(
      ['http://localhost:8080/billing', new URL('/help', location.origin).href].sort(),
    );
  });
});

// A component added later that writes its own <a> would bypass the rel and href checks above.
test('ActionLink is the only place in src/components that renders an anchor', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/components');
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'));
  expect(files.length).toBeGreaterThan(10);
  const withAnchors = files.filter((f) => /<a[\s>]/.test(readFileSync(join(root, f), 'utf8')));
  expect(withAnchors).toEqual([join('shared', 'ActionLink.tsx')]);
});
