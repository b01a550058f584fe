import { act, render, renderHook, screen } from '@testing-library/react';
import { Profiler, memo, type ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { getPaymentRequiredClient } from '../../src/query/paymentRequiredClient';
import { usePaymentRequired, usePaymentRequiredActions } from '../../src/presentation/usePaymentRequired';
import { createQueryClient, withProviders } from '../helpers';

const quota = (remaining: number): PaymentRequiredIncident => ({
  reason: 'quota_exceeded',
  status: 402,
  quota: { limit: 100, remaining },
  links: {},
  format: 'json',
  raw: {},
});

describe('usePaymentRequired', () => {
  test('throws a clear error outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => usePaymentRequired())).toThrow(
      '`usePaymentRequired` must be used within `PaymentRequiredProvider`.',
    );
    vi.restoreAllMocks();
  });

  test('returns the active incident, the blocked query keys and actions bound to it', () => {
    const client = createQueryClient();
    const { result } = renderHook(() => usePaymentRequired(), { wrapper: withProviders(client) });
    expect(result.current).toMatchObject({ incident: null, isBlocked: false, isOpen: false, blockedQueryKeys: [] });
    const { resolve } = result.current;
    act(() => {
      getPaymentRequiredClient(client).store.report(quota(0), {
        blocked: { kind: 'query', key: '["usage"]', queryKey: ['usage'] },
        resume: async () => {},
      });
    });
    expect(result.current.incident?.reason).toBe('quota_exceeded');
    expect(result.current.isBlocked).toBe(true);
    expect(result.current.blockedQueryKeys).toEqual([['usage']]);
    // Read with no incident open, resolve() had nothing to act on; it now acts on the quota incident,
    // and stays the same function while that incident is the one read.
    expect(result.current.resolve).not.toBe(resolve);
    const bound = result.current.resolve;
    act(() => {
      getPaymentRequiredClient(client).store.report(quota(0), {
        blocked: { kind: 'query', key: '["usage2"]', queryKey: ['usage2'] },
        resume: async () => {},
      });
    });
    expect(result.current.blockedQueryKeys).toEqual([['usage'], ['usage2']]);
    expect(result.current.resolve).toBe(bound);
  });

  test('a component re-renders only when what its selector reads changes', () => {
    const client = createQueryClient();
    const { store } = getPaymentRequiredClient(client);
    const renders = { blocked: 0, reason: 0, actions: 0, bystander: 0 };

    function BlockedBadge() {
      renders.blocked++;
      const isBlocked = usePaymentRequired((state) => state.isBlocked);
      return <span>{isBlocked ? 'blocked' : 'ok'}</span>;
    }
    function ReasonLabel() {
      renders.reason++;
      const reason = usePaymentRequired((state) => state.incident?.reason ?? 'none');
      return <span>{reason}</span>;
    }
    function DismissButton() {
      renders.actions++;
      const { dismiss } = usePaymentRequiredActions();
      return <button onClick={() => dismiss()}>Dismiss</button>;
    }
    const Bystander = memo(function Bystander() {
      renders.bystander++;
      return <span>static</span>;
    });

    const Wrapper = withProviders(client);
    render(
      <Wrapper>
        <BlockedBadge />
        <ReasonLabel />
        <DismissButton />
        <Bystander />
      </Wrapper>,
    );
    const initial = { ...renders };

    act(() => void store.report(quota(5)));
    expect(renders.blocked - initial.blocked).toBe(0); // no blocked operation yet: value unchanged
    expect(renders.reason - initial.reason).toBe(1);

    act(() => void store.report(quota(3))); // same cause, new figures: neither selection changes
    expect(renders.reason - initial.reason).toBe(1);

    act(() => void store.report(quota(1), { blocked: { kind: 'query', key: 'k', queryKey: ['k'] }, resume: async () => {} }));
    expect(renders.blocked - initial.blocked).toBe(1);
    expect(screen.getByText('blocked')).toBeInTheDocument();

    expect(renders.actions - initial.actions).toBe(0);
    expect(renders.bystander - initial.bystander).toBe(0);
  });

  test('components that do not read incidents are not re-rendered by a storm of 402s', () => {
    const client = createQueryClient();
    const { store } = getPaymentRequiredClient(client);
    const commits: string[] = [];
    const Wrapper = withProviders(client);
    function Page({ children }: { children: ReactNode }) {
      return <Profiler id="page" onRender={(id) => commits.push(id)}>{children}</Profiler>;
    }
    render(
      <Wrapper>
        <Page>
          <p>dashboard</p>
        </Page>
      </Wrapper>,
    );
    commits.length = 0;
    act(() => {
      for (let i = 0; i < 100; i++) {
        store.report(quota(0), { blocked: { kind: 'query', key: `q${i}`, queryKey: ['q', i] }, resume: async () => {} });
      }
    });
    expect(store.getSnapshot().entries).toHaveLength(1);
    expect(commits).toEqual([]);
  });
});

describe('resolve() without an id (issue 12 §3)', () => {
  const upgrade: PaymentRequiredIncident = { reason: 'upgrade_required', status: 402, plan: { required: { id: 'pro' } }, links: {}, format: 'json', raw: {} };

  test('called twice, it resolves the incident the component read, once, and leaves the queued one alone', async () => {
    const client = createQueryClient();
    const { store } = getPaymentRequiredClient(client);
    const resumed: string[] = [];
    act(() => {
      store.report(quota(0), { blocked: { kind: 'query', key: '["usage"]', queryKey: ['usage'] }, resume: async () => void resumed.push('usage') });
      store.report(upgrade, { blocked: { kind: 'query', key: '["reports"]', queryKey: ['reports'] }, resume: async () => void resumed.push('reports') });
    });
    const { result } = renderHook(() => usePaymentRequired(), { wrapper: withProviders(client) });
    expect(result.current.incident?.reason).toBe('quota_exceeded');

    const { resolve } = result.current;
    await act(async () => {
      await resolve();
      await resolve();
    });
    expect(resumed).toEqual(['usage']);
    expect(store.getSnapshot().entries.map((entry) => entry.incident.reason)).toEqual(['upgrade_required']);
    expect(result.current.incident?.reason).toBe('upgrade_required');

    // Once the component has read the next incident, resolve() acts on that one.
    await act(() => result.current.resolve());
    expect(resumed).toEqual(['usage', 'reports']);
  });
});
