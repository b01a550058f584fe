import type { Mutation, Query, QueryClient } from '@tanstack/react-query';

/** What the payment-required client does with the events of a `QueryClient`'s caches. */
export interface CacheHandlers {
  onQueryError(query: Query, error: unknown): void;
  onQuerySuccess(query: Query): void;
  onQueryRemoved(query: Query): void;
  onMutationError(mutation: Mutation<unknown, Error, unknown, unknown>, error: unknown): void;
}

/**
 * Subscribes `handlers` to the client's query and mutation caches; returns the function that
 * unsubscribes. Errors already in the caches (queries prefetched before the provider mounted)
 * are handed over at once.
 */
export function listenToCaches(client: QueryClient, handlers: CacheHandlers): () => void {
  const queryCache = client.getQueryCache();
  const mutationCache = client.getMutationCache();

  const unsubscribeQueries = queryCache.subscribe((event) => {
    if (event.type === 'removed') handlers.onQueryRemoved(event.query);
    if (event.type !== 'updated') return;
    if (event.action.type === 'error') handlers.onQueryError(event.query, event.action.error);
    else if (event.action.type === 'success') handlers.onQuerySuccess(event.query);
  });
  const unsubscribeMutations = mutationCache.subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'error') {
      handlers.onMutationError(event.mutation, event.action.error);
    }
  });

  for (const query of queryCache.getAll()) {
    if (query.state.status === 'error') handlers.onQueryError(query, query.state.error);
  }
  for (const mutation of mutationCache.getAll()) {
    if (mutation.state.status === 'error') handlers.onMutationError(mutation, mutation.state.error);
  }

  return () => {
    unsubscribeQueries();
    unsubscribeMutations();
  };
}
