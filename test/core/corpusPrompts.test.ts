import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePaymentRequired } from '../../src/core/parse/parsePaymentRequired';
import type { PaymentRequiredIncident } from '../../src/core/types';
import { expectedOf, expectedPrompt, loadCorpus, optedInStatuses, promptFor, type CorpusEntry } from '../support/accuracy';

// Issue 13, deliverable 4: whatever the classifier's exact reason, a user must never be sent to the
// wrong kind of dialog. A per-request machine payment (asked for, malformed, or refused at
// settlement) belongs in the micropayment prompt; a card or subscription problem never does.
// These are checked entry by entry on the development split. The evaluation split is only measured,
// by `npm run accuracy` (its targets include no crossed prompt); here it must only never throw, and
// its entries are not named, so running the tests never shows which of them the parser gets wrong.
const all = loadCorpus(resolve(import.meta.dirname, '../fixtures/corpus'));
const corpus = all.filter((entry) => entry.split === 'dev');
const CARD_PROBLEMS = new Set(['payment_method_required', 'payment_method_invalid', 'payment_failed', 'subscription_inactive']);

const parse = (entry: CorpusEntry) =>
  parsePaymentRequired({ status: entry.status, headers: entry.headers, body: entry.body }, { statuses: optedInStatuses(entry.status) });

describe('every corpus entry opens the right kind of prompt', () => {
  it('the corpus is there to check', () => {
    expect(corpus.length).toBeGreaterThan(150);
  });

  it('no entry of the evaluation split throws', () => {
    const threw = all.filter((entry) => entry.split === 'eval').filter((entry) => {
      try {
        parse(entry);
        return false;
      } catch {
        return true;
      }
    });
    expect(threw.length).toBe(0);
  });

  it.each(corpus.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    let incident: PaymentRequiredIncident | null = null;
    expect(() => (incident = parse(entry))).not.toThrow();
    const want = expectedPrompt(entry);
    const shown = promptFor(incident);
    if (want === 'micropayment') {
      expect(shown, `${entry.id}: a per-request payment shown in the card modal (${entry.expected.why})`).not.toBe('update-payment');
    }
    if (want === 'update-payment' && CARD_PROBLEMS.has(expectedOf(entry))) {
      expect(shown, `${entry.id}: a card problem shown as a per-request payment (${entry.expected.why})`).not.toBe('micropayment');
    }
  });
});
