import type { Mutation, QueryClient } from '@tanstack/react-query';

const noop = () => {};

/**
 * Fetches again the query now cached under `hash`. Looked up at replay time: the query may have
 * been removed, or replaced under the same hash, since it failed. Its failure is the query's own
 * state to show, so it is not thrown here.
 */
export async function refetchQuery(client: QueryClient, hash: string): Promise<void> {
  await client.getQueryCache().get(hash)?.fetch().catch(noop);
}

/**
 * Runs a mutation again with its original variables. The same `Mutation` object is re-executed
 * while it is in the cache, so the `useMutation` that started it observes the outcome; one
 * garbage-collected meanwhile is rebuilt from its options and still runs once.
 */
export async function replayMutation(
  client: QueryClient,
  mutation: Mutation<unknown, Error, unknown, unknown>,
  variables: unknown,
): Promise<void> {
  const cache = client.getMutationCache();
  const target = cache.getAll().includes(mutation) ? mutation : cache.build(client, mutation.options);
  await target.execute(variables).catch(noop);
}
