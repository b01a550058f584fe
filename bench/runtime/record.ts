import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../.tmp/runtime');

/** Writes one measurement file for `bench/run.mjs` to merge into results.json. */
export function record(name: string, data: unknown): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}

// Captured at load, before any fake timers are installed: real time and a real macrotask.
const hrtime = process.hrtime.bigint;
const realSetImmediate = globalThis.setImmediate;

/** Real wall-clock milliseconds (never faked). */
export const wallNow = (): number => Number(hrtime()) / 1e6;

/** Yields one real macrotask, e.g. to let a dynamic import settle while timers are faked. */
export const realTick = (): Promise<void> => new Promise((done) => realSetImmediate(() => done()));

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Heap in use after a full collection when `--expose-gc` is on; says whether it was. */
export function heapUsed(): { bytes: number; gc: boolean } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return { bytes: process.memoryUsage().heapUsed, gc: Boolean(gc) };
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
