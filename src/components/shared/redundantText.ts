// Whether the server's own message would only repeat what the dialog already says. Lexical on
// purpose: a shared run of three words (ignoring case, punctuation and apostrophes) is the
// visible repeat users notice ("Your card has insufficient funds." under "The card has
// insufficient funds. …"); paraphrases are left to the copy.

/** How many words in a row make a repeated phrase. */
export const REPEATED_PHRASE_WORDS = 3;

// A message that is only the HTTP status says nothing the dialog's title does not.
const STATUS_ONLY = new Set(['payment required', '402', '402 payment required', 'http 402', 'http 402 payment required']);

/** Lower-case words without punctuation; apostrophes join (`didn’t` → `didnt`), so contractions stay one word. */
export function phraseWords(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .replace(/['’ʼ]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function phrases(words: readonly string[], size: number): Set<string> {
  const found = new Set<string>();
  for (let start = 0; start + size <= words.length; start += 1) found.add(words.slice(start, start + size).join(' '));
  return found;
}

/**
 * The first run of {@link REPEATED_PHRASE_WORDS} words that both texts contain, or `undefined`.
 * A text shorter than that counts as a phrase of its own length (so `"Card declined"` repeats
 * `"… your card declined …"`).
 */
export function sharedPhrase(a: string, b: string): string | undefined {
  const wordsA = phraseWords(a);
  const wordsB = phraseWords(b);
  const size = Math.min(REPEATED_PHRASE_WORDS, wordsA.length, wordsB.length);
  if (size === 0) return undefined;
  // A one- or two-word text repeats the other only when it is that whole text or the longer one contains it.
  if (size < REPEATED_PHRASE_WORDS && wordsA.length !== size && wordsB.length !== size) return undefined;
  const inB = phrases(wordsB, size);
  for (const phrase of phrases(wordsA, size)) if (inB.has(phrase)) return phrase;
  return undefined;
}

/**
 * Whether a server message adds nothing to the texts the dialog already shows: it is empty, only
 * the status ("Payment Required"), or shares a three-word phrase with one of them. Bad input
 * (not a string) counts as nothing to add.
 */
export function isRedundantMessage(message: unknown, shown: readonly (string | undefined)[]): boolean {
  if (typeof message !== 'string') return true;
  const words = phraseWords(message);
  if (words.length === 0 || STATUS_ONLY.has(words.join(' '))) return true;
  return shown.some((text) => typeof text === 'string' && sharedPhrase(message, text) !== undefined);
}
