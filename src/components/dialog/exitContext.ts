import { createContext } from 'react';

/**
 * Told when a dialog inside has finished closing: it was shown, and its exit motion (if any) has
 * played, so it renders nothing any more. The host provides it to unmount a closed prompt then.
 */
export const DialogExitContext = createContext<(() => void) | undefined>(undefined);
