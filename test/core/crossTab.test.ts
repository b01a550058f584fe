import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  connectCrossTab,
  type BroadcastChannelLike,
  type CrossTabEnvironment,
  type CrossTabOptions,
  type StorageEventLike,
} from '../../src/core/crossTab';
import { createIncidentStore, type IncidentStore } from '../../src/core/store';
import type { PaymentRequiredIncident, PaymentRequiredReason } from '../../src/core/types';

const incidentOf = (reason: PaymentRequiredReason, extra: Partial<PaymentRequiredIncident> = {}): PaymentRequiredIncident => ({
  reason,
  status: 402,
  links: {},
  format: 'problem+json',
  raw: { detail: 'raw body' },
  ...extra,
});

const declined = incidentOf('payment_failed', {
  format: 'stripe',
  code: 'card_declined',
  message: 'Your card ending in 4242 was declined.',
  paymentMethod: { brand: 'visa', last4: '4242', expMonth: 4, expYear: 2030 },
  raw: { error: { code: 'card_declined', secret: 'sk_do_not_leak' } },
});
const noCard = incidentOf('payment_method_required');
const quota = incidentOf('quota_exceeded', { quota: { limit: 100, used: 100 } });
const upgrade = incidentOf('upgrade_required', { plan: { required: { id: 'business' } } });
const micropayment = incidentOf('micropayment_required', {
  format: 'x402',
  micropayment: { protocol: 'x402', resource: '/api/article/1', options: [] },
});

/** Reports `incident` with one blocked query whose re-run is counted. */
function block(store: IncidentStore, incident: PaymentRequiredIncident, key: string) {
  const resume = vi.fn(async () => {});
  const entry = store.report(incident, { blocked: { kind: 'query', key, queryKey: [key] }, resume });
  return { entry, resume };
}

const open: (() => void)[] = [];
afterEach(() => {
  while (open.length) open.pop()!();
});

/** Two tabs of the same app: each has its own store linked through the same channel name. */
function twoTabs(channel: string, options: Omit<CrossTabOptions, 'channel'> = {}) {
  const a = createIncidentStore();
  const b = createIncidentStore();
  open.push(connectCrossTab(a, { ...options, channel }), connectCrossTab(b, { ...options, channel }));
  return { a, b };
}

/** A tab outside the stores: sends raw messages and records what arrives on the channel. */
function observer(channel: string) {
  const received: unknown[] = [];
  const port = new BroadcastChannel(channel);
  port.onmessage = (event) => received.push(event.data);
  open.push(() => port.close());
  return { received, post: (message: unknown) => port.postMessage(message) };
}

