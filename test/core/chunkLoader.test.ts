import { expect, test, vi } from 'vitest';
import { chunkLoader } from '../../src/core/chunkLoader';

test('imports a chunk once, shares the pending load, and exposes it once loaded', async () => {
  const importChunk = vi.fn(() => Promise.resolve({ value: 1 }));
  const chunk = chunkLoader(importChunk);
  expect(chunk.loaded()).toBeUndefined();
  const first = chunk.load();
  const second = chunk.load();
  expect(importChunk).toHaveBeenCalledTimes(1);
  expect(await first).toBe(await second);
  expect(chunk.loaded()).toEqual({ value: 1 });
  await chunk.load();
  expect(importChunk).toHaveBeenCalledTimes(1);
});

test('a failed load (offline, a deploy replaced the chunk) is tried again on the next call', async () => {
  const importChunk = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('chunk');
  const chunk = chunkLoader(importChunk);
  await expect(chunk.load()).rejects.toThrow('offline');
  expect(chunk.loaded()).toBeUndefined();
  await expect(chunk.load()).resolves.toBe('chunk');
  expect(importChunk).toHaveBeenCalledTimes(2);
  expect(chunk.loaded()).toBe('chunk');
});
