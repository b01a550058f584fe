// A render storm: 500 queries in one tree fail with the same 402 at once. Counted: incidents in
// the store, React commits (Profiler), renders of the provider and of components that never read
// the incident, and the heap left behind after resolving (all 500 replay and succeed) + unmount.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { PaymentRequiredError } from '../../src/core/error';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { PaymentRequiredProvider, type PaymentRequiredProviderProps } from '../../src/react/PaymentRequiredProvider';
import { usePaymentRequired, usePaymentRequiredActions } from '../../src/presentation/usePaymentRequired';
import { heapUsed, realTick, record, round, wallNow } from './record';

const QUERIES = 500;
const NON_READERS = 50;
const CYCLES = 5;

const exhausted = () =>
  new PaymentRequiredError({
    status: 402,
    body: { error: { code: 'insufficient_credits', message: 'You have run out of credits.' } },
  });

function deferred() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const giveUpAt = wallNow() + 60_000;
  while (!condition()) {
    if (wallNow() > giveUpAt) throw new Error(`timed out waiting for ${what}`);
    await act(async () => {
      await new Promise((done) => setTimeout(done, 5));
    });
  }
}

/** Mounts the tree, fails all queries at once, resolves, unmounts. Returns what it counted. */
async function stormCycle() {
  const client = new QueryClient();
  const gate = deferred();
  const state = { paid: false, fetches: 0 };
  const commits = { app: 0, queries: 0, nonReaders: 0, readers: 0 };
  const renderMs = { app: 0, queries: 0, nonReaders: 0, readers: 0 };
  let nonReaderRenders = 0;
  let readerRenders = 0;

  function Item({ index }: { index: number }) {
    const query = useQuery({
      queryKey: ['storm', index],
      queryFn: async () => {
        state.fetches++;
        await gate.promise;
        if (!state.paid) throw exhausted();
        return index;
      },
    });
    return <li>{query.status}</li>;
  }
  function Static({ index }: { index: number }) {
    nonReaderRenders++;
    return <span>static {index}</span>;
  }
  function ActionsOnly() {
    nonReaderRenders++;
    const { dismiss } = usePaymentRequiredActions();
    return (
      <button type="button" onClick={() => dismiss()}>
        dismiss
      </button>
    );
  }
  function IncidentReader() {
    readerRenders++;
    const incident = usePaymentRequired((s) => s.incident);
    return <output>{incident?.reason ?? 'none'}</output>;
  }
  const count = (key: keyof typeof commits) => (_id: string, _phase: string, actualDuration: number) => {
    commits[key]++;
    renderMs[key] += actualDuration;
  };
  const tree = (children: ReactNode) => (
    <QueryClientProvider client={client}>
      <Profiler id="app" onRender={count('app')}>
        <CountedProvider onUpdatePayment={() => undefined} onUpgrade={() => undefined}>
          {children}
        </CountedProvider>
      </Profiler>
    </QueryClientProvider>
  );

  // The provider has no state of its own: it renders when this wrapper does (or the QueryClient
  // changes, which it does not here), so the wrapper counts its renders.
  const providerRenders = { count: 0 };
  function CountedProvider(props: PaymentRequiredProviderProps) {
    providerRenders.count++;
    return <PaymentRequiredProvider {...props} />;
  }
  const view = render(
    tree(
      <>
        <Profiler id="non-readers" onRender={count('nonReaders')}>
          {Array.from({ length: NON_READERS }, (_, index) => (
            <Static key={index} index={index} />
          ))}
          <ActionsOnly />
        </Profiler>
        <Profiler id="reader" onRender={count('readers')}>
          <IncidentReader />
        </Profiler>
        <Profiler id="queries" onRender={count('queries')}>
          <ul>
            {Array.from({ length: QUERIES }, (_, index) => (
              <Item key={index} index={index} />
            ))}
          </ul>
        </Profiler>
      </>,
    ),
  );
  await until(() => state.fetches === QUERIES, 'every query to start');
  const { store } = getPaymentRequiredClient(client);

  // From here on: the storm.
  const mounted = { ...commits, nonReaderRenders, readerRenders, providerRenders: providerRenders.count };
  const mountedMs = { ...renderMs };
  const stormStart = wallNow();
  await act(async () => {
    gate.open();
    await realTick();
  });
  const errored = () => client.getQueryCache().findAll({ queryKey: ['storm'] }).every((q) => q.state.status === 'error');
  await until(errored, 'every query to fail');
  await until(() => document.querySelector('[role="dialog"], dialog[open], [data-reason]') !== null, 'the dialog');
  const stormWallMs = wallNow() - stormStart;
  const snapshot = store.getSnapshot();
  const storm = {
    incidents: snapshot.entries.length,
    blockedOperations: snapshot.entries.reduce((sum, entry) => sum + entry.blocked.length, 0),
    fetches: state.fetches,
    appCommits: commits.app - mounted.app,
    queryCommits: commits.queries - mounted.queries,
    nonReaderCommits: commits.nonReaders - mounted.nonReaders,
    nonReaderRenders: nonReaderRenders - mounted.nonReaderRenders,
    providerRenders: providerRenders.count - mounted.providerRenders,
    incidentReaderRenders: readerRenders - mounted.readerRenders,
    // Profiler time inside the provider that is not the app's own components: the library's UI.
    libraryRenderMs: round(
      renderMs.app - mountedMs.app - (renderMs.queries - mountedMs.queries) - (renderMs.nonReaders - mountedMs.nonReaders) - (renderMs.readers - mountedMs.readers),
      1,
    ),
    queriesRenderMs: round(renderMs.queries - mountedMs.queries, 1),
    wallMs: round(stormWallMs, 1),
  };

  // Resolve: the one incident replays all 500 queries, which now succeed.
  state.paid = true;
  const fetchesBeforeResolve = state.fetches;
  await act(async () => {
    await store.resolve(snapshot.entries[0]?.id);
  });
  const succeeded = () => client.getQueryCache().findAll({ queryKey: ['storm'] }).every((q) => q.state.status === 'success');
  await until(succeeded, 'every query to succeed after resolve');
  const replays = state.fetches - fetchesBeforeResolve;

  view.unmount();
  cleanup();
  client.clear();
  await realTick();
  return { ...storm, replaysAfterResolve: replays, incidentsAfterResolve: store.getSnapshot().entries.length };
}

