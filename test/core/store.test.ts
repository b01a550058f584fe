import { describe, expect, test, vi } from 'vitest';
import type { IncidentEvent } from '../../src/core/events';
import { createIncidentStore, type BlockedOperation } from '../../src/core/store';
import type { PaymentRequiredIncident } from '../../src/core/types';

const declined: PaymentRequiredIncident = {
  reason: 'payment_failed',
  status: 402,
  code: 'card_declined',
  declineCode: 'insufficient_funds',
  message: 'Your card has insufficient funds.',
  paymentMethod: { brand: 'visa', last4: '4242', expMonth: 4, expYear: 2030 },
  links: {},
  format: 'stripe',
  raw: { secret: 'raw body' },
};
const upgrade: PaymentRequiredIncident = {
  reason: 'upgrade_required',
  status: 402,
  plan: { required: { id: 'business' } },
  links: {},
  format: 'json',
  raw: {},
};

const query = (key: string): BlockedOperation => ({ kind: 'query', key, queryKey: [key] });

describe('IncidentStore', () => {
  test('starts empty with a stable snapshot', () => {
    const store = createIncidentStore();
    expect(store.getSnapshot()).toEqual({ entries: [], current: null });
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  test('many failures with the same cause make one incident listing every blocked operation', () => {
    const store = createIncidentStore();
    for (let i = 0; i < 20; i++) store.report(declined, { blocked: query(`q${i}`), resume: async () => {} });
    const { entries, current } = store.getSnapshot();
    expect(entries).toHaveLength(1);
    expect(current?.blocked.map((operation) => operation.key)).toEqual(Array.from({ length: 20 }, (_, i) => `q${i}`));
    expect(current?.occurrences).toBe(20);
  });

  test('a different cause queues behind the current incident', () => {
    const store = createIncidentStore();
    const first = store.report(declined);
    const second = store.report(upgrade);
    expect(store.getSnapshot().entries.map((entry) => entry.id)).toEqual([first.id, second.id]);
    expect(store.getSnapshot().current?.id).toBe(first.id);
  });

  test('the same operation failing again moves to the newest cause instead of counting twice', () => {
    const store = createIncidentStore();
    store.report(declined, { blocked: query('a'), resume: async () => {} });
    store.report(upgrade, { blocked: query('a'), resume: async () => {} });
    const [first, second] = store.getSnapshot().entries;
    expect(first?.blocked).toEqual([]);
    expect(second?.blocked.map((operation) => operation.key)).toEqual(['a']);
  });

  test('snapshots are immutable: a change makes new objects and leaves the old ones intact', () => {
    const store = createIncidentStore();
    store.report(declined, { blocked: query('a'), resume: async () => {} });
    const before = store.getSnapshot();
    const entryBefore = before.entries[0];
    store.report(declined, { blocked: query('b'), resume: async () => {} });
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(entryBefore?.blocked).toHaveLength(1);
    expect(after.entries[0]?.blocked).toHaveLength(2);
  });

  test('resolve re-runs each blocked operation exactly once and clears the incident', async () => {
    const store = createIncidentStore();
    const resumeA = vi.fn(async () => {});
    const resumeB = vi.fn(async () => {});
    store.report(declined, { blocked: query('a'), resume: resumeA });
    store.report(declined, { blocked: query('b'), resume: resumeB });
    await Promise.all([store.resolve(), store.resolve()]);
    expect(resumeA).toHaveBeenCalledTimes(1);
    expect(resumeB).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().entries).toEqual([]);
  });

  test('resolve replays mutations before refetching queries, so queries read what the mutations wrote', async () => {
    const store = createIncidentStore();
    const order: string[] = [];
    const later = (name: string) => async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(name);
    };
    store.report(declined, { blocked: query('projects'), resume: later('refetch projects') });
    store.report(declined, { blocked: { kind: 'mutation', key: 'mutation:1' }, resume: later('create project') });
    await store.resolve();
    expect(order).toEqual(['create project', 'refetch projects']);
  });

  test('a failing re-run does not reject resolve', async () => {
    const store = createIncidentStore();
    store.report(declined, { blocked: query('a'), resume: () => Promise.reject(new Error('still 402')) });
    await expect(store.resolve()).resolves.toBeUndefined();
  });

  test('resolve of the current incident leaves the queued one to show next', async () => {
    const store = createIncidentStore();
    store.report(declined);
    const queued = store.report(upgrade);
    await store.resolve();
    expect(store.getSnapshot().current?.id).toBe(queued.id);
  });

  test('dismiss hides the incident but keeps it blocked; the next 402 of the cause shows it again', () => {
    const store = createIncidentStore();
    const entry = store.report(declined, { blocked: query('a'), resume: async () => {} });
    store.dismiss();
    expect(store.getSnapshot().current).toBeNull();
    expect(store.getSnapshot().entries[0]?.state).toBe('dismissed');
    store.report(declined, { blocked: query('b'), resume: async () => {} });
    expect(store.getSnapshot().current?.id).toBe(entry.id);
    expect(store.getSnapshot().current?.blocked).toHaveLength(2);
  });

  test('dismissing the current incident shows the next queued one; open brings the dismissed one back', () => {
    const store = createIncidentStore();
    const first = store.report(declined);
    const second = store.report(upgrade);
    store.dismiss();
    expect(store.getSnapshot().current?.id).toBe(second.id);
    store.open(first.id);
    expect(store.getSnapshot().current?.id).toBe(first.id);
  });

  test('release forgets an operation so resolve does not re-run it', async () => {
    const store = createIncidentStore();
    const resume = vi.fn(async () => {});
    store.report(declined, { blocked: query('a'), resume });
    store.release('a');
    expect(store.getSnapshot().current?.blocked).toEqual([]);
    await store.resolve();
    expect(resume).not.toHaveBeenCalled();
  });

  test('notifies subscribers on change only, and unsubscribe stops it', () => {
    const store = createIncidentStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.report(declined);
    expect(listener).toHaveBeenCalledTimes(1);
    store.open(); // nothing dismissed: no change
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.dismiss();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.hasListeners()).toBe(false);
  });

  test('events carry no card data and no raw body', () => {
    const store = createIncidentStore({ now: () => 1000 });
    const events: IncidentEvent[] = [];
    store.addEventListener((event) => events.push(event));
    store.report(declined, { blocked: query('a'), resume: async () => {} });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ type: 'shown', blocked: 1, at: 1000, incident: { reason: 'payment_failed' } });
    expect(event?.incident).not.toHaveProperty('paymentMethod');
    expect(event?.incident).not.toHaveProperty('raw');
    expect(JSON.stringify(events)).not.toContain('4242');
  });

  test('emits shown, updated, dismissed, reopened and resolved in order', async () => {
    const store = createIncidentStore();
    const types: string[] = [];
    store.addEventListener((event) => types.push(event.type));
    store.report(declined);
    store.report(declined);
    store.dismiss();
    store.report(declined);
    store.dismiss();
    store.open();
    await store.resolve();
    expect(types).toEqual(['shown', 'updated', 'dismissed', 'reopened', 'dismissed', 'reopened', 'resolved']);
  });

  test('events from before the first listener are replayed to it', () => {
    const store = createIncidentStore();
    store.report(declined);
    store.report(upgrade);
    const types: string[] = [];
    store.addEventListener((event) => types.push(`${event.type}:${event.incident.reason}`));
    expect(types).toEqual(['shown:payment_failed', 'shown:upgrade_required']);
  });

  test('a throwing event listener does not break reporting', () => {
    const store = createIncidentStore();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    store.addEventListener(() => {
      throw new Error('analytics down');
    });
    expect(() => store.report(declined)).not.toThrow();
    expect(store.getSnapshot().entries).toHaveLength(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  test('micropayments for different resources are separate incidents', () => {
    const store = createIncidentStore();
    const pay = (resource: string): PaymentRequiredIncident => ({
      reason: 'micropayment_required',
      status: 402,
      links: {},
      format: 'x402',
      raw: {},
      micropayment: { protocol: 'x402', resource, options: [] },
    });
    store.report(pay('/a'));
    store.report(pay('/b'));
    store.report(pay('/a'));
    expect(store.getSnapshot().entries).toHaveLength(2);
  });
});

describe('micropayment incidents (issue 12 §2)', () => {
  const refused = (path: string, amount: string): PaymentRequiredIncident => ({
    reason: 'payment_failed',
    status: 402,
    code: 'insufficient_funds',
    links: {},
    format: 'x402',
    raw: {},
    url: `https://api.example.com${path}`,
    micropayment: { protocol: 'x402', version: 2, amount, displayAmount: amount, currency: 'USDC', resource: `https://api.example.com${path}`, options: [{}] },
  });

  test('refused payments for two resources stay two incidents, each with its own amount', () => {
    const store = createIncidentStore();
    store.report(refused('/a', '0.01'), { blocked: query('a'), resume: async () => {} });
    store.report(refused('/b', '0.05'), { blocked: query('b'), resume: async () => {} });
    const { entries } = store.getSnapshot();
    expect(entries.map((entry) => [entry.incident.micropayment?.amount, entry.blocked.map((operation) => operation.key)])).toEqual([
      ['0.01', ['a']],
      ['0.05', ['b']],
    ]);
  });

  test('a new price for the same request is a new incident, not a new amount on the open prompt', () => {
    const store = createIncidentStore();
    const asked = (amount: string): PaymentRequiredIncident => ({ ...refused('/a', amount), reason: 'micropayment_required', code: undefined });
    store.report(asked('0.01'), { blocked: query('a1'), resume: async () => {} });
    store.report(asked('0.02'), { blocked: query('a2'), resume: async () => {} });
    expect(store.getSnapshot().entries.map((entry) => entry.incident.micropayment?.amount)).toEqual(['0.01', '0.02']);
  });
});