describe('connectCrossTab over BroadcastChannel', () => {
  test('a payment fixed in one tab resolves the other tab, which re-runs what it had blocked', async () => {
    const { a, b } = twoTabs('resume');
    const inA = block(a, declined, 'invoices');
    const inB = block(b, declined, 'reports');

    await a.resolve(inA.entry.id);

    await vi.waitFor(() => expect(b.getSnapshot().entries).toHaveLength(0));
    expect(inB.resume).toHaveBeenCalledTimes(1);
    expect(inA.resume).toHaveBeenCalledTimes(1);
  });

  test('a new card fixes every payment-method problem, and an upgrade also lifts quotas', async () => {
    const { a, b } = twoTabs('compatible');
    const failed = block(b, declined, 'q1');
    const missing = block(b, noCard, 'q2');
    const limited = block(b, quota, 'q3');
    const needsPlan = block(b, upgrade, 'q4');

    await a.resolve(block(a, noCard, 'x').entry.id);
    await vi.waitFor(() => expect(b.getSnapshot().entries.map((e) => e.incident.reason)).toEqual(['quota_exceeded', 'upgrade_required']));
    expect(failed.resume).toHaveBeenCalledTimes(1);
    expect(missing.resume).toHaveBeenCalledTimes(1);
    expect(limited.resume).not.toHaveBeenCalled();
    expect(needsPlan.resume).not.toHaveBeenCalled();

    await a.resolve(block(a, upgrade, 'y').entry.id);
    await vi.waitFor(() => expect(b.getSnapshot().entries).toHaveLength(0));
    expect(limited.resume).toHaveBeenCalledTimes(1);
    expect(needsPlan.resume).toHaveBeenCalledTimes(1);
  });

  test('a quota reset elsewhere leaves a declined card open', async () => {
    const { a, b } = twoTabs('quota-only');
    const failed = block(b, declined, 'q1');
    const limited = block(b, quota, 'q2');
    const watch = observer('quota-only');

    await a.resolve(block(a, quota, 'x').entry.id);
    await vi.waitFor(() => expect(limited.resume).toHaveBeenCalledTimes(1));
    // The same message reached B and the observer; B has acted on it by now.
    await vi.waitFor(() => expect(watch.received).toHaveLength(1));
    expect(b.getSnapshot().entries.map((entry) => entry.id)).toEqual([failed.entry.id]);
    expect(failed.resume).not.toHaveBeenCalled();
  });

  test('micropayments are per request: never sent and never resolved by another tab', async () => {
    const { a, b } = twoTabs('micro');
    const watch = observer('micro');
    const paid = block(b, micropayment, 'article');
    const failed = block(b, declined, 'q');

    await a.resolve(block(a, micropayment, 'article').entry.id);
    await a.resolve(block(a, declined, 'invoices').entry.id);

    await vi.waitFor(() => expect(failed.resume).toHaveBeenCalledTimes(1));
    // Channels keep order: had the micropayment been sent, it would have arrived first.
    await vi.waitFor(() => expect(watch.received).toHaveLength(1));
    expect(watch.received[0]).toMatchObject({ reason: 'payment_failed' });
    expect(b.getSnapshot().entries.map((entry) => entry.id)).toEqual([paid.entry.id]);
    expect(paid.resume).not.toHaveBeenCalled();
  });

  test('only the reason, the format and a time cross tabs: no message, body or card', async () => {
    const { a } = twoTabs('privacy');
    const watch = observer('privacy');
    await a.resolve(block(a, declined, 'q').entry.id);

    await vi.waitFor(() => expect(watch.received).toHaveLength(1));
    const [message] = watch.received as Record<string, unknown>[];
    expect(Object.keys(message!).sort()).toEqual(['at', 'format', 'kind', 'reason', 'sender', 'version']);
    expect(message).toMatchObject({ reason: 'payment_failed', format: 'stripe' });
    const text = JSON.stringify(message);
    expect(text).not.toContain('4242');
    expect(text).not.toContain('sk_do_not_leak');
    expect(text).not.toContain('declined');
  });

  test('dismissing is not broadcast; the other tab keeps its incident open', async () => {
    const { a, b } = twoTabs('dismiss');
    const watch = observer('dismiss');
    const inB = block(b, declined, 'q');
    a.dismiss(block(a, declined, 'x').entry.id);
    // A later resolve is the first thing on the wire.
    await a.resolve(block(a, quota, 'y').entry.id);

    await vi.waitFor(() => expect(watch.received).toHaveLength(1));
    expect(watch.received[0]).toMatchObject({ reason: 'quota_exceeded' });
    expect(b.getSnapshot().entries.map((entry) => entry.id)).toEqual([inB.entry.id]);
    expect(b.getSnapshot().current?.state).toBe('open');
  });

  test('malformed and foreign messages are ignored', async () => {
    const { b } = twoTabs('junk');
    const { post } = observer('junk');
    const inB = block(b, declined, 'q');
    const limited = block(b, quota, 'q2');
    const valid = { kind: 'rpr:resolved', version: 1, sender: 'other-tab', reason: 'payment_failed', format: 'stripe', at: Date.now() };
    for (const junk of [
      null,
      'payment_failed',
      42,
      [],
      { type: 'resolved', reason: 'payment_failed' },
      { ...valid, version: 2 },
      { ...valid, reason: 'everything' },
      { ...valid, reason: { toString: 'payment_failed' } },
      { ...valid, format: '<script>' },
      { ...valid, at: 'now' },
      { ...valid, extra: 'field' },
      { ...valid, sender: '' },
      { ...valid, sender: undefined },
    ]) {
      post(junk);
    }
    // Messages arrive in order: by the time the valid one has acted, every junk one was handled.
    post({ ...valid, reason: 'quota_exceeded' });
    await vi.waitFor(() => expect(limited.resume).toHaveBeenCalledTimes(1));
    expect(b.getSnapshot().entries.map((entry) => entry.id)).toEqual([inB.entry.id]);
    expect(inB.resume).not.toHaveBeenCalled();
  });

  test('forged or replayed messages: stale, future or zero times are ignored (issue 12 §3)', async () => {
    const { b } = twoTabs('forged-time');
    const { post } = observer('forged-time');
    const limited = block(b, quota, 'q');
    const valid = { kind: 'rpr:resolved', version: 1, sender: 'other-tab', reason: 'quota_exceeded', format: 'json' };
    for (const at of [0, 1, Date.now() - 61_000, Date.now() + 60_000, Date.now() + 0.5]) post({ ...valid, at });
    const card = block(b, declined, 'c');
    // Messages arrive in order: once this one has acted, every one before it was handled.
    post({ ...valid, reason: 'payment_failed', at: Date.now() });
    await vi.waitFor(() => expect(card.resume).toHaveBeenCalledTimes(1));
    expect(limited.resume).not.toHaveBeenCalled();
    expect(b.getSnapshot().entries.map((entry) => entry.incident.reason)).toEqual(['quota_exceeded']);
  });

  test('a forged "payment_failed" never resolves a refused micropayment, and a refused micropayment resolved here is not sent', async () => {
    const { a, b } = twoTabs('forged-micro');
    const watch = observer('forged-micro');
    const refusedMicropayment = incidentOf('payment_failed', {
      format: 'x402',
      code: 'insufficient_funds',
      url: 'https://api.example.com/article/1',
      micropayment: { protocol: 'x402', resource: 'https://api.example.com/article/1', options: [] },
    });
    const refused = block(b, refusedMicropayment, 'article');
    const card = block(b, declined, 'invoices');
    watch.post({ kind: 'rpr:resolved', version: 1, sender: 'forger', reason: 'payment_failed', format: 'stripe', at: Date.now() });
    await vi.waitFor(() => expect(card.resume).toHaveBeenCalledTimes(1));
    expect(refused.resume).not.toHaveBeenCalled();
    expect(b.getSnapshot().entries.map((entry) => entry.id)).toEqual([refused.entry.id]);

    await a.resolve(block(a, refusedMicropayment, 'article').entry.id);
    await a.resolve(block(a, quota, 'usage').entry.id);
    await vi.waitFor(() => expect(watch.received).toHaveLength(1));
    expect(watch.received[0]).toMatchObject({ reason: 'quota_exceeded' });
    expect(refused.resume).not.toHaveBeenCalled();
  });

  test('after disconnecting, a tab neither sends nor receives', async () => {
    const a = createIncidentStore();
    const b = createIncidentStore();
    const disconnectA = connectCrossTab(a, { channel: 'disconnect' });
    open.push(connectCrossTab(b, { channel: 'disconnect' }));
    const watch = observer('disconnect');
    disconnectA();
    disconnectA();

    const inA = block(a, declined, 'x');
    await a.resolve(block(a, quota, 'y').entry.id);
    await b.resolve(block(b, declined, 'z').entry.id);

    await vi.waitFor(() => expect(watch.received).toHaveLength(1));
    expect(watch.received[0]).toMatchObject({ reason: 'payment_failed' });
    expect(a.getSnapshot().entries.map((entry) => entry.id)).toEqual([inA.entry.id]);
  });
});

