// Scores the parser against the real-world corpus (test/fixtures/corpus): overall and per-reason
// accuracy, a confusion matrix, per-family figures, the misses, and the prompt a user would see.
// Shared by `npm run accuracy` (bench/accuracy.mjs) and the eval-split test, so both judge alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaymentRequiredIncident, PaymentRequiredInput, PaymentRequiredReason } from '../../src/core/types';
import { PAYMENT_REQUIRED_REASONS } from '../../src/core/types';

/** One corpus entry (test/fixtures/corpus/README.md). */
export interface CorpusEntry {
  id: string;
  vendor: string;
  family: string;
  source: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  /** `reason: null` (or `"none"`): an opted-in status that is not a payment problem. */
  expected: { reason: PaymentRequiredReason | 'none' | null; why: string };
  synthesized?: boolean;
  split: 'dev' | 'eval';
  /** The collection round of an evaluation entry (corpus README "Split"), so each round is measured on its own too. */
  round?: number;
}

/** Every entry of every `*.json` file (an array of entries each) in `dir`, in file order. */
export function loadCorpus(dir: string): CorpusEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CorpusEntry[]);
}

/** What the classifier should say: a reason, or `none` when an opted-in status is no payment problem. */
export type Expected = PaymentRequiredReason | 'none';

/** Which prebuilt UI an incident opens (the routing of `PaymentRequiredHost`); `none` for no incident. */
export type Prompt = 'update-payment' | 'plan-upgrade' | 'quota' | 'micropayment' | 'none';

export type Parse = (input: PaymentRequiredInput, options: { statuses: readonly number[] }) => PaymentRequiredIncident | null;

/** The statuses an app serving this response would opt in: 402, plus the entry's own status. */
export const optedInStatuses = (status: number): number[] => (status === 402 ? [402] : [402, status]);

/** The prompt the provider renders for an incident, as `PaymentRequiredHost` decides it. */
export function promptFor(incident: Pick<PaymentRequiredIncident, 'reason' | 'micropayment'> | null): Prompt {
  if (!incident) return 'none';
  switch (incident.reason) {
    case 'upgrade_required':
      return 'plan-upgrade';
    case 'quota_exceeded':
      return 'quota';
    case 'micropayment_required':
    case 'payment_failed':
      // A refused per-request payment stays in the micropayment prompt; a card failure has no `micropayment`.
      if (incident.micropayment) return 'micropayment';
  }
  return 'update-payment';
}

const CARD_REASONS: ReadonlySet<Expected> = new Set(['payment_method_required', 'payment_method_invalid', 'payment_failed', 'subscription_inactive']);
// Per-request payment protocols: their refusals belong in the micropayment prompt too.
const PROTOCOL_FAMILY = /protocol|x402|l402|crawl|micropay/i;

/** The prompt the entry should open: micropayment for a per-request payment asked or refused. */
export function expectedPrompt(entry: CorpusEntry): Prompt {
  const reason = expectedOf(entry);
  if (reason === 'micropayment_required') return 'micropayment';
  if (reason === 'payment_failed' && PROTOCOL_FAMILY.test(entry.family)) return 'micropayment';
  return reason === 'none' ? 'none' : promptFor({ reason });
}

export const expectedOf = (entry: CorpusEntry): Expected => entry.expected.reason ?? 'none';

/**
 * Whether what came out is what the entry expects. On an opted-in status other than 402, a
 * response that states no cause (`unknown`) is, by design, left as an ordinary error (`none`):
 * the library only claims another status when the body or headers are about payment.
 */
export function agrees(entry: CorpusEntry, got: Expected | 'throw'): boolean {
  const expected = expectedOf(entry);
  return got === expected || (expected === 'unknown' && got === 'none' && entry.status !== 402);
}

export interface Miss {
  id: string;
  family: string;
  vendor: string;
  expected: Expected;
  got: Expected | 'throw';
  why: string;
}

export interface ReasonFigures {
  n: number;
  correct: number;
  /** Share of this reason's entries classified as it (recall). */
  accuracy: number;
  /** Share of the entries classified as this reason that are it; null when none were. */
  precision: number | null;
}

export interface SplitScore {
  total: number;
  correct: number;
  accuracy: number;
  /**
   * The billing responses alone (every entry but the ordinary errors, `none`): what the overall
   * target is judged on, so a split with many ordinary errors does not look better than it is.
   */
  billing: { total: number; correct: number; accuracy: number };
  perReason: Record<string, ReasonFigures>;
  perFamily: Record<string, { n: number; correct: number; accuracy: number }>;
  /** expected → got → count. */
  confusion: Record<string, Record<string, number>>;
  /** Per-request payments (asked or refused) shown in the card modal, and card problems shown as a per-request payment. */
  crossings: { micropaymentToCard: string[]; cardToMicropayment: string[] };
  throws: string[];
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 10_000) / 10_000 : 0);

