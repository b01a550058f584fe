import { MutationObserver, type MutationFunction } from '@tanstack/react-query';
import { PaymentRequiredError } from '../../src/core/error';
import { plainDataKey } from '../../src/query/replayKey';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { loadOnDemand, protocolReaders } from '../../src/query/lazyParser';
import { createQueryClient, declinedCardError } from '../helpers';

// Issue 12 §3: the user submits, gets a 402, dismisses, and submits the same form again. Once paid,
// the server must receive that order once, not once per submission; different orders still all go through.

// The parser and the per-request payment readers in memory, as on a page whose provider has `onPay`.
beforeAll(() => Promise.all([loadOnDemand(), protocolReaders.load()]));

/** An in-process orders API: 402 (card declined) until the account is paid; it records every order it created. */
function fakeOrdersApi() {
  let paid = false;
  const created: unknown[] = [];
  const createOrder = async (order: unknown) => {
    if (!paid) throw declinedCardError();
    created.push(order);
    return { id: created.length };
  };
  return { createOrder, created, markPaid: () => (paid = true) };
}

function setup() {
  const client = createQueryClient();
  const paymentRequired = getPaymentRequiredClient(client);
  const disconnect = paymentRequired.connect();
  onTestFinished(disconnect);
  const { store } = paymentRequired;
  const submit = async <TData, TVariables>(observer: MutationObserver<TData, Error, TVariables>, variables: TVariables) => {
    await observer.mutate(variables).catch(() => {});
    // The user closes the dialog ("Not now") before trying again.
    store.dismiss();
  };
  return { client, store, submit };
}

test('the same form submitted twice during a 402 (same mutationKey, same variables) is replayed once', async () => {
  const api = fakeOrdersApi();
  const { client, store, submit } = setup();
  const observer = new MutationObserver(client, { mutationKey: ['orders', 'create'], mutationFn: api.createOrder });

  await submit(observer, { id: 'order-1', items: ['book'] });
  await submit(observer, { items: ['book'], id: 'order-1' });
  expect(store.getSnapshot().entries).toHaveLength(1);
  expect(store.getSnapshot().entries[0]!.blocked).toHaveLength(1);

  api.markPaid();
  await store.resolve();
  expect(api.created).toEqual([{ items: ['book'], id: 'order-1' }]);
  // The observer the form uses sees the replay succeed.
  expect(observer.getCurrentResult()).toMatchObject({ status: 'success', data: { id: 1 } });
});

test('without a mutationKey, the same mutationFn with the same variables is replayed once', async () => {
  const api = fakeOrdersApi();
  const { client, store, submit } = setup();
  const observer = new MutationObserver(client, { mutationFn: api.createOrder });
  await submit(observer, 'order-1');
  await submit(observer, 'order-1');
  api.markPaid();
  await store.resolve(store.getSnapshot().entries[0]!.id);
  expect(api.created).toEqual(['order-1']);
});

test('different orders, different mutations, or variables that are not plain data are each replayed', async () => {
  const api = fakeOrdersApi();
  const { client, store, submit } = setup();
  const keyed = new MutationObserver(client, { mutationKey: ['orders', 'create'], mutationFn: api.createOrder });
  await submit(keyed, 'order-1');
  await submit(keyed, 'order-2');
  // Two inline mutation functions without a key are two operations, even with equal variables.
  const inlineA = new MutationObserver(client, { mutationFn: ((order) => api.createOrder(order)) as MutationFunction<unknown, string> });
  const inlineB = new MutationObserver(client, { mutationFn: ((order) => api.createOrder(order)) as MutationFunction<unknown, string> });
  await submit(inlineA, 'order-3');
  await submit(inlineB, 'order-3');
  // FormData is not compared by value: two uploads stay two.
  const upload = new MutationObserver(client, { mutationKey: ['upload'], mutationFn: api.createOrder });
  await submit(upload, new FormData());
  await submit(upload, new FormData());

  api.markPaid();
  await store.resolve(store.getSnapshot().entries[0]!.id);
  expect(api.created).toHaveLength(6);
  expect(api.created.slice(0, 4)).toEqual(['order-1', 'order-2', 'order-3', 'order-3']);
});

describe('plainDataKey', () => {
  test('equal plain data gives equal keys whatever the key order; other values give none', () => {
    expect(plainDataKey({ a: 1, b: [true, null, 'x'] })).toBe(plainDataKey({ b: [true, null, 'x'], a: 1 }));
    expect(plainDataKey({ a: undefined })).not.toBe(plainDataKey({ a: null }));
    expect(plainDataKey(['1'])).not.toBe(plainDataKey([1]));
    for (const value of [new Date(0), new Map(), () => {}, Number.NaN, { nested: new FormData() }]) {
      expect(plainDataKey(value)).toBeUndefined();
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(plainDataKey(cycle)).toBeUndefined();
    expect(plainDataKey(Array.from({ length: 10_000 }, (_, i) => i))).toBeUndefined();
  });

  test('a "__proto__" key is data, not a prototype', () => {
    expect(plainDataKey(JSON.parse('{"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1}}');
  });
});

test('a query blocked by a refused micropayment that succeeds on its own does not replay the others (issue 12 §3)', async () => {
  const { client, store } = setup();
  const url = 'https://api.example.com/premium/report';
  // The paid retry was refused: a failed x402 settlement on an empty body (reason payment_failed).
  const refused = () =>
    new PaymentRequiredError({ headers: { 'payment-response': btoa(JSON.stringify({ success: false, errorReason: 'insufficient_funds' })) }, url });
  const other = vi.fn(async () => {
    throw refused();
  });
  await client.fetchQuery({ queryKey: ['report', 'a'], queryFn: async () => Promise.reject(refused()) }).catch(() => {});
  await client.fetchQuery({ queryKey: ['report', 'b'], queryFn: other }).catch(() => {});
  expect(store.getSnapshot().entries).toHaveLength(1);
  expect(store.getSnapshot().entries[0]!.incident).toMatchObject({ reason: 'payment_failed', micropayment: { protocol: 'x402' } });

  // One of them goes through (paid by the app some other way): that proves nothing for the other.
  await client.fetchQuery({ queryKey: ['report', 'a'], queryFn: async () => 'paid report' });
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(other).toHaveBeenCalledTimes(1);
  expect(store.getSnapshot().entries[0]!.blocked.map((operation) => operation.key)).toEqual(['["report","b"]']);
});
