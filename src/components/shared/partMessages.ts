import { createContext, useContext } from 'react';
import { useMessages, type MessagesContext } from '../../messages/useMessages';

/** The formatter a composed component resolved from its `locale` / `messages` props, for its parts. */
export const PartMessagesContext = createContext<MessagesContext | null>(null);

/** The enclosing component's formatter, or the provider's (then the browser's) when a part stands alone. */
export function usePartMessages(): MessagesContext {
  const fromComponent = useContext(PartMessagesContext);
  const own = useMessages();
  return fromComponent ?? own;
}
