import { describe, expect, test } from 'vitest';
import { isRedundantMessage, phraseWords, sharedPhrase } from '../../src/components/shared/redundantText';

describe('sharedPhrase', () => {
  test('finds a three-word run whatever the case, punctuation and apostrophes', () => {
    expect(sharedPhrase('Your card has insufficient funds.', 'The card has insufficient funds. Add funds, then retry.')).toBe(
      'card has insufficient',
    );
    expect(sharedPhrase('We COULDN’T complete it', "we couldn't complete the payment")).toBe('we couldnt complete');
  });

  test('two shared words in a row are not a repeat', () => {
    expect(sharedPhrase('Retry the payment later', 'We couldn’t complete the payment.')).toBeUndefined();
  });

  test('a text shorter than three words repeats only when the other contains all of it', () => {
    expect(sharedPhrase('Card declined', 'Your card declined for this order')).toBe('card declined');
    expect(sharedPhrase('Card declined', 'Your bank declined the card')).toBeUndefined();
  });

  test('empty or punctuation-only text shares nothing', () => {
    expect(sharedPhrase('', 'anything at all here')).toBeUndefined();
    expect(sharedPhrase('…', '—')).toBeUndefined();
  });

  test('words of any script count, so German and Arabic repeats are found too', () => {
    expect(phraseWords('Die Karte ist abgelaufen.')).toEqual(['die', 'karte', 'ist', 'abgelaufen']);
    expect(sharedPhrase('Die Karte ist abgelaufen.', 'Leider: die Karte ist abgelaufen')).toBe('die karte ist');
  });
});

describe('isRedundantMessage', () => {
  const description = 'We couldn’t complete the payment.';
  const guidance = 'The card has insufficient funds. Add funds or use a different payment method, then retry the payment.';

  test('hides the server repeating the guidance', () => {
    expect(isRedundantMessage('Your card has insufficient funds.', [description, guidance])).toBe(true);
  });

  test('keeps a message that adds something', () => {
    expect(isRedundantMessage('Invoice INV-2041 is 14 days overdue.', [description, guidance])).toBe(false);
  });

  test('hides a bare status line and empty or non-string messages', () => {
    expect(isRedundantMessage('Payment Required', [description])).toBe(true);
    expect(isRedundantMessage('402 Payment Required.', [])).toBe(true);
    expect(isRedundantMessage('   ', [description])).toBe(true);
    expect(isRedundantMessage(42, [description])).toBe(true);
    expect(isRedundantMessage(undefined, [description])).toBe(true);
  });

  test('skips texts the dialog does not show', () => {
    expect(isRedundantMessage('Your card has insufficient funds.', [description, undefined])).toBe(false);
  });
});
