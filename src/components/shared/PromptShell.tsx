import type { ReactNode } from 'react';
import type { MessagesContext } from '../../messages/useMessages';
import { DialogActions } from '../dialog/DialogActions';
import { DialogClose } from '../dialog/DialogClose';
import { PromptRoot, type PromptVariant } from '../dialog/PromptRoot';
import type { PromptStateOptions } from '../dialog/usePromptState';
import { PartMessagesContext } from './partMessages';
import { PartsProvider } from './parts';
import { presentationRootProps, type PresentationProps } from './presentationProps';
import type { IncidentControls } from './useIncidentControls';

/** The parts every prompt has: its root, title and description, handler feedback and actions. */
export type PromptPart = 'dialog' | 'title' | 'description' | 'error' | 'status' | 'actions' | 'action' | 'spinner';

/** Props of {@link PromptShell}. */
export interface PromptShellProps {
  /** The prompt's own props: open state, look and language, which win over the provider's. */
  prompt: PresentationProps<string> & PromptStateOptions;
  /** The prompt's messages, which its parts (the spinner's label, the error's text) read too. */
  messages: MessagesContext;
  /** What closing the prompt does. */
  controls: Pick<IncidentControls, 'onOpenChange'>;
  /** The prompt's state (shown as `data-state` by parts that have none) and whether a handler runs. */
  state: { status: string; pending: boolean };
  /** A modal dialog (default), a section in the page, or a banner. */
  variant?: PromptVariant;
  /** The incident's reason, as the root's `data-reason` for styles and tests. */
  reason: string;
  /** `refused` after a refused micropayment, as the root's `data-payment`. */
  payment?: 'refused';
  /** The prompt's own actions, primary first; "Not now" follows them. */
  actions: ReactNode;
  children: ReactNode;
}

/**
 * The frame every prebuilt prompt shares: its messages and part class names for the parts
 * inside, the dialog or panel root with the open state, theme and language taken from the
 * prompt's props, and the row of actions ending in "Not now". Renders nothing until the
 * catalogue of its language has arrived.
 */
export function PromptShell({ prompt, messages, controls, state, variant, reason, payment, actions, children }: PromptShellProps) {
  // Its language's catalogue is a chunk on its way (one round trip at most, and usually loaded
  // long before): nothing rather than an English prompt that turns German.
  if (messages.isLoading) return null;
  return (
    <PartMessagesContext.Provider value={messages}>
      <PartsProvider unstyled={prompt.unstyled} classNames={prompt.classNames} state={state.status}>
        <PromptRoot
          variant={variant}
          {...presentationRootProps(prompt, controls.onOpenChange, messages, state.pending)}
          data-reason={reason}
          data-payment={payment}
        >
          {children}
          <DialogActions>
            {actions}
            <DialogClose>{messages.t('action.notNow')}</DialogClose>
          </DialogActions>
        </PromptRoot>
      </PartsProvider>
    </PartMessagesContext.Provider>
  );
}
