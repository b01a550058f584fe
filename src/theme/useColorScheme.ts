import { useCallback, useSyncExternalStore } from 'react';
import { resolveColorScheme, subscribeColorScheme, type ResolvedColorScheme } from './colorScheme';
import type { ColorScheme } from './tokens';

/**
 * The colour set for a component root, kept current with the OS and the page (see
 * {@link resolveColorScheme}). The server and hydration render light, or the explicit choice.
 */
export function useColorScheme(preference: ColorScheme | undefined): ResolvedColorScheme {
  const fixed = preference === 'light' || preference === 'dark';
  const subscribe = useCallback(
    (onChange: () => void) => fixed || typeof document === 'undefined' ? () => {} : subscribeColorScheme(document, onChange),
    [fixed],
  );
  return useSyncExternalStore(
    subscribe,
    () => resolveColorScheme(preference, typeof document === 'undefined' ? undefined : document),
    () => (preference === 'dark' ? 'dark' : 'light'),
  );
}