/**
 * Browsers deliver a channel message to every other channel object of that name, never to the
 * sender. This stand-in does it synchronously and counts what was posted.
 */
function fakeChannels() {
  const members = new Set<FakeChannel>();
  const posted: unknown[] = [];
  class FakeChannel implements BroadcastChannelLike {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    constructor(readonly name: string) {
      members.add(this);
    }
    postMessage(message: unknown) {
      posted.push(message);
      for (const member of members) if (member !== this && member.name === this.name) member.onmessage?.({ data: structuredClone(message) });
    }
    close() {
      members.delete(this);
    }
  }
  return { environment: { BroadcastChannel: FakeChannel } satisfies CrossTabEnvironment, posted };
}

/**
 * localStorage shared by tabs: a write fires `storage` in every other tab (not the writer), with
 * the new value, or `null` for a removal, as browsers do.
 */
function fakeStorageTabs() {
  const data = new Map<string, string>();
  const tabs: { listeners: Set<(event: StorageEventLike) => void> }[] = [];
  const writes: string[] = [];
  const tab = (): CrossTabEnvironment => {
    const self = { listeners: new Set<(event: StorageEventLike) => void>() };
    tabs.push(self);
    const notify = (key: string, newValue: string | null) => {
      for (const other of tabs) if (other !== self) for (const listener of other.listeners) listener({ key, newValue });
    };
    return {
      localStorage: {
        setItem: (key, value) => {
          data.set(key, value);
          writes.push(value);
          notify(key, value);
        },
        removeItem: (key) => {
          data.delete(key);
          notify(key, null);
        },
      },
      addEventListener: (_type, listener) => self.listeners.add(listener),
      removeEventListener: (_type, listener) => self.listeners.delete(listener),
    };
  };
  /** Another page of the origin writing the key itself (e.g. a different version of the app). */
  const foreignWrite = (key: string, value: string) => {
    for (const other of tabs) for (const listener of other.listeners) listener({ key, newValue: value });
  };
  return { tab, data, writes, foreignWrite, listenerCount: () => tabs.reduce((sum, t) => sum + t.listeners.size, 0) };
}