test('500 concurrent 402s', async () => {
  // The first cycle loads and compiles everything. Then the heap (after GC) is read after each of
  // CYCLES more: early deltas hold one-time costs (optimised code, caches filling up); a leak
  // shows as growth that goes on over the last cycles.
  await stormCycle();
  const heapBefore = heapUsed();
  const heapAfterCycles: number[] = [];
  let storm = await stormCycle();
  heapAfterCycles.push(heapUsed().bytes - heapBefore.bytes);
  for (let cycle = 1; cycle < CYCLES; cycle++) {
    storm = await stormCycle();
    heapAfterCycles.push(heapUsed().bytes - heapBefore.bytes);
  }
  // Over the last two cycles: the first ones still settle (compiled code, caches reaching size).
  const growthPerCycle = (heapAfterCycles.at(-1)! - heapAfterCycles.at(-3)!) / 2;
  record('storm', {
    queries: QUERIES,
    nonReaderComponents: NON_READERS + 1,
    ...storm,
    heapCycles: CYCLES,
    heapAfterEachCycleKiB: heapAfterCycles.map((bytes) => round(bytes / 1024, 1)),
    heapDeltaFirstCycleKiB: round(heapAfterCycles[0]! / 1024, 1),
    heapGrowthPerCycleKiB: round(growthPerCycle / 1024, 1),
    heapMeasuredAfterGc: heapBefore.gc,
  });
});
