// Every update-payment dialog shows a title, a description and maybe one decline's advice; the
// upgrade prompt a title and description. None of them may make the same point twice, in any
// locale: checked as the dialog would show them, by the same three-word rule that hides a
// server message repeating them.
import { describe, expect, test } from 'vitest';
import { sharedPhrase } from '../../src/components/shared/redundantText';
import type { DeclineGuidanceKey, Messages, UpdatePaymentReason } from '../../src/messages/catalog';
import { de } from '../../src/messages/de';
import { en } from '../../src/messages/en';

const REASONS: UpdatePaymentReason[] = ['payment_method_required', 'payment_method_invalid', 'payment_failed', 'subscription_inactive'];
const GUIDANCE: DeclineGuidanceKey[] = [
  'insufficient_funds',
  'expired_card',
  'incorrect_details',
  'authentication_required',
  'try_again',
  'not_supported',
  'limit',
  'generic',
];

function repeats(texts: Record<string, string>): string[] {
  const names = Object.keys(texts);
  const found: string[] = [];
  names.forEach((a, i) =>
    names.slice(i + 1).forEach((b) => {
      const phrase = sharedPhrase(texts[a]!, texts[b]!);
      if (phrase) found.push(`${a} / ${b}: "${phrase}"`);
    }),
  );
  return found;
}

describe.each([
  ['en', en],
  ['de', de],
] as [string, Messages][])('%s copy says each point once', (_locale, messages) => {
  const blocked = (messages.blocked as { one?: string; other: string }).one ?? (messages.blocked as { other: string }).other;

  test.each(REASONS)('%s: title, description, each decline’s advice and the “will finish” note', (reason) => {
    for (const guidance of [undefined, ...GUIDANCE]) {
      const texts: Record<string, string> = {
        title: messages[`${reason}.title`],
        description: messages[`${reason}.description`],
        blocked,
      };
      if (guidance) texts[guidance] = messages[`decline.${guidance}`];
      expect(repeats(texts)).toEqual([]);
    }
  });

  test('upgrade and quota prompts', () => {
    for (const key of ['upgrade.description', 'upgrade.descriptionPlan', 'upgrade.descriptionFeature'] as const) {
      expect(repeats({ title: messages['upgrade.title'], description: messages[key], blocked })).toEqual([]);
    }
    expect(repeats({ title: messages['quota.title'], description: messages['quota.description'], blocked })).toEqual([]);
    expect(repeats({ title: messages['micropayment.title'], description: messages['micropayment.description'], blocked })).toEqual([]);
  });
});
