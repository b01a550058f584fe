import { chunkLoader } from '../../core/chunkLoader';
import type { MicropaymentPrompt } from './MicropaymentPrompt';

type Prompt = typeof MicropaymentPrompt;

// The micropayment prompt, its headers and its payment vault are a chunk of their own, so a page
// whose 402s are about cards never loads them. The provider asks for it at mount when the app
// passes `onPay` (it pays per request, so the prompt must open in the same frame as its 402);
// otherwise the first micropayment incident does, and its prompt opens one chunk round trip later.
const prompt = chunkLoader(() => import('./MicropaymentPrompt').then((module) => module.MicropaymentPrompt));

/** Loads the micropayment prompt once; after a failed load the next call tries again. */
export const loadMicropaymentPrompt = (): Promise<Prompt> => prompt.load();

/** The prompt if its chunk has loaded. */
export const loadedMicropaymentPrompt = (): Prompt | undefined => prompt.loaded();
