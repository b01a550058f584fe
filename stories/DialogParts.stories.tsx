import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { type PaymentRequiredIncident } from '../src/index';
import { ActionButton, CardOnFile, DialogActions, DialogClose, DialogDescription, DialogRoot, DialogTitle, HandlerError, HandlerStatus, useUpdatePayment, type DialogRootProps } from '../src/components';
import { sampleIncidents } from '../src/devtools/samples';
import { expectFocusInside, expectNoDialog, expectShippedLook, findDialog, pressEscape } from './support/play';

interface ComposedProps extends Pick<DialogRootProps, 'dismissible'> {
  incident: PaymentRequiredIncident;
  onUpdatePayment: (incident: PaymentRequiredIncident, intent: string) => unknown;
  onResolved: () => void;
}

/**
 * The app's own dialog for a declined card, built from the library's parts and the headless
 * `useUpdatePayment` hook: own wording and layout, the library's dialog behaviour (focus,
 * Escape, inert page, labelling) and handler states.
 */
function ComposedDialog({ incident, onUpdatePayment, onResolved, dismissible }: ComposedProps) {
  const [open, setOpen] = useState(false);
  const state = useUpdatePayment(incident, { onUpdatePayment, onResolved });
  return (
    <div style={{ padding: 24 }}>
      <button type="button" className="sb-trigger" onClick={() => setOpen(true)}>
        Fix billing
      </button>
      <DialogRoot open={open} onOpenChange={setOpen} dismissible={dismissible} aria-busy={state.pending || undefined}>
        <DialogTitle>Payment needed to keep exporting</DialogTitle>
        <DialogDescription>
          Your last renewal was declined by the bank. Update the card and the export you started will finish.
        </DialogDescription>
        {incident.paymentMethod ? <CardOnFile paymentMethod={incident.paymentMethod} /> : null}
        <HandlerError error={state.error} failed={state.status === 'error'} />
        <HandlerStatus pending={state.pending} />
        <DialogActions>
          <ActionButton primary initialFocus {...state.getActionProps('update')}>
            Update card
          </ActionButton>
          <DialogClose>Later</DialogClose>
        </DialogActions>
      </DialogRoot>
    </div>
  );
}

const meta = {
  title: 'Components/Dialog parts',
  component: DialogRoot,
  subcomponents: { DialogTitle, DialogDescription, DialogActions, DialogClose, ActionButton, HandlerError, HandlerStatus },
  tags: ['autodocs'],
  render: (args) => <ComposedDialog {...args} />,
  args: {
    incident: sampleIncidents.insufficientFunds,
    onUpdatePayment: fn(),
    onResolved: fn(),
  },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, iframeHeight: 460 } } },
} satisfies Meta<ComposedProps>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Compose your own: parts + `useUpdatePayment`. Opens from a button, Escape closes, focus returns. */
export const ComposeYourOwn: Story = {
  play: async ({ canvasElement, canvas, args, userEvent }) => {
    const trigger = canvas.getByRole('button', { name: 'Fix billing' });
    await userEvent.click(trigger);
    const dialog = await findDialog(canvasElement, 'Payment needed to keep exporting');
    await expect(dialog).toHaveAccessibleDescription(/declined by the bank/);
    await expectFocusInside(dialog);
    await pressEscape();
    await expectNoDialog(canvasElement);
    await waitFor(() => expect(trigger).toHaveFocus());

    await userEvent.click(trigger);
    const again = await findDialog(canvasElement);
    await userEvent.click(within(again).getByRole('button', { name: 'Update card' }));
    await expect(args.onUpdatePayment).toHaveBeenCalledWith(args.incident, 'update');
    await waitFor(() => expect(args.onResolved).toHaveBeenCalledTimes(1));
  },
};

/** As an app gets it: the provider's defaults, no scheme forced; the page (light here) decides, and the stylesheet paints the dialog. */
export const AsShipped: Story = {
  parameters: { asShipped: true },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Fix billing' }));
    await expectShippedLook(canvasElement);
  },
};
