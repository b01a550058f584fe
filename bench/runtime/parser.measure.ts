// @vitest-environment node
// The parser: parses per second over the shared 402 fixtures, and hostile 5 MB bodies (deep
// nesting, one long string, many keys, tag soup), as text and as already-decoded JSON. A body is
// bounded when its 5 MB time stays near the time of the same shape cut at MAX_BODY_CHARS.
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import { MAX_BODY_CHARS } from '../../src/core/limits';
import { realFixtures } from '../../test/fixtures/402';
import { median, record, round, wallNow } from './record';

interface Fixture {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const FIVE_MB = 5 * 1024 * 1024;
const ROUNDS = 5;
const PASSES_PER_ROUND = 100;
// A 5 MB body may cost this many times the same shape at the cap (or than 1 ms, whichever is more:
// sub-millisecond times are mostly noise) and still count as bounded; linear work would be ~80×.
const BOUNDED_FACTOR = 10;
const FLOOR_MS = 1;

function parseRate(fixtures: Fixture[]) {
  const inputs = fixtures.map((f) => ({ status: f.status, headers: f.headers, body: f.body }));
  const statuses = [...new Set(fixtures.map((f) => f.status))];
  const pass = () => {
    for (const input of inputs) parsePaymentRequired(input, { statuses });
  };
  for (let i = 0; i < 20; i++) pass(); // warm-up
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const parses = inputs.length * PASSES_PER_ROUND;
  for (let round = 0; round < ROUNDS; round++) {
    const start = wallNow();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < PASSES_PER_ROUND; i++) pass();
    const cpu = process.cpuUsage(cpuStart);
    rates.push(parses / ((wallNow() - start) / 1000));
    cpuRates.push(parses / ((cpu.user + cpu.system) / 1e6));
  }
  return {
    fixtures: inputs.length,
    parsesPerSecond: Math.round(median(rates)),
    usPerParse: round(1e6 / median(rates), 1),
    // Per CPU second: steadier than wall time when the machine is shared.
    parsesPerCpuSecond: Math.round(median(cpuRates)),
  };
}

/** Hostile bodies by shape; `size` is the approximate length in characters. */
const SHAPES: Record<string, (size: number) => unknown> = {
  'nested JSON text': (size) => {
    const depth = Math.floor(size / 6);
    return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  },
  'long string JSON text': (size) => `{"error":{"message":"${'x'.repeat(size)}"}}`,
  'many keys JSON text': (size) => {
    const keys = Math.floor(size / 12);
    return `{${Array.from({ length: keys }, (_, i) => `"k${i}":${i}`).join(',')}}`;
  },
  'tag soup text': (size) => `<html><title>${'<'.repeat(size)}`,
  'nested object (decoded)': (size) => {
    let value: unknown = 1;
    for (let i = 0; i < Math.floor(size / 6); i++) value = { a: value, error: i % 2 ? { message: 'x' } : undefined };
    return value;
  },
  'long string object (decoded)': (size) => ({ error: { code: 'insufficient_funds', message: 'x'.repeat(size) } }),
  'many keys object (decoded)': (size) => {
    const body: Record<string, number> = {};
    for (let i = 0; i < Math.floor(size / 12); i++) body[`k${i}`] = i;
    return body;
  },
};

function timeParse(body: unknown): { ms: number; result: string } {
  const times: number[] = [];
  let result = 'null';
  for (let i = 0; i < 7; i++) {
    const start = wallNow();
    let outcome: string;
    try {
      outcome = parsePaymentRequired({ status: 402, headers: {}, body })?.reason ?? 'null';
    } catch (error) {
      outcome = `threw ${(error as Error).name}`;
    }
    times.push(wallNow() - start);
    result = outcome;
  }
  return { ms: median(times), result };
}

test('parser throughput and hostile bodies', () => {
  const throughput = parseRate([...realFixtures]);

  const hostile = Object.entries(SHAPES).map(([shape, make]) => {
    const atCap = timeParse(make(MAX_BODY_CHARS));
    const big = timeParse(make(FIVE_MB));
    const ratio = big.ms / Math.max(atCap.ms, 0.01);
    return {
      shape,
      ms5MB: round(big.ms, 3),
      msAtCap: round(atCap.ms, 3),
      ratio: round(ratio, 1),
      bounded: big.ms <= Math.max(atCap.ms, FLOOR_MS) * BOUNDED_FACTOR,
      reason: big.result,
    };
  });
  const worst = hostile.reduce((a, b) => (b.ms5MB > a.ms5MB ? b : a));
  record('parser', {
    ...throughput,
    maxBodyChars: MAX_BODY_CHARS,
    hostileBodyBytes: FIVE_MB,
    boundedFactor: BOUNDED_FACTOR,
    boundedFloorMs: FLOOR_MS,
    hostile,
    worst: { shape: worst.shape, ms: worst.ms5MB, bounded: hostile.every((h) => h.bounded) },
  });
});
