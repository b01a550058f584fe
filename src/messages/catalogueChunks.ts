import { chunkLoader, type ChunkLoader } from '../core/chunkLoader';
import type { Messages } from './catalog';
import { canonicalLocale } from './intl';

// English is in every bundle: it is the default and every key's fallback. Each other shipped
// catalogue is a chunk of its own, fetched only for a locale of its language, so an English app
// never downloads German. (`localeMessages` keeps them all static for `createMessageFormatter`.)
const chunks: Readonly<Record<string, ChunkLoader<Messages>>> = {
  de: chunkLoader(() => import('./de').then((module) => module.de)),
};

/** The chunk with the shipped catalogue for a locale's language (`de-AT` → German); none for English or a language not shipped. */
export function catalogueChunk(locale: string | undefined): ChunkLoader<Messages> | undefined {
  const language = locale?.split(/[-_]/)[0]?.toLowerCase();
  return language && Object.hasOwn(chunks, language) ? chunks[language] : undefined;
}

/**
 * Starts fetching the catalogue the prebuilt UI will speak, the app's locale or else the
 * browser's, as `useMessages` picks it. Nothing for English; after a failure the prompts ask again.
 */
export function preloadCatalogue(appLocale: string | undefined): void {
  catalogueChunk(canonicalLocale(appLocale ?? navigator.language))
    ?.load()
    .catch(() => {});
}