/** Parses every entry (its status opted in as an app would) and scores what came out. */
export function scoreSplit(entries: readonly CorpusEntry[], parse: Parse): SplitScore {
  const confusion: Record<string, Record<string, number>> = {};
  const perFamily: SplitScore['perFamily'] = {};
  const gotCount = new Map<string, number>();
  const score: SplitScore = {
    total: entries.length,
    correct: 0,
    accuracy: 0,
    billing: { total: 0, correct: 0, accuracy: 0 },
    perReason: {},
    perFamily,
    confusion,
    crossings: { micropaymentToCard: [], cardToMicropayment: [] },
    throws: [],
    misses: [],
  };
  for (const entry of entries) {
    const expected = expectedOf(entry);
    let incident: PaymentRequiredIncident | null = null;
    let got: Expected | 'throw';
    try {
      incident = parse({ status: entry.status, headers: entry.headers, body: entry.body }, { statuses: optedInStatuses(entry.status) });
      got = incident?.reason ?? 'none';
    } catch {
      got = 'throw';
      score.throws.push(entry.id);
    }
    const row = (confusion[expected] ??= {});
    row[got] = (row[got] ?? 0) + 1;
    gotCount.set(got, (gotCount.get(got) ?? 0) + 1);
    const family = (perFamily[entry.family] ??= { n: 0, correct: 0, accuracy: 0 });
    family.n++;
    if (agrees(entry, got)) {
      score.correct++;
      family.correct++;
    } else {
      score.misses.push({ id: entry.id, family: entry.family, vendor: entry.vendor, expected, got, why: entry.expected.why });
    }
    const want = expectedPrompt(entry);
    const shown = got === 'throw' ? 'none' : promptFor(incident);
    if (want === 'micropayment' && shown === 'update-payment') score.crossings.micropaymentToCard.push(entry.id);
    if (CARD_REASONS.has(expected) && want === 'update-payment' && shown === 'micropayment') score.crossings.cardToMicropayment.push(entry.id);
  }
  score.accuracy = ratio(score.correct, score.total);
  for (const family of Object.values(perFamily)) family.accuracy = ratio(family.correct, family.n);
  for (const reason of [...PAYMENT_REQUIRED_REASONS, 'none'] as const) {
    const row = confusion[reason];
    const n = row ? Object.values(row).reduce((a, b) => a + b, 0) : 0;
    if (!n) continue;
    const correct = n - score.misses.filter((miss) => miss.expected === reason).length;
    const predicted = gotCount.get(reason) ?? 0;
    const hits = row?.[reason] ?? 0;
    score.perReason[reason] = { n, correct, accuracy: ratio(correct, n), precision: predicted ? ratio(hits, predicted) : null };
  }
  const ordinary = score.perReason.none ?? { n: 0, correct: 0 };
  const billing = { total: score.total - ordinary.n, correct: score.correct - ordinary.correct };
  score.billing = { ...billing, accuracy: ratio(billing.correct, billing.total) };
  return score;
}

/** The targets for the evaluation split. */
export const TARGETS = { overall: 0.97, perReason: 0.9 } as const;

/** A split's score as an evaluation split may be seen: its figures and counts, no entry named. */
export type BlindScore = Omit<SplitScore, 'misses' | 'crossings' | 'throws'> & {
  misses: number;
  crossings: { micropaymentToCard: number; cardToMicropayment: number };
  throws: number;
};

/** {@link SplitScore} with the missed, crossed and throwing entries replaced by their counts. */
export function blindScore(score: SplitScore): BlindScore {
  const { misses, crossings, throws, ...figures } = score;
  return {
    ...figures,
    misses: misses.length,
    crossings: { micropaymentToCard: crossings.micropaymentToCard.length, cardToMicropayment: crossings.cardToMicropayment.length },
    throws: throws.length,
  };
}

// A list of entry ids names them; a blind score only has their count.
const count = (ids: readonly string[] | number) => (typeof ids === 'number' ? ids : ids.length);
const named = (ids: readonly string[] | number) => (typeof ids === 'number' ? String(ids) : ids.join(', '));

/** Which targets a split misses, in words; empty when it meets them all. A blind score names no entry. */
export function unmetTargets(score: SplitScore | BlindScore): string[] {
  const unmet: string[] = [];
  if (score.billing.accuracy < TARGETS.overall) unmet.push(`overall (billing responses) ${pct(score.billing.accuracy)} < ${pct(TARGETS.overall)}`);
  for (const [reason, figures] of Object.entries(score.perReason)) {
    if (figures.accuracy < TARGETS.perReason) unmet.push(`${reason} ${pct(figures.accuracy)} < ${pct(TARGETS.perReason)}`);
  }
  const { micropaymentToCard, cardToMicropayment } = score.crossings;
  if (count(micropaymentToCard)) unmet.push(`per-request payments in the card modal: ${named(micropaymentToCard)}`);
  if (count(cardToMicropayment)) unmet.push(`card problems in the micropayment prompt: ${named(cardToMicropayment)}`);
  if (count(score.throws)) unmet.push(`threw: ${named(score.throws)}`);
  return unmet;
}

export const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
