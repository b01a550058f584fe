import { createContext, useContext } from 'react';

/** What the parts of a dialog or inline prompt share. */
export interface DialogContextValue {
  /** Id of the title, which labels the dialog once one is mounted. */
  titleId: string;
  /** Called by a mounted title; returns the function that unregisters it. */
  registerTitle: () => () => void;
  /** Id of the description, which describes the dialog once one is mounted. */
  descriptionId: string;
  /** Called by a mounted description; returns the function that unregisters it. */
  registerDescription: () => () => void;
  /** Ask to close: honoured when the dialog is dismissible. */
  requestClose: () => void;
  dismissible: boolean;
}

/** Context of `DialogRoot` and `PanelRoot`. */
export const DialogContext = createContext<DialogContextValue | null>(null);

/** The enclosing dialog's context; throws an error naming the part when there is none. */
export function useDialogContext(partName: string): DialogContextValue {
  const context = useContext(DialogContext);
  if (!context) throw new Error(`\`${partName}\` must be used within \`DialogRoot\` or \`PanelRoot\`.`);
  return context;
}