describe('connectCrossTab without a real channel', () => {
  test('a resolve received from another tab is not sent on: no echo between tabs', async () => {
    const { environment, posted } = fakeChannels();
    const stores = [createIncidentStore(), createIncidentStore(), createIncidentStore()];
    for (const store of stores) open.push(connectCrossTab(store, { environment }));
    const [a, b, c] = stores as [IncidentStore, IncidentStore, IncidentStore];
    const inB = block(b, declined, 'q1');
    const inC = block(c, noCard, 'q2');

    await a.resolve(block(a, declined, 'x').entry.id);

    expect(posted).toHaveLength(1);
    expect(b.getSnapshot().entries).toHaveLength(0);
    expect(c.getSnapshot().entries).toHaveLength(0);
    expect(inB.resume).toHaveBeenCalledTimes(1);
    expect(inC.resume).toHaveBeenCalledTimes(1);
  });

  test('events from before the link existed are history and are not sent', async () => {
    const { environment, posted } = fakeChannels();
    const a = createIncidentStore();
    await a.resolve(block(a, declined, 'x').entry.id);
    open.push(connectCrossTab(a, { environment }));
    expect(posted).toHaveLength(0);
  });

  test('an app rule decides which incidents a remote resolve fixes; a throwing rule fixes none', async () => {
    const { environment } = fakeChannels();
    const a = createIncidentStore();
    const b = createIncidentStore();
    const c = createIncidentStore();
    open.push(connectCrossTab(a, { environment }));
    open.push(connectCrossTab(b, { environment, shouldResolve: (resolved, local) => resolved.reason === 'quota_exceeded' || local.incident.reason === 'unknown' }));
    open.push(
      connectCrossTab(c, {
        environment,
        shouldResolve: () => {
          throw new Error('broken rule');
        },
      }),
    );
    const failed = block(b, declined, 'q1');
    const limited = block(b, quota, 'q2');
    const inC = block(c, quota, 'q3');

    await a.resolve(block(a, quota, 'x').entry.id);

    expect(b.getSnapshot().entries.map((entry) => entry.id)).toEqual([]);
    expect(failed.resume).toHaveBeenCalledTimes(1);
    expect(limited.resume).toHaveBeenCalledTimes(1);
    expect(c.getSnapshot().entries.map((entry) => entry.id)).toEqual([inC.entry.id]);
  });

  test('without BroadcastChannel, localStorage events carry the resolve and storage is left clean', async () => {
    const storage = fakeStorageTabs();
    const a = createIncidentStore();
    const b = createIncidentStore();
    open.push(connectCrossTab(a, { environment: storage.tab() }), connectCrossTab(b, { environment: storage.tab() }));
    const inB = block(b, noCard, 'q');

    await a.resolve(block(a, declined, 'x').entry.id);

    expect(b.getSnapshot().entries).toHaveLength(0);
    expect(inB.resume).toHaveBeenCalledTimes(1);
    expect(storage.writes).toHaveLength(1);
    expect(JSON.parse(storage.writes[0]!)).toMatchObject({ reason: 'payment_failed', format: 'stripe' });
    expect(storage.writes[0]).not.toContain('4242');
    expect(storage.data.size).toBe(0);
  });

  test('the storage fallback ignores junk values and other keys, and unsubscribes on disconnect', () => {
    const storage = fakeStorageTabs();
    const b = createIncidentStore();
    const disconnect = connectCrossTab(b, { environment: storage.tab() });
    const inB = block(b, declined, 'q');
    const valid = { kind: 'rpr:resolved', version: 1, sender: 'x', reason: 'payment_failed', format: 'stripe', at: Date.now() };

    storage.foreignWrite('react-payment-required:resolved', '{not json');
    storage.foreignWrite('react-payment-required:resolved', JSON.stringify({ ...valid, reason: 'all' }));
    storage.foreignWrite('some-other-key', JSON.stringify(valid));
    expect(b.getSnapshot().entries.map((entry) => entry.id)).toEqual([inB.entry.id]);

    expect(storage.listenerCount()).toBe(1);
    disconnect();
    expect(storage.listenerCount()).toBe(0);
    storage.foreignWrite('react-payment-required:resolved', JSON.stringify(valid));
    expect(inB.resume).not.toHaveBeenCalled();
  });

  test('a storage that throws on write (private mode, full) does not break resolving', async () => {
    const a = createIncidentStore();
    const inA = block(a, declined, 'q');
    open.push(
      connectCrossTab(a, {
        environment: {
          localStorage: {
            setItem: () => {
              throw new DOMException('quota', 'QuotaExceededError');
            },
            removeItem: () => {},
          },
          addEventListener: () => {},
          removeEventListener: () => {},
        },
      }),
    );
    await expect(a.resolve(inA.entry.id)).resolves.toBeUndefined();
    expect(inA.resume).toHaveBeenCalledTimes(1);
  });

  test('with no transport at all (a server, an old worker) connecting is a harmless no-op', async () => {
    const a = createIncidentStore();
    const disconnect = connectCrossTab(a, { environment: {} });
    const inA = block(a, declined, 'q');
    await a.resolve(inA.entry.id);
    expect(inA.resume).toHaveBeenCalledTimes(1);
    expect(() => disconnect()).not.toThrow();
  });
});
