/** A lazily imported chunk: loaded once, and asked for again after a failed load. */
export interface ChunkLoader<T> {
  /** Starts the import once (later calls share it); after a failure the next call tries again. */
  load(): Promise<T>;
  /** The value once it has loaded, for what must be synchronous. */
  loaded(): T | undefined;
}

/**
 * Wraps a dynamic `import()` of a chunk the page may need later. A chunk that failed to load
 * (offline, a deploy replaced it) must not stay failed for the rest of the session.
 */
export function chunkLoader<T>(importChunk: () => Promise<T>): ChunkLoader<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () =>
      (loading ??= importChunk().then(
        (result) => (value = result),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => value,
  };
}
