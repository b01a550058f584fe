// The provider's automatic UI keeps a closed prompt mounted while its exit motion plays, then
// unmounts the host; under reduced motion it goes at once, and a new incident never waits.
// jsdom runs no CSS transitions: a stand-in `getAnimations()` on the <dialog> reports one that
// the test finishes by hand. The real motion is checked in Chromium (test/e2e/dialogMotion).
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useEffect, type ComponentProps } from 'react';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { loadHost } from '../../src/react/AutoHost';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';
import type * as HostModule from '../../src/components/PaymentRequiredHost';

const hostLife = vi.hoisted(() => ({ mounts: 0, unmounts: 0 }));

// The real host, counting its mounts, so the test sees when the provider lets it go.
vi.mock('../../src/components/PaymentRequiredHost', async (importOriginal) => {
  const actual = await importOriginal<typeof HostModule>();
  function CountedHost(props: ComponentProps<typeof actual.PaymentRequiredHost>) {
    useEffect(() => {
      hostLife.mounts += 1;
      return () => {
        hostLife.unmounts += 1;
      };
    }, []);
    return <actual.PaymentRequiredHost {...props} />;
  }
  return { ...actual, PaymentRequiredHost: CountedHost };
});

const hostMounted = () => hostLife.mounts > hostLife.unmounts;

const declined = (message: string): PaymentRequiredIncident => ({
  reason: 'payment_failed',
  status: 402,
  format: 'json',
  message,
  links: {},
  raw: null,
});

/** A running exit transition on every <dialog>, ended by `finish()`. */
function stubExitMotion() {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'getAnimations');
  Object.defineProperty(HTMLElement.prototype, 'getAnimations', {
    configurable: true,
    value(this: HTMLElement) {
      return this.tagName === 'DIALOG' ? [{ finished }] : [];
    },
  });
  const restore = () => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'getAnimations', original);
    else delete (HTMLElement.prototype as { getAnimations?: unknown }).getAnimations;
  };
  return { finish: () => act(async () => finish()), restore };
}

function renderApp(strict: boolean) {
  const client = createQueryClient();
  const app = (
    <QueryClientProvider client={client}>
      <PaymentRequiredProvider onUpdatePayment={() => {}}>
        <main>app</main>
      </PaymentRequiredProvider>
    </QueryClientProvider>
  );
  render(strict ? <StrictMode>{app}</StrictMode> : app);
  return getPaymentRequiredClient(client).store;
}

let motion: ReturnType<typeof stubExitMotion>;

beforeAll(() => loadHost());

beforeEach(() => {
  hostLife.mounts = 0;
  hostLife.unmounts = 0;
  motion = stubExitMotion();
});

afterEach(() => {
  motion.restore();
  vi.unstubAllGlobals();
});

describe.each([false, true])('StrictMode %s', (strict) => {
  test('a closed incident keeps its dialog, closed and inert, until the exit motion ends; then the host unmounts', async () => {
    const store = renderApp(strict);
    act(() => store.report(declined('Card declined.')));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAttribute('open');
    expect(hostMounted()).toBe(true);

    act(() => store.dismiss());
    // The store has moved on at once: nothing waits for the motion.
    expect(store.getSnapshot().current).toBeNull();
    expect(dialog.isConnected).toBe(true);
    expect(dialog).not.toHaveAttribute('open');
    expect(dialog.inert).toBe(true);
    expect(hostMounted()).toBe(true);

    await motion.finish();
    expect(document.querySelector('dialog')).toBeNull();
    expect(hostMounted()).toBe(false);
  });

  test('a new incident during the exit shows at once, in place of the closing one', () => {
    const store = renderApp(strict);
    act(() => store.report(declined('First decline.')));
    act(() => store.dismiss());
    expect(document.querySelector('dialog:not([open])')).not.toBeNull();

    act(() => store.report({ ...declined('Second decline.'), reason: 'payment_method_required' }));
    const dialogs = document.querySelectorAll('dialog');
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]).toHaveAttribute('open');
    expect(dialogs[0]).toHaveAttribute('data-reason', 'payment_method_required');
  });

  test('under reduced motion the dialog and the host go in the commit that closes the incident', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }));
    const store = renderApp(strict);
    act(() => store.report(declined('Card declined.')));
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    act(() => store.dismiss());
    expect(document.querySelector('dialog')).toBeNull();
    expect(hostMounted()).toBe(false);
  });
});

test('an exit whose motion never reports an end still lets the host go', async () => {
  motion.restore();
  Object.defineProperty(HTMLElement.prototype, 'getAnimations', {
    configurable: true,
    value(this: HTMLElement) {
      return this.tagName === 'DIALOG' ? [{ finished: new Promise(() => {}) }] : [];
    },
  });
  const store = renderApp(false);
  act(() => store.report(declined('Card declined.')));
  act(() => store.dismiss());
  expect(document.querySelector('dialog')).not.toBeNull();
  await waitFor(() => expect(hostMounted()).toBe(false), { timeout: 4000 });
  expect(document.querySelector('dialog')).toBeNull();
});
