import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { Profiler, StrictMode, type ReactNode } from 'react';
import { PaymentRequiredHost } from '../../src/components/PaymentRequiredHost';
import { sampleIncident } from '../../src/devtools/samples';
import { catalogueChunk } from '../../src/messages/catalogueChunks';
import type * as GermanCatalogue from '../../src/messages/de';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { loadHost } from '../../src/react/AutoHost';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { createQueryClient } from '../helpers';

// Counts imports of the German catalogue's module (its chunk, in a built app). The tests below run
// in order: the English app first, while German has never been asked for.
const { germanImported } = vi.hoisted(() => ({ germanImported: vi.fn() }));
vi.mock('../../src/messages/de', async (importOriginal) => {
  germanImported();
  return importOriginal<typeof GermanCatalogue>();
});

const ENGLISH = /Your payment didn’t go through|Not now/;
const GERMAN_TITLE = 'Die Zahlung ist fehlgeschlagen';

/**
 * Mounts a provider with its automatic UI and reports a failed card payment right away. Returns
 * the dialog text at every commit of the tree (null while no dialog is in the document).
 */
function renderWithIncident(props: Omit<PaymentRequiredProviderProps, 'children'>, strict = false) {
  const client = createQueryClient();
  const painted: (string | null)[] = [];
  const app = (
    <Profiler id="app" onRender={() => painted.push(document.querySelector('dialog')?.textContent ?? null)}>
      <QueryClientProvider client={client}>
        <PaymentRequiredProvider onUpdatePayment={() => {}} {...props}>
          <main>app</main>
        </PaymentRequiredProvider>
      </QueryClientProvider>
    </Profiler>
  );
  render(strict ? <StrictMode>{app}</StrictMode> : app);
  act(() => {
    getPaymentRequiredClient(client).store.report(sampleIncident({ reason: 'payment_failed' }));
  });
  return painted;
}

afterEach(() => {
  vi.restoreAllMocks();
});

test('an English app never requests the German catalogue', async () => {
  await loadHost();
  renderWithIncident({ locale: 'en' });
  expect(await screen.findByRole('dialog', { name: 'Your payment didn’t go through' })).toBeInTheDocument();
  expect(germanImported).not.toHaveBeenCalled();
  expect(catalogueChunk('de')!.loaded()).toBeUndefined();
});

test('the browser language, English here, requests nothing either', async () => {
  renderWithIncident({});
  expect(await screen.findByRole('dialog', { name: 'Your payment didn’t go through' })).toBeInTheDocument();
  expect(germanImported).not.toHaveBeenCalled();
});

test('locale="de" under StrictMode: the first dialog painted is German, the catalogue fetched once', async () => {
  expect(catalogueChunk('de')!.loaded()).toBeUndefined();
  const painted = renderWithIncident({ locale: 'de' }, true);
  // The prompt waits for its catalogue: no dialog until German has arrived, never an English one.
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(await screen.findByRole('dialog', { name: GERMAN_TITLE })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Nicht jetzt' })).toBeInTheDocument();
  const dialogs = painted.filter((text) => text !== null);
  expect(dialogs.length).toBeGreaterThan(0);
  expect(dialogs.filter((text) => ENGLISH.test(text))).toEqual([]);
  expect(germanImported).toHaveBeenCalledTimes(1);
});

test.each([
  ['locale="de-AT"', { locale: 'de-AT' }, 'en-US'],
  ["the browser's language, de-DE", {}, 'de-DE'],
])('%s: German from the first painted dialog', async (_, props, browserLanguage) => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(browserLanguage);
  const painted = renderWithIncident(props);
  expect(await screen.findByRole('dialog', { name: GERMAN_TITLE })).toBeInTheDocument();
  expect(painted.filter((text) => text !== null && ENGLISH.test(text))).toEqual([]);
});

test.each([
  ['the automatic UI', { locale: 'de' }, null],
  ['a host placed by hand', { locale: 'de', autoUI: false }, <PaymentRequiredHost key="host" />],
])('%s requests the catalogue at mount, before any 402', async (_, props, children: ReactNode) => {
  const load = vi.spyOn(catalogueChunk('de')!, 'load');
  render(
    <QueryClientProvider client={createQueryClient()}>
      <PaymentRequiredProvider {...props}>{children}</PaymentRequiredProvider>
    </QueryClientProvider>,
  );
  await waitFor(() => expect(load).toHaveBeenCalled());
  expect(screen.queryByRole('dialog')).toBeNull();
});
