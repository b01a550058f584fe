import type { MicropaymentPrompt } from './MicropaymentPrompt';

type Prompt = typeof MicropaymentPrompt;

// The micropayment prompt, its headers and its payment vault are a chunk of their own, so a page
// whose 402s are about cards never loads them. The provider asks for it at mount when the app
// passes `onPay` (it pays per request, so the prompt must open in the same frame as its 402);
// otherwise the first micropayment incident does, and its prompt opens one chunk round trip later.
let loaded: Prompt | undefined;
let loading: Promise<Prompt> | undefined;

/** Loads the micropayment prompt once; after a failed load the next call tries again. */
export function loadMicropaymentPrompt(): Promise<Prompt> {
  loading ??= import('./MicropaymentPrompt').then(
    (module) => (loaded = module.MicropaymentPrompt),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The prompt if its chunk has loaded. */
export function loadedMicropaymentPrompt(): Prompt | undefined {
  return loaded;
}
